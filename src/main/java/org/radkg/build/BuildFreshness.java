package org.radkg.build;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.radkg.corpus.DocumentNotes;
import org.radkg.store.StoreLayout;

/**
 * Whether a store is up to date with its inputs: its build record's modification time is the time
 * of its last complete build (set to the epoch while a build is half done), compared with every
 * input and reference file; a store built with another threshold is stale too.
 */
final class BuildFreshness {
  /**
   * Reference data that changes the graph as much as the corpus does (the ontology: its graph and
   * what is materialized from it).
   */
  private static final List<Path> REFERENCE =
      List.of(
          Path.of("ontology"),
          Path.of("data/authority"),
          Path.of("data/gazetteer"),
          Path.of("data/topics"),
          Path.of("data/model"));

  private BuildFreshness() {}

  static boolean stale(List<Path> inputs, StoreLayout layout, double minConfidence)
      throws IOException {
    Path record = layout.buildRecord();
    if (!layout.exists() || !Files.isRegularFile(record)) {
      return true;
    }
    Path threshold = layout.threshold();
    if (!Files.isRegularFile(threshold)
        || !Files.readString(threshold, StandardCharsets.US_ASCII)
            .trim()
            .equals(format(minConfidence))) {
      return true;
    }
    FileTime built = Files.getLastModifiedTime(record);
    List<Path> roots = new ArrayList<>(inputs);
    // A file given by itself takes its publisher and date from its folder's documents.tsv.
    for (Path input : inputs) {
      Path folder = input.toAbsolutePath().getParent();
      if (Files.isRegularFile(input) && folder != null) {
        roots.add(folder.resolve(DocumentNotes.FILE_NAME));
      }
    }
    REFERENCE.stream().filter(Files::isDirectory).forEach(roots::add);
    for (Path root : roots) {
      if (!Files.exists(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        if (walk.filter(Files::isRegularFile).anyMatch(f -> newer(f, built))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Notes the threshold the store was built with: another one makes it stale. */
  static void recordThreshold(StoreLayout layout, double minConfidence) throws IOException {
    Files.writeString(layout.threshold(), format(minConfidence) + "\n", StandardCharsets.US_ASCII);
  }

  /** Makes the store look older than every input until {@link #markFresh} (a build half done). */
  static void markStale(StoreLayout layout) throws IOException {
    Path record = layout.buildRecord();
    if (Files.exists(record)) {
      Files.setLastModifiedTime(record, FileTime.fromMillis(0));
    }
  }

  /** Marks the store as up to date with its inputs, even when nothing changed. */
  static void markFresh(StoreLayout layout) throws IOException {
    Path record = layout.buildRecord();
    if (Files.exists(record)) {
      Files.setLastModifiedTime(record, FileTime.fromMillis(System.currentTimeMillis()));
    }
  }

  private static String format(double minConfidence) {
    return BigDecimal.valueOf(minConfidence).stripTrailingZeros().toPlainString();
  }

  private static boolean newer(Path f, FileTime than) {
    try {
      return Files.getLastModifiedTime(f).compareTo(than) > 0;
    } catch (IOException e) {
      return true;
    }
  }
}
