package org.radkg.push;

/**
 * One request to the target failed for good (after any retries); the message names the graph and
 * the reason.
 */
public final class PushException extends Exception {
  private final boolean stopsPush;

  public PushException(String message, boolean stopsPush) {
    super(message);
    this.stopsPush = stopsPush;
  }

  /**
   * True when no later request can succeed either: the credentials were refused, or the target gave
   * no answer in time or stayed unreachable through the retries.
   */
  public boolean stopsPush() {
    return stopsPush;
  }
}
