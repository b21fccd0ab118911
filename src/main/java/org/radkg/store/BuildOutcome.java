package org.radkg.store;

import java.nio.file.Path;

/**
 * What a store build did: {@code changed} is false when the store already held an isomorphic
 * dataset and nothing was written; {@code location} is the generation directory now served.
 */
public record BuildOutcome(
    boolean changed,
    int generation,
    Path location,
    String sha256,
    long quads,
    long unionTriples,
    int namedGraphs,
    String how) {}
