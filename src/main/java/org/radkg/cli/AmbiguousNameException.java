package org.radkg.cli;

/**
 * A name given where one entity is meant ("--param organization=ESR") that stands for several; its
 * message lists them. Reported as a usage error (exit code 2): the user must choose.
 */
final class AmbiguousNameException extends Exception {
  AmbiguousNameException(String message) {
    super(message);
  }
}
