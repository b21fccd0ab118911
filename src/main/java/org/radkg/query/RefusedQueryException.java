package org.radkg.query;

/** A user's query that this server will not run, with the message its 400 answer carries. */
public final class RefusedQueryException extends RuntimeException {
  RefusedQueryException(String message) {
    super(message);
  }
}
