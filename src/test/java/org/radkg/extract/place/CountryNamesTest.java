package org.radkg.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A country named only through one of its cities is labelled by its name, not its slug. */
class CountryNamesTest {
  @Test
  void namesACountryBySlug() {
    assertEquals(Optional.of("United Arab Emirates"), CountryNames.of("united-arab-emirates"));
    assertEquals(Optional.of("Norway"), CountryNames.of("norway"));
    assertTrue(CountryNames.of("atlantis").isEmpty());
  }
}
