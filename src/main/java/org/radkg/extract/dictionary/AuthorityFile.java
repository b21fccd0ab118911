package org.radkg.extract.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.radkg.extract.EntityType;

/**
 * The curated authority files (organizations.tsv, initiatives.tsv) read into entries, checked so
 * that no name, alias or acronym points at two entries.
 *
 * <p>Format: UTF-8, tab-separated, the header {@value #HEADER}; a line that starts with "#" and
 * holds no tab is a comment. A comment {@code # harmless-clash: FORM} declares that FORM may name
 * several entries (the extractor then has to disambiguate it); any other clash fails the load.
 */
public final class AuthorityFile {
  public static final String HEADER = "name\tacronym\ttypes\taliases\tror\twikidata";
  private static final String RESOURCE_DIR = "/radkg/data/authority/";
  private static final List<String> RESOURCES = List.of("organizations.tsv", "initiatives.tsv");
  private static final String HARMLESS = "# harmless-clash:";
  private static final Pattern ROR = Pattern.compile("https://ror\\.org/0[a-z0-9]{6}[0-9]{2}");
  private static final Pattern WIKIDATA =
      Pattern.compile("http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*");

  private final List<AuthorityEntry> entries;
  private final Map<String, AuthorityEntry> byName;

  private AuthorityFile(List<AuthorityEntry> entries, Map<String, AuthorityEntry> byName) {
    this.entries = List.copyOf(entries);
    this.byName = Collections.unmodifiableMap(byName);
  }

  /** Both authority files as packaged on the classpath. */
  public static AuthorityFile fromClasspath() {
    Parser parser = new Parser();
    for (String name : RESOURCES) {
      InputStream in = AuthorityFile.class.getResourceAsStream(RESOURCE_DIR + name);
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE_DIR + name);
      }
      parser.read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return parser.finish();
  }

  /** The given files, read in order and checked together. */
  public static AuthorityFile load(Path... files) {
    Parser parser = new Parser();
    for (Path file : files) {
      try {
        parser.read(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return parser.finish();
  }

  /** All entries in file order. */
  public List<AuthorityEntry> entries() {
    return entries;
  }

  /**
   * The entry whose name or alias folds (see {@link NameKeys}) to the same key, or whose acronym is
   * {@code form}.
   */
  public Optional<AuthorityEntry> find(String form) {
    AuthorityEntry byAcronym = byName.get("a:" + form);
    return Optional.ofNullable(
        byAcronym != null ? byAcronym : byName.get("n:" + NameKeys.of(form)));
  }

  /** Reads rows and keeps, per lookup key, where it was first seen. */
  private static final class Parser {
    private record Located(AuthorityEntry entry, String where) {}

    private final List<AuthorityEntry> entries = new ArrayList<>();
    private final Map<String, Located> keys = new LinkedHashMap<>();
    private final Map<String, List<String>> clashes = new LinkedHashMap<>();
    private final Set<String> harmless = new HashSet<>();

    void read(String source, Reader reader) {
      try (BufferedReader in = new BufferedReader(reader)) {
        boolean header = false;
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lineNo++;
          String where = source + ":" + lineNo;
          if (lineNo == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
          }
          if (line.isBlank()) {
            continue;
          }
          if (line.startsWith("#") && line.indexOf('\t') < 0) {
            if (line.startsWith(HARMLESS)) {
              harmless.add(line.substring(HARMLESS.length()).strip());
            }
            continue;
          }
          if (!header) {
            if (!line.equals(HEADER)) {
              throw new IllegalArgumentException(
                  where + ": expected the header \"" + HEADER.replace("\t", "\\t") + "\"");
            }
            header = true;
            continue;
          }
          register(row(line, where), where);
        }
        if (!header) {
          throw new IllegalArgumentException(source + ": no header line");
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + source, e);
      }
    }

    private static AuthorityEntry row(String line, String where) {
      String[] f = line.split("\t", -1);
      if (f.length < 3 || f.length > 6) {
        throw new IllegalArgumentException(
            where + ": expected 3 to 6 tab-separated columns, found " + f.length);
      }
      String name = f[0];
      if (name.isBlank() || !name.equals(name.strip())) {
        throw new IllegalArgumentException(where + ": empty name or name with surrounding spaces");
      }
      EnumSet<EntityType> types = EnumSet.noneOf(EntityType.class);
      for (String word : f[2].split(",", -1)) {
        Set<EntityType> t = AuthorityEntry.typesOf(word.strip());
        if (t.isEmpty()) {
          throw new IllegalArgumentException(
              where
                  + ": unknown type \""
                  + word
                  + "\" (Society, Organization, Collaboration, Initiative or EventSeries)");
        }
        types.addAll(t);
      }
      List<String> aliases = new ArrayList<>();
      String aliasCell = f.length > 3 ? f[3] : "";
      if (!aliasCell.isEmpty()) {
        for (String alias : aliasCell.split("\\|", -1)) {
          if (alias.isBlank() || !alias.equals(alias.strip())) {
            throw new IllegalArgumentException(
                where + ": empty alias or alias with surrounding spaces in \"" + aliasCell + "\"");
          }
          aliases.add(alias);
        }
      }
      String acronym = f[1];
      if (!acronym.equals(acronym.strip())) {
        throw new IllegalArgumentException(where + ": acronym with surrounding spaces");
      }
      String ror = f.length > 4 ? f[4] : "";
      String wikidata = f.length > 5 ? f[5] : "";
      if (!ror.isEmpty() && !ROR.matcher(ror).matches()) {
        throw new IllegalArgumentException(where + ": not a ROR IRI: " + ror);
      }
      if (!wikidata.isEmpty() && !WIKIDATA.matcher(wikidata).matches()) {
        throw new IllegalArgumentException(where + ": not a Wikidata entity IRI: " + wikidata);
      }
      return new AuthorityEntry(name, acronym, types, aliases, ror, wikidata);
    }

    private void register(AuthorityEntry entry, String where) {
      entries.add(entry);
      for (String form : entry.surfaceForms()) {
        boolean isAcronym = form.equals(entry.acronym());
        if (!isAcronym) {
          claim("n:" + NameKeys.of(form), form, entry, where);
        }
        if (isAcronym || NameKeys.looksLikeAcronym(form)) {
          claim("a:" + form, form, entry, where);
        }
      }
    }

    private void claim(String key, String form, AuthorityEntry entry, String where) {
      Located first = keys.putIfAbsent(key, new Located(entry, where));
      if (first != null && first.entry() != entry) {
        clashes
            .computeIfAbsent(form, f -> new ArrayList<>(List.of(describe(first))))
            .add(describe(new Located(entry, where)));
      }
    }

    private static String describe(Located l) {
      return l.where() + " (" + l.entry().name() + ")";
    }

    AuthorityFile finish() {
      List<String> problems = new ArrayList<>();
      clashes.forEach(
          (form, places) -> {
            if (!harmless.contains(form)) {
              problems.add("\"" + form + "\" names " + String.join(" and ", places));
            }
          });
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(
            "authority clash: "
                + String.join("; ", problems)
                + " (declare a harmless one with \""
                + HARMLESS
                + " FORM\")");
      }
      Map<String, AuthorityEntry> byName = new HashMap<>();
      keys.forEach((key, located) -> byName.put(key, located.entry()));
      harmless.forEach(
          form -> {
            byName.remove("a:" + form);
            byName.remove("n:" + NameKeys.of(form));
          });
      return new AuthorityFile(entries, byName);
    }
  }
}
