package org.radkg.push;

import java.util.Locale;

/** Which HTTP authentication scheme carries push's credentials to the target. */
public enum PushAuth {
  /**
   * HTTP Basic on every request, unasked: for targets that answer 401 without a challenge, and the
   * one way to need no challenge round trip at all.
   */
  BASIC,
  /**
   * HTTP Digest (MD5 or SHA-256) only, in answer to the target's challenge: a Basic challenge is
   * not answered, so the password never travels readable over plain http.
   */
  DIGEST,
  /**
   * The scheme the target's challenge asks for (Digest when it offers both); after the first
   * challenge the client sends it up front, so a push costs one round trip more, not one per graph.
   */
  AUTO;

  /** The name used on the command line ({@code basic}, {@code digest}, {@code auto}). */
  public String option() {
    return name().toLowerCase(Locale.ROOT);
  }
}
