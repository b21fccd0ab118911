package org.radkg.build;

import org.radkg.dump.DumpOutcome;
import org.radkg.store.BuildOutcome;

/**
 * What a build did: the store and dumps it switched in (or kept), and how many articles it
 * extracted afresh or took from the findings cache.
 */
public record BuildResult(BuildOutcome store, DumpOutcome dumps, int extracted, int cached) {}
