package org.radkg.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;

/**
 * {@code /feed.atom}: the articles of the graph by publication date, newest first, as an Atom 1.0
 * feed (RFC 4287), so that other sites and feed readers can follow what the graph learns; each
 * entry links to the article's page, and its summary is the article's opening.
 */
final class AtomFeed {
  static final int ENTRIES = 100;
  private static final int SUMMARY_CHARS = 400;
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String ARTICLES =
      """
      PREFIX schema: <https://schema.org/>
      SELECT ?a (SAMPLE(?h) AS ?headline) (MAX(STR(?d)) AS ?date) (SAMPLE(?b) AS ?body) WHERE {
        ?a a schema:NewsArticle ; schema:headline ?h ; schema:datePublished ?d .
        OPTIONAL { ?a schema:articleBody ?b }
      } GROUP BY ?a ORDER BY DESC(?date) ?a LIMIT %d
      """
          .formatted(ENTRIES);

  private record Entry(String iri, String title, String date, String body) {}

  private final LinkMapper links;

  AtomFeed(LinkMapper links) {
    this.links = links;
  }

  void write(ServedDataset served, HttpServletResponse resp, boolean head) throws IOException {
    List<Entry> entries = entries(served.dataset());
    byte[] body;
    try {
      body = xml(entries);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
    resp.setStatus(200);
    resp.setContentType("application/atom+xml;charset=utf-8");
    resp.setContentLength(body.length);
    if (!head) {
      resp.getOutputStream().write(body);
    }
  }

  private byte[] xml(List<Entry> entries) throws XMLStreamException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XMLStreamWriter w =
        // The JDK's own writer, whatever StAX implementation the class path brings.
        XMLOutputFactory.newDefaultFactory()
            .createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
    w.writeStartDocument("UTF-8", "1.0");
    w.writeStartElement("feed");
    w.writeDefaultNamespace(ATOM);
    element(w, "id", links.siteBase() + "feed.atom");
    element(w, "title", "radkg: radiology strategy news");
    element(
        w, "updated", entries.isEmpty() ? "1970-01-01T00:00:00Z" : instant(entries.get(0).date()));
    w.writeStartElement("author");
    element(w, "name", "radkg");
    w.writeEndElement();
    link(w, "self", links.siteBase() + "feed.atom");
    link(w, "alternate", links.siteBase());
    for (Entry e : entries) {
      w.writeStartElement("entry");
      element(w, "id", e.iri());
      element(w, "title", e.title());
      element(w, "updated", instant(e.date()));
      element(w, "published", instant(e.date()));
      link(w, "alternate", links.href(e.iri()));
      if (!e.body().isBlank()) {
        element(w, "summary", summary(e.body()));
      }
      w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    w.close();
    return out.toByteArray();
  }

  private static void element(XMLStreamWriter w, String name, String text)
      throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(xmlSafe(text));
    w.writeEndElement();
  }

  private static void link(XMLStreamWriter w, String rel, String href) throws XMLStreamException {
    w.writeEmptyElement("link");
    w.writeAttribute("rel", rel);
    w.writeAttribute("href", href);
  }

  // Atom dates are RFC 3339 instants: a day is its midnight (UTC), a month its first day.
  static String instant(String date) {
    String d = date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date;
    return d.substring(0, Math.min(10, d.length())) + "T00:00:00Z";
  }

  private static String summary(String body) {
    String flat = body.replaceAll("\\s+", " ").strip();
    return flat.length() <= SUMMARY_CHARS ? flat : flat.substring(0, SUMMARY_CHARS) + "…";
  }

  // Characters XML 1.0 cannot carry at all (control characters from a page) are dropped.
  private static String xmlSafe(String s) {
    return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
  }

  private static List<Entry> entries(Dataset ds) {
    List<Entry> out = new ArrayList<>();
    Txn.executeRead(
        ds,
        () -> {
          try (QueryExecution qe = QueryExecution.dataset(ds).query(ARTICLES).build()) {
            qe.execSelect()
                .forEachRemaining(
                    r ->
                        out.add(
                            new Entry(
                                r.getResource("a").getURI(),
                                r.getLiteral("headline").getLexicalForm(),
                                r.getLiteral("date").getLexicalForm(),
                                r.contains("body") ? r.getLiteral("body").getLexicalForm() : "")));
          }
        });
    return out;
  }
}
