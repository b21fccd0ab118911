package org.radkg.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.radkg.corpus.Article;
import org.radkg.store.StoreLayout;

/**
 * What a store was built from ({@code DIR/inputs.txt}): the input files and folders as absolute
 * paths, and how many documents and articles they held; with the time of the last complete build
 * (the build record's), so that {@code serve} can say what it serves and notice a store built from
 * other inputs than it was asked to serve.
 *
 * @param inputs the inputs, absolute and normalized
 * @param documents how many documents they held
 * @param articles how many articles
 * @param built when the store was last built completely, or null when unknown
 */
public record BuildInputs(List<String> inputs, int documents, int articles, Instant built) {
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** The inputs of {@code paths} as this record keeps them. */
  public static List<String> normalized(List<Path> paths) {
    return paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
  }

  static BuildInputs of(List<Path> paths, List<Article> articles) {
    int documents = (int) articles.stream().map(a -> a.source().iri()).distinct().count();
    return new BuildInputs(normalized(paths), documents, articles.size(), null);
  }

  /** What {@code store} records, if it records anything. */
  public static Optional<BuildInputs> read(Path store) {
    StoreLayout layout = StoreLayout.of(store);
    Path file = layout.inputs();
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      List<String> inputs = new ArrayList<>();
      int documents = 0;
      int articles = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] kv = line.split("\t", 2);
        if (kv.length < 2) {
          continue;
        }
        switch (kv[0]) {
          case "input" -> inputs.add(kv[1]);
          case "documents" -> documents = Integer.parseInt(kv[1]);
          case "articles" -> articles = Integer.parseInt(kv[1]);
          default -> {
            // a later version's field
          }
        }
      }
      Instant built =
          Files.isRegularFile(layout.buildRecord())
              ? Files.getLastModifiedTime(layout.buildRecord()).toInstant()
              : null;
      return Optional.of(new BuildInputs(List.copyOf(inputs), documents, articles, built));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable: as if not recorded
    }
  }

  /** Writes the record (without the time, which is the build record's). */
  void write(Path store) throws IOException {
    StringBuilder text = new StringBuilder("# radkg store: what it was built from\n");
    inputs.forEach(i -> text.append("input\t").append(i).append('\n'));
    text.append("documents\t").append(documents).append('\n');
    text.append("articles\t").append(articles).append('\n');
    Path file = StoreLayout.of(store).inputs();
    if (!Files.isRegularFile(file)
        || !Files.readString(file, StandardCharsets.UTF_8).equals(text.toString())) {
      Path partial = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(partial, text, StandardCharsets.UTF_8);
      Files.move(
          partial,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** "data/corpus: 1 document, 50 articles, built 2026-12-07 04:40 UTC". */
  public String describe() {
    return String.join(", ", inputs)
        + ": "
        + documents
        + (documents == 1 ? " document, " : " documents, ")
        + articles
        + (articles == 1 ? " article" : " articles")
        + (built != null ? ", built " + SHOWN.format(built) : "");
  }
}
