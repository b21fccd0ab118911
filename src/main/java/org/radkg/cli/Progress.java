package org.radkg.cli;

import java.io.PrintWriter;

/** Progress lines on standard error, shown only when a person is watching (a console is attached). */
final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();

  Progress(PrintWriter err) {
    this.err = err;
    this.enabled = System.console() != null;
  }

  void step(String what) {
    if (enabled) {
      err.printf("[%5.1fs] %s%n", (System.nanoTime() - start) / 1e9, what);
      err.flush();
    }
  }
}
