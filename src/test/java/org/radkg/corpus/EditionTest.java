package org.radkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A newsletter's header gives its edition: date (the first day of a range), place and name, the
 * date and place on two lines or on one (as a PDF joins them); a page that is no newsletter has
 * none.
 */
class EditionTest {
  private static final String SECTION =
      "\n\nNordic Society of Imaging (NSI)\n\nNews Item\n\nThe NSI met in Oslo.\n";

  private static Optional<Edition> of(String text) {
    return Edition.of(new SourceDocument("urn:x:" + text.hashCode(), "x.txt", text, "text/plain"));
  }

  @Test
  void dateAndPlaceOnTwoLinesOrOne() {
    Edition two = of("12-14 March 2024\nOslo, NO\n\n\nNordic Scan\n" + SECTION).orElseThrow();
    assertEquals("Nordic Scan, 12-14 March 2024, Oslo, NO", two.name());
    assertEquals("2024-03-12", two.date());
    Edition one = of("12-14 March 2024 Oslo, NO\n\nNordic Scan\n" + SECTION).orElseThrow();
    assertEquals(two, one);
    Edition month = of("Nordic Scan\nMarch 2024\n" + SECTION).orElseThrow();
    assertEquals("2024-03", month.date());
    assertEquals("gYearMonth", month.xsdType());
  }

  @Test
  void noNewsletterNoEdition() {
    assertTrue(of("12 March 2024\n\nA press release\n\nThe NSI met in Oslo.\n").isEmpty());
    assertTrue(
        of("12 March 2024 the society met and agreed on a plan.\n\nNordic Scan\n" + SECTION)
            .isEmpty());
  }
}
