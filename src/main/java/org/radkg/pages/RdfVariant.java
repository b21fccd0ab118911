package org.radkg.pages;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/**
 * The representations of a resource, by file extension and media type, and the choice among them
 * for an Accept header.
 */
public enum RdfVariant {
  HTML("html", "text/html", null),
  TURTLE("ttl", "text/turtle", Lang.TURTLE),
  JSONLD("jsonld", "application/ld+json", Lang.JSONLD),
  NTRIPLES("nt", "application/n-triples", Lang.NTRIPLES),
  RDFXML("rdf", "application/rdf+xml", Lang.RDFXML);

  private final String extension;
  private final String mediaType;
  private final Lang lang;

  RdfVariant(String extension, String mediaType, Lang lang) {
    this.extension = extension;
    this.mediaType = mediaType;
    this.lang = lang;
  }

  String extension() {
    return extension;
  }

  String mediaType() {
    return mediaType;
  }

  /** The RDF syntax, or null for HTML. */
  Lang lang() {
    return lang;
  }

  static Optional<RdfVariant> byExtension(String ext) {
    return Arrays.stream(values()).filter(v -> v.extension.equals(ext)).findFirst();
  }

  /**
   * Other names generic clients use for a variant: {@code application/json} takes JSON-LD, {@code
   * text/plain} N-Triples.
   */
  private String alias() {
    return this == JSONLD ? "application/json" : this == NTRIPLES ? "text/plain" : null;
  }

  /**
   * The best variant for {@code accept} among {@code offers} (in the server's order of preference,
   * which breaks ties and answers a missing header or {@code *}{@code /*}); empty if none is
   * acceptable. {@code q=0} refuses a variant whatever a wider range says ({@link AcceptHeader}).
   */
  public static Optional<RdfVariant> negotiate(String accept, RdfVariant... offers) {
    AcceptHeader header = AcceptHeader.of(accept);
    RdfVariant best = null;
    AcceptHeader.Match bestMatch = AcceptHeader.Match.NONE;
    for (RdfVariant v : offers) {
      AcceptHeader.Match m = header.match(v.mediaType);
      if (v.alias() != null) {
        AcceptHeader.Match a = header.match(v.alias());
        if (a.specificity() > m.specificity()) {
          m = a; // "application/json;q=0" refuses JSON-LD unless application/ld+json is named
        }
      }
      if (m.acceptable() && (best == null || m.betterThan(bestMatch))) {
        best = v;
        bestMatch = m;
      }
    }
    return Optional.ofNullable(best);
  }
}
