package org.radkg.http;

/**
 * Recognizes a failure of the store itself while answering (a TDB2 index or node table that cannot
 * be read as written, e.g. changed on disk after the server opened it), so that it is answered 500
 * with a message saying so and logged as such, not as an anonymous internal error.
 */
final class StoreDamage {
  /** The answer's text; the server log has the details. */
  static final String MESSAGE =
      "The store this server reads is damaged: a query hit a file TDB2 cannot read."
          + " The operator should run `radkg build --full` and reload; details are in the server log.";

  private static final String[] STORE_PACKAGES = {"org.apache.jena.tdb2.", "org.apache.jena.dboe."};

  private StoreDamage() {}

  /**
   * True when {@code e} or a cause is one of TDB2's own exceptions (its storage, indexes, node
   * table).
   */
  static boolean isDamage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      // Only TDB2's own exception types: a cancelled (timed-out) query also unwinds through TDB2's
      // code.
      if (inStore(t.getClass().getName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean inStore(String className) {
    for (String p : STORE_PACKAGES) {
      if (className.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
