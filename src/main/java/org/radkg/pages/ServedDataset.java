package org.radkg.pages;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.radkg.dump.DumpWriter;
import org.radkg.store.StoreBuilder;

/**
 * The store generation a request answers from: its dataset (opened read-only by the server), the
 * store folder and the generation folder inside it the dataset was opened from; a reload serves a
 * new one, and a request keeps the one it took first, so its pages, dumps and VoID agree.
 */
public record ServedDataset(Dataset dataset, Path storeDir, Path generation) {
  public ServedDataset {
    Objects.requireNonNull(dataset);
    Objects.requireNonNull(storeDir);
    Objects.requireNonNull(generation);
  }

  /**
   * The dumps of this generation: a {@code radkg build} beside the server writes new dumps that are
   * served together with the new graph, after a reload, never before.
   */
  public Path dumpsDirectory() throws IOException {
    return DumpWriter.servedWith(storeDir, generation);
  }

  /** When this generation was built. */
  public FileTime builtAt() throws IOException {
    return StoreBuilder.builtAt(generation);
  }
}
