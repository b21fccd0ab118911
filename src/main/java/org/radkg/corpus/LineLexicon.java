package org.radkg.corpus;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A list of whole lines people edit in {@code data/lexicon/} (page banners, the headings that end a
 * story), matched case-insensitively without surrounding spaces and final punctuation; a line also
 * matches when it starts with an entry followed by a separator ("RSNA Press Release - ...").
 */
final class LineLexicon {
  private static final Pattern TRAILING = Pattern.compile("[\\s.:!|»›>–—-]+$");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d&]+");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[|:–—]|\\s-\\s).*");

  private final Set<String> entries;

  private LineLexicon(Set<String> entries) {
    this.entries = Set.copyOf(entries);
  }

  /** Loads {@code data/lexicon/NAME.txt} from the classpath (it travels in the jar). */
  static LineLexicon fromClasspath(String name) {
    Set<String> entries = new HashSet<>();
    for (String line : LexiconFiles.entries(name)) {
      entries.add(normalize(line));
    }
    return new LineLexicon(entries);
  }

  /**
   * Whether {@code line} is one of the entries alone: a heading, not a label before a link
   * ("Related Content: X").
   */
  boolean matchesAlone(String line) {
    return entries.contains(normalize(line));
  }

  /** Whether {@code line} is one of the entries, alone or before a separator. */
  boolean matches(String line) {
    String n = normalize(line);
    if (entries.contains(n)) {
      return true;
    }
    String head = SEPARATOR.matcher(n).replaceFirst("");
    if (!head.equals(n) && entries.contains(TRAILING.matcher(head).replaceFirst(""))) {
      return true;
    }
    // "RSNA Press Release", "ACR News Release": an acronym before the banner.
    String stripped = line.strip();
    int space = stripped.indexOf(' ');
    return space > 1
        && ACRONYM.matcher(stripped.substring(0, space)).matches()
        && entries.contains(normalize(stripped.substring(space + 1)));
  }

  private static String normalize(String line) {
    return TRAILING
        .matcher(line.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(Locale.ROOT))
        .replaceFirst("");
  }
}
