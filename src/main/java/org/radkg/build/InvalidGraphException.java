package org.radkg.build;

import org.radkg.validate.ValidationResult;

/** The extracted graph violates the SHACL shapes; the build wrote nothing to the store. */
public final class InvalidGraphException extends Exception {
  private final transient ValidationResult validation;

  InvalidGraphException(ValidationResult validation) {
    super(
        "the extracted graph has "
            + validation.violations()
            + " SHACL violation(s); the store was left unchanged");
    this.validation = validation;
  }

  /** The validation report, to show the violations. */
  public ValidationResult validation() {
    return validation;
  }
}
