package org.radkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.radkg.corpus.CorpusException;
import org.radkg.store.StoreBuilder;
import org.radkg.store.StoreDamagedException;
import org.radkg.store.StoreInUseException;
import org.radkg.store.StoreNotWritableException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns exceptions into one-line messages and documented exit codes; stack traces only with RADKG_DEBUG set. */
final class Failures implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    if (System.getenv("RADKG_DEBUG") != null) {
      e.printStackTrace(cmd.getErr());
    }
    int code = documentedCode(e);
    if (code != ExitCodes.INTERNAL) {
      // These exceptions carry a message written for the user: the file or store and what to do.
      cmd.getErr().println("radkg: " + e.getMessage());
      return code;
    }
    String space = noSpace(e);
    if (space != null) {
      cmd.getErr().println("radkg: no space left to write (" + space + "): free some disk space and run again;"
          + " a half-written store or dump generation is never served.");
      return ExitCodes.NO_SPACE;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      cmd.getErr().println("radkg: I/O error: " + e.getMessage());
      return ExitCodes.INTERNAL;
    }
    cmd.getErr().println("radkg: internal error: " + e + " (set RADKG_DEBUG=1 for the stack trace)");
    return ExitCodes.INTERNAL;
  }

  /** The exit code of an exception whose message is meant for the user, else {@link ExitCodes#INTERNAL}. */
  private static int documentedCode(Exception e) {
    if (e instanceof CorpusException || e instanceof BadInputException) {
      return ExitCodes.BAD_INPUT;
    }
    if (e instanceof StoreInUseException) {
      return ExitCodes.STORE_IN_USE;
    }
    if (e instanceof StoreDamagedException) {
      return ExitCodes.STORE_DAMAGED;
    }
    if (e instanceof StoreNotWritableException) {
      return ExitCodes.STORE_NOT_WRITABLE;
    }
    return ExitCodes.INTERNAL;
  }

  /** The message of a full-disk or file-size-limit error anywhere in the causes (TDB2 wraps them in its own exceptions), or null. */
  private static String noSpace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (t instanceof IOException && m != null
          && (m.contains("No space left on device") || m.contains("File too large") || m.contains("Disk quota exceeded")
          || m.contains(StoreBuilder.DISK_FULL))) {
        return m;
      }
    }
    return null;
  }
}
