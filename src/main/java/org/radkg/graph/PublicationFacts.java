package org.radkg.graph;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.radkg.corpus.Article;
import org.radkg.corpus.Edition;
import org.radkg.corpus.SourceDocument;
import org.radkg.vocab.Rkg;
import org.radkg.vocab.Slugs;

/**
 * Where an article was published, as vocabulary.md's Provenance section says: the source document
 * it was read from (a {@code schema:DigitalDocument} with its format, name and address), the
 * newsletter edition it appeared in ({@code schema:isPartOf} a {@code schema:PublicationIssue} with
 * its name and date), and the edition's date as the article's own when the article gives none.
 */
final class PublicationFacts {
  private static final String SCHEMA = "https://schema.org/";
  static final Node IS_PART_OF = NodeFactory.createURI(SCHEMA + "isPartOf");
  static final Node PUBLICATION_ISSUE = NodeFactory.createURI(SCHEMA + "PublicationIssue");
  static final Node DIGITAL_DOCUMENT = NodeFactory.createURI(SCHEMA + "DigitalDocument");
  static final Node NAME = NodeFactory.createURI(SCHEMA + "name");
  static final Node ENCODING_FORMAT = NodeFactory.createURI(SCHEMA + "encodingFormat");
  static final Node URL = NodeFactory.createURI(SCHEMA + "url");

  private PublicationFacts() {}

  /**
   * The triples saying where {@code article} (IRI {@code articleIri}) was published; {@code
   * datedByItself} when the article already carries its own {@code schema:datePublished}.
   */
  static List<Triple> of(Article article, Node articleIri, String base, boolean datedByItself) {
    List<Triple> out = new ArrayList<>();
    SourceDocument doc = article.source();
    Node source = NodeFactory.createURI(doc.iri());
    out.add(Triple.create(source, Rkg.type, DIGITAL_DOCUMENT));
    out.add(Triple.create(source, NAME, NodeFactory.createLiteralString(doc.name())));
    out.add(
        Triple.create(source, ENCODING_FORMAT, NodeFactory.createLiteralString(doc.mediaType())));
    if (doc.metadata().url() != null
        && doc.metadata().url().matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
      out.add(Triple.create(source, URL, NodeFactory.createURI(doc.metadata().url())));
      out.add(Triple.create(articleIri, URL, NodeFactory.createURI(doc.metadata().url())));
    }
    Edition.of(doc)
        .ifPresent(
            e -> {
              Node edition = NodeFactory.createURI(base + "edition/" + Slugs.of(e.name()));
              Node date =
                  NodeFactory.createLiteralDT(
                      e.date(),
                      TypeMapper.getInstance()
                          .getSafeTypeByName("http://www.w3.org/2001/XMLSchema#" + e.xsdType()));
              out.add(Triple.create(articleIri, IS_PART_OF, edition));
              out.add(Triple.create(edition, Rkg.type, PUBLICATION_ISSUE));
              out.add(Triple.create(edition, NAME, NodeFactory.createLiteralLang(e.name(), "en")));
              out.add(Triple.create(edition, Rkg.datePublished, date));
              out.add(Triple.create(edition, IS_PART_OF, source));
              if (!datedByItself) {
                out.add(Triple.create(articleIri, Rkg.datePublished, date));
              }
            });
    return out;
  }

  /**
   * The triples saying that the article {@code articleIri} appeared again as {@code reprint}: it is
   * part of the reprint's edition, or of its document when that is no newsletter edition.
   */
  static List<Triple> ofReprint(Article reprint, Node articleIri, String base) {
    List<Triple> out = of(reprint, articleIri, base, true);
    if (Edition.of(reprint.source()).isEmpty()) {
      out.add(Triple.create(articleIri, IS_PART_OF, NodeFactory.createURI(reprint.source().iri())));
    }
    return out;
  }
}
