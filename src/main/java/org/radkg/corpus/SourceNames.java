package org.radkg.corpus;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.radkg.vocab.Slugs;

/**
 * Names a source document by its path relative to the folder it was found in (a file given by
 * itself is relative to its own folder) and turns that name into the slug of its IRI; the slug
 * depends on that path alone, never on which other files exist, and different paths never share
 * one.
 *
 * <p>The rule, by example:
 *
 * <ul>
 *   <li>{@code is3r-global-scan.txt} gives {@code is3r-global-scan}: a {@code .txt} file whose name
 *       is already a slug keeps it (so existing IRIs stay put);
 *   <li>{@code 2023/index.txt} gives {@code 2023_index}: folders are joined by "_", which no slug
 *       holds;
 *   <li>{@code news.html} gives {@code news--html}: the other text extensions are kept after "--";
 *   <li>{@code café ✓ "q".txt} gives {@code cafe-q--} and 8 hex digits of the SHA-256 of the NFC
 *       relative path: a name that slugging would change (case, accents, other scripts, symbols,
 *       other extensions) keeps a readable part and is told apart by the hash, so {@code CAFÉ ✓
 *       "q".txt} and {@code cafe-q.txt} get slugs of their own.
 * </ul>
 *
 * No two forms can meet: only the last two hold "--", and an extension is never 8 hex digits.
 */
public final class SourceNames {
  private static final String PLAIN_EXTENSION = "txt";
  private static final Set<String> KEPT_EXTENSIONS = Set.of("text", "md", "html", "htm");
  private static final String FOLDER = "_";

  private SourceNames() {}

  /**
   * The name of {@code file} found under {@code root}: its relative path with "/" between folders.
   */
  public static String relativeName(Path root, Path file) {
    List<String> parts = new ArrayList<>();
    root.relativize(file).forEach(p -> parts.add(p.toString()));
    return String.join("/", parts);
  }

  /**
   * The slug of the source named {@code relativeName} (a relative path with "/" between folders).
   */
  public static String slug(String relativeName) {
    String[] folders = relativeName.split("/", -1);
    String last = folders[folders.length - 1];
    int dot = last.lastIndexOf('.');
    String extension = dot > 0 ? last.substring(dot + 1) : "";
    folders[folders.length - 1] = dot > 0 ? last.substring(0, dot) : last;
    List<String> readable = new ArrayList<>();
    boolean plain = true;
    for (String folder : folders) {
      String r = Slugs.readable(folder);
      plain &= r.equals(folder);
      if (!r.isEmpty()) {
        readable.add(r);
      }
    }
    String joined = readable.isEmpty() ? "x" : String.join(FOLDER, readable);
    if (plain && extension.equals(PLAIN_EXTENSION)) {
      return joined;
    }
    if (plain && KEPT_EXTENSIONS.contains(extension)) {
      return joined + Slugs.HASH_MARK + extension;
    }
    return joined
        + Slugs.HASH_MARK
        + Slugs.hash(Normalizer.normalize(relativeName, Normalizer.Form.NFC));
  }
}
