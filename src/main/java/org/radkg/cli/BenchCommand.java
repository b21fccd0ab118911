package org.radkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.radkg.bench.Benchmarks;
import org.radkg.corpus.CorpusLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code radkg bench}: one timed stage (extract, build, load, queries) for bench/run; prints
 * key=value lines.
 */
@Command(
    name = "bench",
    hidden = true,
    mixinStandardHelpOptions = true,
    description =
        "Time one stage: extract (--input, --threads), build (--input, --work), load (--nquads, --work) or queries (--store).")
final class BenchCommand implements Callable<Integer> {
  enum Stage {
    extract,
    build,
    load,
    queries
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", description = "extract, build, load or queries")
  Stage stage;

  @Mixin InputOption input;

  @Option(names = "--threads", defaultValue = "1")
  int threads;

  @Option(names = "--reps", defaultValue = "3")
  int reps;

  @Option(names = "--nquads")
  Path nquads;

  @Option(
      names = "--jena-first",
      description = "load: run Jena's loaders before radkg's (default: after)")
  boolean jenaFirst;

  @Option(names = "--work")
  Path work;

  @Option(names = "--store")
  Path store;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    switch (stage) {
      case extract ->
          out.println(Benchmarks.extraction(new CorpusLoader().load(input.inputs), threads, reps));
      case build -> out.println(Benchmarks.build(input.inputs, work));
      case load -> out.println(Benchmarks.load(nquads, work, jenaFirst));
      case queries ->
          Benchmarks.queries(
              store,
              reps,
              l -> {
                out.println(l);
                out.flush();
              });
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
