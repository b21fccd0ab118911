package org.radkg.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.radkg.dump.VoidDescriber;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code radkg} command line: the only place that writes to the console and decides exit codes.
 */
@Command(
    name = "radkg",
    mixinStandardHelpOptions = true,
    version = "radkg " + VoidDescriber.SOFTWARE_VERSION,
    description =
        "Knowledge graph of radiology societies' strategy news: extract, build, serve, query, validate, evaluate, export networks.",
    subcommands = {
      ExtractCommand.class,
      BuildCommand.class,
      AddCommand.class,
      ServeCommand.class,
      QueryCommand.class,
      ValidateCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      CalibrateCommand.class,
      StatsCommand.class,
      NetworkCommand.class,
      PushCommand.class,
      BenchCorpusCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  ./radkg serve                      build out/ if needed and serve it at http://localhost:3030/",
      "  ./radkg build                      build out/ from data/corpus",
      "  ./radkg extract --input news.txt   print the graph of one newsletter as N-Quads",
      "  ./radkg validate                   check the built graph against ontology/shapes.ttl",
      "  ./radkg eval                       precision/recall/F1 against data/gold",
      "  ./radkg network --format gexf --out net.gexf   the collaboration network for Gephi"
    })
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int run(String... args) {
    CommandLine cl = commandLine();
    try {
      return cl.execute(args);
    } finally {
      cl.getOut().flush();
      cl.getErr().flush();
    }
  }

  /** A configured picocli command line (exit codes and error handling set). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    // UTF-8 whatever the locale: commands print RDF, whose formats are UTF-8, through this writer
    // (CommandOutputStream).
    cl.setOut(
        new PrintWriter(
            new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)), true));
    Failures failures = new Failures(cl.getParameterExceptionHandler());
    cl.setExecutionExceptionHandler(failures);
    cl.setParameterExceptionHandler(failures);
    // Applies to every subcommand added so far: --format CSV, --format csv and --format Csv are one
    // value.
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    useExitCodes(cl.getCommandSpec());
    listExitCodes(cl.getCommandSpec(), ExitCode.values());
    wholeSentences(cl.getCommandSpec());
    for (CommandLine sub : cl.getSubcommands().values()) {
      wholeSentences(sub.getCommandSpec());
      useExitCodes(sub.getCommandSpec());
      ExitCodeHelp listed = sub.getCommand().getClass().getAnnotation(ExitCodeHelp.class);
      if (listed != null) {
        listExitCodes(sub.getCommandSpec(), listed.value());
      }
    }
    return cl;
  }

  /**
   * Help text in whole sentences: picocli prints each line of a description as written and wraps it
   * on its own, so a sentence written over two lines came out cut in the middle; lines that do not
   * end a sentence are joined to the next before picocli wraps them.
   */
  private static void wholeSentences(CommandSpec spec) {
    spec.usageMessage().description(HelpText.joined(spec.usageMessage().description()));
    for (var option : List.copyOf(spec.options())) {
      String[] joined = HelpText.joined(option.description());
      if (joined.length == option.description().length) {
        continue;
      }
      // Option descriptions are fixed at build time; the joined text replaces them through a copy.
      spec.remove(option);
      spec.addOption(option.toBuilder().description(joined).build());
    }
  }

  /**
   * Picocli's own outcomes (success, a usage error, an unhandled exception) exit with the
   * documented codes.
   */
  private static void useExitCodes(CommandSpec spec) {
    spec.exitCodeOnSuccess(ExitCode.OK.code())
        .exitCodeOnUsageHelp(ExitCode.OK.code())
        .exitCodeOnVersionHelp(ExitCode.OK.code())
        .exitCodeOnInvalidInput(ExitCode.USAGE.code())
        .exitCodeOnExecutionException(ExitCode.INTERNAL.code());
  }

  /** Lists {@code codes} under "Exit codes:" in the help of {@code spec}. */
  private static void listExitCodes(CommandSpec spec, ExitCode... codes) {
    spec.usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCode.helpList(codes));
  }
}
