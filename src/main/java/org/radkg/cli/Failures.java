package org.radkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.radkg.corpus.CorpusException;
import org.radkg.eval.EvalInputException;
import org.radkg.store.StoreBuilder;
import org.radkg.store.StoreDamagedException;
import org.radkg.store.StoreInUseException;
import org.radkg.store.StoreNotWritableException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns exceptions into one-line messages and documented exit codes; stack traces only with
 * RADKG_DEBUG set. A value not among an option's choices is bad input; every other parse error is
 * picocli's usage error.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private final IParameterExceptionHandler usage;

  /**
   * {@code usage} reports the parse errors that are usage errors (picocli's own handler prints the
   * message and the usage).
   */
  Failures(IParameterExceptionHandler usage) {
    this.usage = usage;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) throws Exception {
    if (isBadChoice(e)) {
      e.getCommandLine().getErr().println("radkg: " + e.getMessage());
      return ExitCode.BAD_INPUT.code();
    }
    return usage.handleParseException(e, args);
  }

  /**
   * A value that none of an enum option's constants matches (the commands used to check those
   * themselves: exit 3).
   */
  private static boolean isBadChoice(ParameterException e) {
    ArgSpec arg = e.getArgSpec();
    return arg != null && arg.type().isEnum() && e.getCause() instanceof TypeConversionException;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    if (System.getenv("RADKG_DEBUG") != null) {
      e.printStackTrace(cmd.getErr());
    }
    ExitCode code = documentedCode(e);
    if (code != ExitCode.INTERNAL) {
      // These exceptions carry a message written for the user: the file or store and what to do.
      cmd.getErr().println("radkg: " + e.getMessage());
      return code.code();
    }
    String space = noSpace(e);
    if (space != null) {
      cmd.getErr()
          .println(
              "radkg: no space left to write ("
                  + space
                  + "): free some disk space and run again;"
                  + " a half-written store or dump generation is never served.");
      return ExitCode.NO_SPACE.code();
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      cmd.getErr().println("radkg: I/O error: " + e.getMessage());
      return ExitCode.INTERNAL.code();
    }
    cmd.getErr()
        .println("radkg: internal error: " + e + " (set RADKG_DEBUG=1 for the stack trace)");
    return ExitCode.INTERNAL.code();
  }

  /**
   * The exit code of an exception whose message is meant for the user, else {@link
   * ExitCode#INTERNAL}.
   */
  private static ExitCode documentedCode(Exception e) {
    if (e instanceof CorpusException
        || e instanceof EvalInputException
        || e instanceof BadInputException) {
      return ExitCode.BAD_INPUT;
    }
    if (e instanceof AmbiguousNameException) {
      return ExitCode.USAGE;
    }
    if (e instanceof StoreInUseException) {
      return ExitCode.STORE_IN_USE;
    }
    if (e instanceof StoreDamagedException) {
      return ExitCode.STORE_DAMAGED;
    }
    if (e instanceof StoreNotWritableException) {
      return ExitCode.STORE_NOT_WRITABLE;
    }
    return ExitCode.INTERNAL;
  }

  /**
   * The message of a full-disk or file-size-limit error anywhere in the causes (TDB2 wraps them in
   * its own exceptions), or null.
   */
  private static String noSpace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (t instanceof IOException
          && m != null
          && (m.contains("No space left on device")
              || m.contains("File too large")
              || m.contains("Disk quota exceeded")
              || m.contains(StoreBuilder.DISK_FULL))) {
        return m;
      }
    }
    return null;
  }
}
