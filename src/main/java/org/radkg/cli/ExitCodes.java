package org.radkg.cli;

/** The documented exit codes of the command line. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USAGE = 2;
  public static final int BAD_INPUT = 3;
  public static final int INVALID_GRAPH = 4;
  public static final int STORE_IN_USE = 5;
  /** A program the command needs (Graphviz's dot for --format svg) is not installed. */
  public static final int TOOL_MISSING = 6;
  /** The disk is full or a file size limit was reached while writing; a half-written generation is never served. */
  public static final int NO_SPACE = 7;
  /** {@code push}: some graphs could not be sent or deleted (refused credentials, unreachable target, errors after retries). */
  public static final int NOT_PUSHED = 8;
  /** The store's files are not as its build left them (missing, cut short, changed); {@code build --full} repairs it. */
  public static final int STORE_DAMAGED = 9;
  /** This process may not write in the store folder (permissions, read-only mount); TDB2 needs to, even to read. */
  public static final int STORE_NOT_WRITABLE = 10;

  private ExitCodes() {}
}
