package org.radkg.extract;

/**
 * A literal object of a relation.
 *
 * @param lexical the lexical form ("2023-03", "President")
 * @param datatype the datatype IRI, or {@code null} for a language-tagged string
 * @param language the language tag for strings ("en"), or {@code null}
 */
public record LiteralValue(String lexical, String datatype, String language) implements Term {
  public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

  public static LiteralValue english(String text) {
    return new LiteralValue(text, null, "en");
  }

  public static LiteralValue typed(String lexical, String xsdLocalName) {
    return new LiteralValue(lexical, XSD + xsdLocalName, null);
  }
}
