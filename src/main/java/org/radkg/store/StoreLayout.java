package org.radkg.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder layout of one store: the one place that names its served TDB2 link, its dumps, its
 * caches and the records of its last build.
 *
 * <p>Each served link ({@code tdb2}, {@code dumps}) points at a numbered generation beside it
 * ({@code tdb2-3}, {@code dumps-3}); see {@link GenerationLink}.
 */
public record StoreLayout(Path root) {
  /** The link to the served TDB2 generation. */
  public static final String TDB2 = "tdb2";

  /** The link to the served dumps generation. */
  public static final String DUMPS = "dumps";

  /** The layout of the store in {@code root}. */
  public static StoreLayout of(Path root) {
    return new StoreLayout(root);
  }

  /** The served TDB2 database (a link to its generation). */
  public Path tdb2() {
    return root.resolve(TDB2);
  }

  /** The served dumps (a link to their generation). */
  public Path dumps() {
    return root.resolve(DUMPS);
  }

  /** Each article's extraction findings, kept between builds. */
  public Path findingsCache() {
    return root.resolve("cache/findings");
  }

  /** Each article's canonical graph, kept between builds beside its findings. */
  public Path graphCache() {
    return root.resolve("cache/graphs");
  }

  /**
   * The dumps' fragment indexes, kept so that unchanged runs of graphs are copied, not written
   * again.
   */
  public Path dumpsCache() {
    return root.resolve("cache/dumps");
  }

  /**
   * The fingerprint of the inputs the served generation and dumps were built from (see {@code
   * org.radkg.build.InputsFingerprint}): equal inputs, nothing to build.
   */
  public Path inputsFingerprint() {
    return root.resolve("cache/inputs.sha256");
  }

  /** Which generation is served, with its canonical hash and counts (see {@link BuildRecord}). */
  public Path buildRecord() {
    return root.resolve("build.properties");
  }

  /** The --min-confidence the served store was built with. */
  public Path threshold() {
    return root.resolve("min-confidence");
  }

  /** The SHA-256 of the SHACL shapes the served store was validated with. */
  public Path shapesHash() {
    return root.resolve("shapes.sha256");
  }

  /**
   * Where a running server writes its own address ({@code http://localhost:3030/}), so that the
   * commands that cannot open the store it holds ask it instead; removed when it stops.
   */
  public Path serverAddress() {
    return root.resolve("server.url");
  }

  /** What the store was built from (see {@code org.radkg.build.BuildInputs}). */
  public Path inputs() {
    return root.resolve("inputs.txt");
  }

  /** The lock a build holds (see {@link StoreLock}). */
  public Path lock() {
    return root.resolve("build.lock");
  }

  /** True when a store has been built here. */
  public boolean exists() {
    return Files.exists(tdb2());
  }
}
