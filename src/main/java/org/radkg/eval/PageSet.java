package org.radkg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A set of real pages kept by address, not by text ({@code data/eval/real/}): {@code pages.tsv}
 * lists each page's id, split, address and how to read it again; {@code gold/ID.tsv} holds its
 * facts, keyed by the page id; {@code text/ID.txt} (git-ignored) holds the text where it was read.
 * Malformed rows fail with an {@link IllegalArgumentException} naming {@code file:line}.
 */
public record PageSet(Path folder, List<Page> pages) {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /** One page of the set; {@code text} is where its text belongs, present or not. */
  public record Page(String id, String split, String url, Path text) {
    /** Whether the page's text has been read into the set's text folder. */
    public boolean hasText() {
      return Files.isRegularFile(text);
    }
  }

  public PageSet {
    pages = List.copyOf(pages);
  }

  /** Whether {@code folder} is a page set (it has a {@code pages.tsv}). */
  public static boolean isPageSet(Path folder) {
    return Files.isRegularFile(folder.resolve("pages.tsv"));
  }

  /**
   * Reads {@code folder/pages.tsv}: a header line naming at least the columns id, split and url.
   */
  public static PageSet load(Path folder) {
    Path index = folder.resolve("pages.tsv");
    List<String> lines;
    try {
      lines = Files.readAllLines(index, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + index, e);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(
          index + ":1: empty; expected a header line with id, split and url");
    }
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int id = column(header, "id", index);
    int split = column(header, "split", index);
    int url = column(header, "url", index);
    List<Page> pages = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < header.size()) {
        throw new IllegalArgumentException(
            index + ":" + (i + 1) + ": " + cells.length + " columns, expected " + header.size());
      }
      String pageId = cells[id].strip();
      if (!ID.matcher(pageId).matches()) {
        throw new IllegalArgumentException(
            index + ":" + (i + 1) + ": bad page id '" + pageId + "'");
      }
      pages.add(
          new Page(
              pageId,
              cells[split].strip(),
              cells[url].strip(),
              folder.resolve("text").resolve(pageId + ".txt")));
    }
    return new PageSet(folder, pages);
  }

  /** The pages whose text is not in the set's text folder. */
  public List<Page> missingTexts() {
    return pages.stream().filter(p -> !p.hasText()).toList();
  }

  private static int column(List<String> header, String name, Path index) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(index + ":1: no column '" + name + "' in the header");
    }
    return i;
  }
}
