package org.radkg.dump;

import java.nio.file.Path;
import java.util.SortedMap;

/**
 * What a dump write did: {@code changed} is false when the served dumps already had the same bytes;
 * {@code sha256} maps each file name in {@code directory} to its SHA-256, as in {@code SHA256SUMS};
 * {@code fragmentsReused} compressed pieces holding runs of graphs (over all formats) were copied
 * from the previous dumps and {@code fragmentsWritten} were formatted and compressed afresh.
 */
public record DumpOutcome(
    boolean changed,
    Path directory,
    String datasetSha256,
    SortedMap<String, String> sha256,
    int fragmentsReused,
    int fragmentsWritten) {}
