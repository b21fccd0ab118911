package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A person's name is also written without its middle initials, with or without their dots. */
class MiddleInitialsTest {
  @Test
  void aDottedInitialIsDropped() {
    assertEquals("Martin Hollis", PersonFinder.withoutInitials("Martin Q. Hollis"));
  }

  @Test
  void anInitialWithoutItsDotIsDropped() {
    assertEquals("Carsten Welsch", PersonFinder.withoutInitials("Carsten P Welsch"));
  }

  @Test
  void twoLeadingInitialsStay() {
    assertEquals("B R Mittal", PersonFinder.withoutInitials("B R Mittal"));
  }
}
