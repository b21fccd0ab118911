package org.radkg.cli;

/** A user-supplied file or option that cannot be used; reported with exit code 3. */
final class BadInputException extends Exception {
  BadInputException(String message) {
    super(message);
  }
}
