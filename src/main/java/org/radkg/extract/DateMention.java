package org.radkg.extract;

/**
 * A date stated in the text, normalized to an XSD lexical form.
 *
 * @param span where it is written
 * @param value the normalized value ("2023", "2023-03", "2023-03-15"); {@code null} while the year
 *     is unknown
 * @param xsdType "gYear", "gYearMonth" or "date"
 */
public record DateMention(Span span, String value, String xsdType) {
  public LiteralValue literal() {
    return LiteralValue.typed(value, xsdType);
  }

  public int year() {
    return Integer.parseInt(value.substring(0, 4));
  }
}
