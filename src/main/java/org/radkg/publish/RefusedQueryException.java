package org.radkg.publish;

/** A user's query that this server will not run, with the message its 400 answer carries. */
final class RefusedQueryException extends RuntimeException {
  RefusedQueryException(String message) {
    super(message);
  }
}
