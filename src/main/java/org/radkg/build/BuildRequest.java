package org.radkg.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.radkg.corpus.DocumentNote;
import org.radkg.extract.MethodConfidences;
import org.radkg.store.GenerationPreparation;

/**
 * What to build: the documents to read, the store folder to build into, and how.
 *
 * @param inputs files or folders to read
 * @param given what the operator states about every document (publisher, publication date), in
 *     place of what each says
 * @param store the store folder (see {@link org.radkg.store.StoreLayout})
 * @param full extract every article again instead of taking unchanged ones from the findings cache
 * @param minConfidence the lowest confidence a fact may have to be kept
 * @param preparation what is computed from a new store generation before it is served (see {@link
 *     GenerationPreparation}); null: nothing
 */
public record BuildRequest(
    List<Path> inputs,
    DocumentNote given,
    Path store,
    boolean full,
    double minConfidence,
    GenerationPreparation preparation) {
  public BuildRequest {
    inputs = List.copyOf(inputs);
    given = given == null ? DocumentNote.NONE : given;
    Objects.requireNonNull(store, "store");
    preparation = preparation == null ? GenerationPreparation.NONE : preparation;
  }

  /**
   * An incremental build of {@code inputs} into {@code store} at the committed default threshold,
   * publishers read from the documents.
   */
  public static BuildRequest of(List<Path> inputs, Path store) {
    return new BuildRequest(
        inputs,
        DocumentNote.NONE,
        store,
        false,
        MethodConfidences.fromClasspath().defaultMinConfidence(),
        GenerationPreparation.NONE);
  }

  /**
   * This request with what {@code note} states about every document (its parts that are null: read
   * from each document).
   */
  public BuildRequest withGiven(DocumentNote note) {
    return new BuildRequest(inputs, note, store, full, minConfidence, preparation);
  }

  /** This request extracting every article again ({@code true}) or only the changed ones. */
  public BuildRequest withFull(boolean extractAll) {
    return new BuildRequest(inputs, given, store, extractAll, minConfidence, preparation);
  }

  /** This request keeping the facts whose confidence is at least {@code min}. */
  public BuildRequest withMinConfidence(double min) {
    return new BuildRequest(inputs, given, store, full, min, preparation);
  }

  /** This request preparing each new store generation with {@code p} before it is served. */
  public BuildRequest withPreparation(GenerationPreparation p) {
    return new BuildRequest(inputs, given, store, full, minConfidence, p);
  }
}
