package org.radkg.store;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;

/**
 * Computes from a new store generation, after it is written and before it is switched in, what its
 * readers would otherwise compute on their first use (the server's search index and start-page
 * figures), and writes it into the generation's folder {@link #FOLDER}: a generation is served
 * together with what was prepared from it, never with another's.
 */
@FunctionalInterface
public interface GenerationPreparation {
  /** The folder, inside a generation, that a preparation writes; never copied to the next one. */
  String FOLDER = "prepared";

  /** Prepares nothing: readers compute on first use. */
  GenerationPreparation NONE = (dataset, folder, previous) -> {};

  /**
   * Reads {@code dataset} (the new generation, opened as a server opens it) and writes into {@code
   * folder} (not yet created); {@code previous} is the folder prepared with the generation served
   * until now, for parts that did not change (null when there is none; it may be missing or
   * incomplete). An exception fails the build, which leaves the served store as it was.
   */
  void prepare(Dataset dataset, Path folder, Path previous) throws IOException;

  /**
   * As {@link #prepare(Dataset, Path, Path)}, told what the new generation changed in the union
   * since the one prepared in {@code previous} when it was updated in place from it ({@code
   * change}; null when unknown, e.g. bulk-loaded), so that parts reading none of it can be taken
   * from {@code previous}.
   */
  default void prepare(Dataset dataset, Path folder, Path previous, UnionChange change)
      throws IOException {
    prepare(dataset, folder, previous);
  }

  /**
   * A preparation that reads what changed (see {@link #prepare(Dataset, Path, Path, UnionChange)}).
   */
  @FunctionalInterface
  interface ChangeAware {
    void prepare(Dataset dataset, Path folder, Path previous, UnionChange change)
        throws IOException;
  }

  /** {@code p} as a preparation: told what changed when known, null otherwise. */
  static GenerationPreparation changeAware(ChangeAware p) {
    return new GenerationPreparation() {
      @Override
      public void prepare(Dataset dataset, Path folder, Path previous) throws IOException {
        p.prepare(dataset, folder, previous, null);
      }

      @Override
      public void prepare(Dataset dataset, Path folder, Path previous, UnionChange change)
          throws IOException {
        p.prepare(dataset, folder, previous, change);
      }
    };
  }

  /** Where the preparation of the generation in {@code generation} is. */
  static Path folderOf(Path generation) {
    return generation.resolve(FOLDER);
  }
}
