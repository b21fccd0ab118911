package org.radkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code radkg} command line: the only place that writes to the console and decides exit codes. */
@Command(
    name = "radkg",
    mixinStandardHelpOptions = true,
    version = "radkg 0.1.0",
    description = "Knowledge graph of radiology societies' strategy news: extract, build, serve, query, validate, evaluate, export networks.",
    subcommands = {
        ExtractCommand.class, BuildCommand.class, ServeCommand.class, QueryCommand.class, ValidateCommand.class,
        EvalCommand.class, TrainCommand.class, CalibrateCommand.class, StatsCommand.class, NetworkCommand.class, PushCommand.class, BenchCorpusCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  success",
        "  1  internal error",
        "  2  usage error (unknown option, missing argument)",
        "  3  bad input (missing, empty, binary, non-UTF-8 or oversized file; no articles found)",
        "  4  the graph does not conform to the SHACL shapes",
        "  5  the store is in use by another process",
        "  6  a program the command needs is missing (Graphviz for network --format svg)",
        "  7  no space left (disk full or file size limit) while writing the store or dumps",
        "  8  push: some graphs could not be sent (the summary lists them)",
        "",
        "Examples:",
        "  ./radkg serve                      build out/ if needed and serve it at http://localhost:3030/",
        "  ./radkg build                      build out/ from data/corpus",
        "  ./radkg extract --input news.txt   print the graph of one newsletter as N-Quads",
        "  ./radkg validate                   check the built graph against ontology/shapes.ttl",
        "  ./radkg eval                       precision/recall/F1 against data/gold",
        "  ./radkg network --format gexf --out net.gexf   the collaboration network for Gephi"})
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** A configured picocli command line (exit codes and error handling set). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new Failures());
    return cl;
  }
}
