package org.radkg.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    String resource = "/radkg/data/lexicon/" + name + ".txt";
    try (InputStream in = LineLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Set<String> entries = new HashSet<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          entries.add(normalize(line));
        }
      }
      return new LineLexicon(entries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
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
    return space > 1 && ACRONYM.matcher(stripped.substring(0, space)).matches()
        && entries.contains(normalize(stripped.substring(space + 1)));
  }

  private static String normalize(String line) {
    return TRAILING.matcher(line.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(Locale.ROOT)).replaceFirst("");
  }
}
