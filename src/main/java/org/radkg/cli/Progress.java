package org.radkg.cli;

import java.io.PrintWriter;
import org.radkg.build.BuildListener;

/**
 * Progress lines on standard error, shown only when a person is watching (a console is attached) or
 * {@code RADKG_PROGRESS=1} asks for them (scripts and the fault tests follow the phases).
 */
final class Progress implements BuildListener {
  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();

  Progress(PrintWriter err) {
    this.err = err;
    this.enabled = System.console() != null || "1".equals(System.getenv("RADKG_PROGRESS"));
  }

  @Override
  public void step(String what) {
    if (enabled) {
      err.printf("[%5.1fs] %s%n", (System.nanoTime() - start) / 1e9, what);
      err.flush();
    }
  }
}
