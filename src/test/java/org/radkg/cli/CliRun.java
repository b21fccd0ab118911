package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the command line in a test: its exit code and what it wrote to its output and error
 * streams.
 *
 * @param code the exit code
 * @param out what the command wrote to its picocli output
 * @param err what the command wrote to its picocli error stream
 */
record CliRun(int code, String out, String err) {

  /** Runs {@code args} with the command's out and err captured. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /**
   * Runs {@code args}, which must succeed, and returns what it wrote to its output (where graph
   * output goes too).
   */
  static String stdout(String... args) {
    CliRun run = of(args);
    assertEquals(0, run.code(), run.err());
    return run.out();
  }
}
