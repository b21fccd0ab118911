package org.radkg.push;

/** One request to the target failed for good (after any retries); the message names the graph and the reason. */
public final class PushException extends Exception {
  private final int status;

  public PushException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status, or -1 when there was no answer. */
  public int status() {
    return status;
  }

  /** True when the target refused the credentials: no later request can succeed either. */
  public boolean refused() {
    return status == 401 || status == 403;
  }
}
