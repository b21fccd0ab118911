package org.radkg.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word lists people edit in {@code data/lexicon/} from the classpath (they travel in the jar). */
public final class LexiconFiles {
  private LexiconFiles() {
  }

  /** The entries of {@code data/lexicon/NAME.txt}: its lines, less blank lines and {@code #} comments, stripped. */
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
