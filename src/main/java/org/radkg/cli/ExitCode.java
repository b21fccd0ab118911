package org.radkg.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documented exit codes of the command line, each with its number and a one-line meaning: the
 * help's "Exit codes" lists are generated from it, {@link Failures} maps exceptions to it, and a
 * test holds the README's table to it.
 */
public enum ExitCode {
  OK(0, "success"),
  INTERNAL(1, "internal error"),
  USAGE(
      2, "usage error (unknown option, missing argument, a name that stands for several entities)"),
  BAD_INPUT(
      3,
      "bad input (missing, empty, binary, non-UTF-8 or oversized file; no articles found; no store; a bad option value)"),
  INVALID_GRAPH(4, "the graph does not conform to the SHACL shapes"),
  STORE_IN_USE(5, "the store is in use by another process"),
  /** A program the command needs (Graphviz's dot for --format svg) is not installed. */
  TOOL_MISSING(6, "a program the command needs is missing (Graphviz for network --format svg)"),
  /**
   * The disk is full or a file size limit was reached while writing; a half-written generation is
   * never served.
   */
  NO_SPACE(7, "no space left (disk full or file size limit) while writing the store or dumps"),
  /**
   * {@code push}: some graphs could not be sent or deleted (refused credentials, unreachable
   * target, errors after retries).
   */
  NOT_PUSHED(8, "push: some graphs could not be sent (the summary lists them)"),
  /**
   * The store's files are not as its build left them (missing, cut short, changed); {@code build
   * --full} repairs it.
   */
  STORE_DAMAGED(
      9,
      "the store is damaged (a file missing, cut short or changed since its build; build --full repairs it)"),
  /**
   * This process may not write in the store folder (permissions, read-only mount); TDB2 needs to,
   * even to read.
   */
  STORE_NOT_WRITABLE(
      10, "the store folder cannot be written (TDB2 writes a lock file even to read)");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The number the process exits with. */
  public int code() {
    return code;
  }

  /** What the number means, in one line. */
  public String meaning() {
    return meaning;
  }

  /**
   * The codes as picocli's {@code exitCodeList} wants them: number to meaning, in the order given.
   */
  static Map<String, String> helpList(ExitCode... codes) {
    Map<String, String> list = new LinkedHashMap<>();
    for (ExitCode c : codes) {
      list.put(String.valueOf(c.code), c.meaning);
    }
    return list;
  }
}
