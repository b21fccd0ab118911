package org.radkg.eval;

/**
 * Evaluation input that cannot be used: a gold file or page set that is missing or malformed; the
 * message names it.
 */
public final class EvalInputException extends Exception {
  public EvalInputException(String message) {
    super(message);
  }
}
