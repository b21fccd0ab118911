package org.radkg.pages;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
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
   * The best variant for {@code accept} among {@code offers} (in the server's order of preference,
   * which breaks ties and answers a missing header or {@code *}{@code /*}); empty if none is
   * acceptable.
   */
  public static Optional<RdfVariant> negotiate(String accept, RdfVariant... offers) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(offers[0]);
    }
    // application/json and text/plain are what generic clients ask for: JSON-LD and N-Triples fit
    // them.
    String[] offered = new String[offers.length];
    for (int i = 0; i < offers.length; i++) {
      offered[i] = offers[i].mediaType;
    }
    MediaType m =
        AcceptList.match(
            new AcceptList(
                accept
                    .replace("application/json", "application/ld+json")
                    .replace("text/plain", "application/n-triples")),
            AcceptList.create(offered));
    if (m == null) {
      return Optional.empty();
    }
    String chosen = m.getContentTypeStr();
    return Arrays.stream(offers).filter(v -> v.mediaType.equals(chosen)).findFirst();
  }
}
