package org.radkg.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.radkg.corpus.Edition;
import org.radkg.corpus.SourceDocument;
import org.radkg.vocab.Rkg;

/**
 * The named graph of one source document, named by the document's IRI: the document as an entity
 * with what is known of it ({@code schema:DigitalDocument} with its file name, format, title,
 * publisher, date, address, licence and rights statement) and, as a {@code nif:Context}, the span
 * that the code point offsets of its articles and of their statements index ({@code
 * nif:beginIndex}, {@code nif:endIndex}, with {@code nif:referenceContext} this document). Its
 * whole text ({@code nif:isString}), against which every quoted sentence can be checked, is
 * published only when its licence allows it ({@link SourceDocument#textPublished()}).
 */
final class SourceDocumentGraph {
  private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  private static final Node TITLE = NodeFactory.createURI(Rkg.DCTERMS + "title");
  private static final Node PUBLISHER = NodeFactory.createURI(Rkg.SCHEMA + "publisher");
  private static final Node LICENSE = NodeFactory.createURI(Rkg.DCTERMS + "license");
  private static final Node RIGHTS = NodeFactory.createURI(Rkg.DCTERMS + "rights");

  private SourceDocumentGraph() {}

  /** The quads of {@code doc}'s own graph. */
  static List<Quad> of(SourceDocument doc) {
    Node g = NodeFactory.createURI(doc.iri());
    List<Quad> out = new ArrayList<>();
    out.add(Quad.create(g, g, Rkg.type, PublicationFacts.DIGITAL_DOCUMENT));
    out.add(Quad.create(g, g, Rkg.type, Rkg.Context));
    out.add(Quad.create(g, g, PublicationFacts.NAME, NodeFactory.createLiteralString(doc.name())));
    out.add(
        Quad.create(
            g,
            g,
            PublicationFacts.ENCODING_FORMAT,
            NodeFactory.createLiteralString(doc.mediaType())));
    // A document's title is dcterms:title, not schema:headline: a headline marks an article (the
    // evaluation and the pages find articles by it).
    if (doc.metadata().title() != null && !doc.metadata().title().isBlank()) {
      out.add(
          Quad.create(
              g, g, TITLE, NodeFactory.createLiteralString(doc.metadata().title().strip())));
    }
    if (doc.metadata().publisherName() != null && !doc.metadata().publisherName().isBlank()) {
      out.add(
          Quad.create(
              g,
              g,
              PUBLISHER,
              NodeFactory.createLiteralString(doc.metadata().publisherName().strip())));
    }
    date(doc).ifPresent(d -> out.add(Quad.create(g, g, Rkg.datePublished, d)));
    if (doc.metadata().url() != null
        && doc.metadata().url().matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
      out.add(Quad.create(g, g, PublicationFacts.URL, NodeFactory.createURI(doc.metadata().url())));
    }
    String licence = doc.metadata().licence();
    if (licence != null) {
      out.add(Quad.create(g, g, LICENSE, NodeFactory.createURI(licence)));
    }
    out.add(Quad.create(g, g, RIGHTS, NodeFactory.createLiteralString(rights(doc))));
    if (doc.textPublished()) {
      out.add(Quad.create(g, g, Rkg.isString, NodeFactory.createLiteralString(doc.text())));
    }
    // NIF gives a context its own span: all of its string, in code points.
    out.add(Quad.create(g, g, Rkg.beginIndex, offset(0)));
    out.add(Quad.create(g, g, Rkg.endIndex, offset(doc.codePointIndex(doc.text().length()))));
    return out;
  }

  /**
   * Whose the text is and what radkg publishes of it, in words a reader of the page understands.
   */
  static String rights(SourceDocument doc) {
    String publisher = doc.metadata().publisherName();
    String owner = publisher == null || publisher.isBlank() ? "its publisher" : publisher.strip();
    if (doc.textPublished()) {
      return "The text is published by "
          + owner
          + " under "
          + doc.metadata().licence()
          + " and reproduced here under that licence, so that every quoted sentence can be"
          + " checked.";
    }
    return "The text belongs to "
        + owner
        + (doc.metadata().licence() == null
            ? "; no licence that allows republishing it is known"
            : "; its licence (" + doc.metadata().licence() + ") does not allow republishing it")
        + ", so radkg publishes only the facts read from it and the sentences quoted as evidence.";
  }

  // The date the document gives for itself (page metadata or the operator's --date), else its
  // newsletter edition's.
  private static Optional<Node> date(SourceDocument doc) {
    String own = doc.metadata().published();
    if (own != null) {
      String s = own.strip();
      String type =
          s.matches("\\d{4}-\\d{2}-\\d{2}")
              ? "date"
              : s.matches("\\d{4}-\\d{2}") ? "gYearMonth" : s.matches("\\d{4}") ? "gYear" : null;
      if (type != null) {
        return Optional.of(literal(s, type));
      }
    }
    return Edition.of(doc).map(e -> literal(e.date(), e.xsdType()));
  }

  private static Node literal(String lexical, String xsdType) {
    return NodeFactory.createLiteralDT(
        lexical, TypeMapper.getInstance().getSafeTypeByName(XSD + xsdType));
  }

  private static Node offset(int n) {
    return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
  }
}
