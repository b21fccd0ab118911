package org.radkg.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the word lists people edit in {@code data/lexicon/} from the classpath (they travel in the
 * jar).
 */
public final class LexiconFiles {
  private LexiconFiles() {}

  /**
   * {@code phrases} as one regular-expression group that matches any of them literally, a space in
   * a phrase matching any run of white space; the longest first, so that "a merger with" is tried
   * before "merger with".
   */
  public static String alternation(List<String> phrases) {
    return phrases.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  /**
   * The entries of {@code data/lexicon/NAME.txt}: its lines, less blank lines and {@code #}
   * comments, stripped.
   */
  public static List<String> entries(String name) {
    String resource = "/radkg/data/lexicon/" + name + ".txt";
    try (InputStream in = LexiconFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<String> entries = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          entries.add(line.strip());
        }
      }
      return List.copyOf(entries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
