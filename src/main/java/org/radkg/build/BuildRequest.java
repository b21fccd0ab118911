package org.radkg.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.radkg.extract.MethodConfidences;

/**
 * What to build: the documents to read, the store folder to build into, and how.
 *
 * @param inputs files or folders to read
 * @param publisher the publisher every document is credited to, or null to read it from each
 *     document
 * @param store the store folder (see {@link org.radkg.store.StoreLayout})
 * @param full extract every article again instead of taking unchanged ones from the findings cache
 * @param minConfidence the lowest confidence a fact may have to be kept
 */
public record BuildRequest(
    List<Path> inputs, String publisher, Path store, boolean full, double minConfidence) {
  public BuildRequest {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(store, "store");
  }

  /**
   * An incremental build of {@code inputs} into {@code store} at the committed default threshold,
   * publishers read from the documents.
   */
  public static BuildRequest of(List<Path> inputs, Path store) {
    return new BuildRequest(
        inputs, null, store, false, MethodConfidences.fromClasspath().defaultMinConfidence());
  }

  /** This request with every document credited to {@code name} (null: read from each document). */
  public BuildRequest withPublisher(String name) {
    return new BuildRequest(inputs, name, store, full, minConfidence);
  }

  /** This request extracting every article again ({@code true}) or only the changed ones. */
  public BuildRequest withFull(boolean extractAll) {
    return new BuildRequest(inputs, publisher, store, extractAll, minConfidence);
  }

  /** This request keeping the facts whose confidence is at least {@code min}. */
  public BuildRequest withMinConfidence(double min) {
    return new BuildRequest(inputs, publisher, store, full, min);
  }
}
