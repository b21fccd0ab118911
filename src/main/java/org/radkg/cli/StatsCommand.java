package org.radkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.radkg.query.GraphStatistics;
import org.radkg.store.StoreBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code radkg stats}: counts of the built graph by type, society, topic and year. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Counts of the built graph: entities by type, articles by society, by topic, by edition and by year published, start dates by year, facts by relation.",
    footer = {"", "Example:", "  ./radkg stats --store out"})
final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Override
  public Integer call() throws Exception {
    Dataset ds = StoreBuilder.open(store.existing());
    PrintWriter out = spec.commandLine().getOut();
    try {
      GraphStatistics.of(ds)
          .forEach(
              (title, rows) -> {
                out.println(title);
                rows.forEach(r -> out.printf("  %-55s %6d%n", r.key(), r.n()));
                out.println();
              });
    } finally {
      ds.close();
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
