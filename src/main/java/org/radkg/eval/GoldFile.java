package org.radkg.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads gold files ({@code data/gold/*.tsv}): a {@code # split: NAME} first line (dev, test, or any
 * other name such as {@code unseen}; letters, digits, '.', '_' and '-', not "all"), then five
 * tab-separated columns per fact; any malformed line fails with an {@link IllegalArgumentException}
 * naming {@code file:line}.
 */
public final class GoldFile {

  /** The name of the aggregate over every split; no gold file may use it. */
  public static final String ALL = "all";

  private static final java.util.regex.Pattern SPLIT_NAME =
      java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private GoldFile() {}

  /** Loads one .tsv file, or every .tsv file of a folder (sorted by name, not recursive). */
  public static List<GoldFact> load(Path fileOrFolder) {
    if (Files.isDirectory(fileOrFolder)) {
      List<GoldFact> all = new ArrayList<>();
      try (Stream<Path> files = Files.list(fileOrFolder)) {
        for (Path f :
            files.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList()) {
          all.addAll(load(f));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + fileOrFolder, e);
      }
      return List.copyOf(all);
    }
    try (Reader r = Files.newBufferedReader(fileOrFolder, StandardCharsets.UTF_8)) {
      return parse(fileOrFolder.getFileName().toString(), r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + fileOrFolder, e);
    }
  }

  /** Parses gold text; {@code name} is used in {@code file:line} locations. */
  public static List<GoldFact> parse(String name, String text) {
    try {
      return parse(name, new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses gold text from a reader; {@code name} is used in {@code file:line} locations. */
  public static List<GoldFact> parse(String name, Reader reader) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    List<GoldFact> facts = new ArrayList<>();
    String split = null;
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      String where = name + ":" + n;
      if (n == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (n == 1) {
        split = parseSplit(line, where);
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      facts.add(parseFact(line, split, where));
    }
    if (split == null) {
      throw new IllegalArgumentException(
          name + ":1: empty gold file, expected '# split: NAME' (e.g. dev, test)");
    }
    return List.copyOf(facts);
  }

  private static String parseSplit(String line, String where) {
    String t = line.trim();
    if (t.startsWith("#")) {
      String body = t.substring(1).trim();
      if (body.startsWith("split:")) {
        String split = body.substring("split:".length()).trim();
        if (SPLIT_NAME.matcher(split).matches() && !split.equals(ALL)) {
          return split;
        }
      }
    }
    throw new IllegalArgumentException(
        where
            + ": first line must be '# split: NAME' (dev, test or another name of"
            + " letters, digits, '.', '_', '-'; not 'all'), got: "
            + line);
  }

  private static GoldFact parseFact(String line, String split, String where) {
    // -1 keeps a trailing empty acronym cell, which the format allows.
    String[] c = line.split("\t", -1);
    if (c.length != 5) {
      throw new IllegalArgumentException(
          where + ": expected 5 tab-separated columns, got " + c.length);
    }
    for (int i = 0; i < 5; i++) {
      c[i] = c[i].trim();
    }
    if (c[0].isEmpty() || c[2].isEmpty() || c[3].isEmpty()) {
      throw new IllegalArgumentException(
          where + ": article, subject and predicate/type must not be empty");
    }
    GoldFact.Kind kind =
        switch (c[1]) {
          case "entity" -> GoldFact.Kind.ENTITY;
          case "relation" -> GoldFact.Kind.RELATION;
          default ->
              throw new IllegalArgumentException(
                  where + ": kind must be 'entity' or 'relation', got '" + c[1] + "'");
        };
    if (kind == GoldFact.Kind.ENTITY && !GoldFact.ENTITY_TYPES.contains(c[3])) {
      throw new IllegalArgumentException(
          where + ": unknown entity type '" + c[3] + "', expected one of " + GoldFact.ENTITY_TYPES);
    }
    if (kind == GoldFact.Kind.RELATION) {
      if (!GoldFact.PREDICATES.contains(c[3])) {
        throw new IllegalArgumentException(
            where + ": unknown predicate '" + c[3] + "', expected one of " + GoldFact.PREDICATES);
      }
      if (c[4].isEmpty()) {
        throw new IllegalArgumentException(where + ": a relation needs an object");
      }
    }
    return new GoldFact(c[0], kind, c[2], c[3], c[4], split, where);
  }
}
