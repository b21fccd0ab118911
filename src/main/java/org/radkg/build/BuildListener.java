package org.radkg.build;

/**
 * Hears the steps of a build as they happen (the command line prints them; the server logs them).
 */
@FunctionalInterface
public interface BuildListener {
  /** Says nothing. */
  BuildListener SILENT = what -> {};

  /**
   * The build has reached {@code what} (a short phrase such as "extracting" or "writing dumps").
   */
  void step(String what);
}
