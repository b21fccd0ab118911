package org.radkg.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops what a PDF repeats on its pages around the text: page numbers ("12", "Page 3 of 8", "- 4
 * -") and running headers and footers (the same line, numbers aside, among the first or last lines
 * of at least half the pages, and of two at least). Left in, they would split sentences that run on
 * to the next page and turn the newsletter's name into a headline on every page.
 */
final class PdfFurniture {
  // Headers and footers stand in a page's first or last lines.
  private static final int EDGE_LINES = 2;
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)\\s*[-–—]?\\s*(?:page|p\\.|seite|página|pagina)?\\s*\\d{1,4}"
              + "(?:\\s*(?:/|of|de|von|di)\\s*\\d{1,4})?\\s*[-–—]?\\s*");

  private PdfFurniture() {}

  /** The pages' lines without page numbers and running headers and footers. */
  static List<List<String>> withoutFurniture(List<List<String>> pages) {
    Map<String, Integer> edgeCounts = new HashMap<>();
    for (List<String> page : pages) {
      Set<String> seen = new HashSet<>();
      for (int i : edgeIndexes(page)) {
        String key = key(page.get(i));
        if (!key.isEmpty() && seen.add(key)) {
          edgeCounts.merge(key, 1, Integer::sum);
        }
      }
    }
    int needed = Math.max(2, (pages.size() + 1) / 2);
    List<List<String>> out = new ArrayList<>();
    for (List<String> page : pages) {
      Set<Integer> drop = new HashSet<>();
      for (int i : edgeIndexes(page)) {
        String line = page.get(i);
        if (PAGE_NUMBER.matcher(line).matches()
            || edgeCounts.getOrDefault(key(line), 0) >= needed) {
          drop.add(i);
        }
      }
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < page.size(); i++) {
        if (!drop.contains(i)) {
          kept.add(page.get(i));
        }
      }
      out.add(kept);
    }
    return out;
  }

  // The first and last EDGE_LINES non-blank lines of a page.
  private static List<Integer> edgeIndexes(List<String> page) {
    List<Integer> nonBlank = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      if (!page.get(i).isBlank()) {
        nonBlank.add(i);
      }
    }
    Set<Integer> edges = new java.util.TreeSet<>();
    for (int k = 0; k < nonBlank.size() && k < EDGE_LINES; k++) {
      edges.add(nonBlank.get(k));
      edges.add(nonBlank.get(nonBlank.size() - 1 - k));
    }
    return new ArrayList<>(edges);
  }

  // A line compared across pages: its page number and other digits aside.
  private static String key(String line) {
    return line.replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
