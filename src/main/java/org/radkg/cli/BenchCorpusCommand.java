package org.radkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.radkg.bench.SyntheticCorpus;
import org.radkg.corpus.CorpusLoader;
import org.radkg.extract.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code radkg bench-corpus}: writes a synthetic corpus N times the seed's size, for benchmarks.
 */
@Command(
    name = "bench-corpus",
    mixinStandardHelpOptions = true,
    description =
        "Write a synthetic corpus of N times the seed corpus (same layout; organizations, programs, cities and years substituted) for benchmarks.",
    footer = {"", "Example:", "  ./radkg bench-corpus --scale 10 --out /tmp/corpus10"})
final class BenchCorpusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--scale", required = true, description = "How many times the seed's volume.")
  int scale;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Folder to write (created).")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Random seed; the same seed gives the same files. Default: ${DEFAULT-VALUE}")
  long seed;

  @Mixin InputOption input;

  @Override
  public Integer call() throws Exception {
    if (scale < 1) {
      throw new BadInputException("--scale must be at least 1");
    }
    SyntheticCorpus gen =
        new SyntheticCorpus(
            ReferenceData.fromClasspath().known(), SyntheticCorpus.citiesFromClasspath(200_000));
    long bytes = gen.write(CorpusLoader.files(input.inputs), scale, seed, out);
    spec.commandLine()
        .getErr()
        .printf(
            "radkg: wrote %d bytes (%d x %d files) to %s%n",
            bytes, scale, CorpusLoader.files(input.inputs).size(), out);
    return ExitCode.OK.code();
  }
}
