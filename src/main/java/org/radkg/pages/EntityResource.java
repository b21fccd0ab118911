package org.radkg.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.nodes.Element;
import org.radkg.dump.IriHistory;
import org.radkg.vocab.Rkg;

/**
 * Dereferences entity IRIs at {@code /id/{kind}/{slug}}: 200 with the representation chosen by
 * {@code Accept} ({@code Vary: Accept}, {@code Content-Location} naming the variant), explicit
 * variants {@code .html .ttl .jsonld .nt .rdf}, canonical and alternate {@code Link}s, a 301 from a
 * trailing slash to the IRI without it, and a 404 page naming the IRI when the graph knows nothing
 * about it.
 */
final class EntityResource {
  /**
   * The query parameters the pages read; any other is ignored (and does not make a new cache
   * entry).
   */
  static final List<String> PARAMETERS = List.of("page");

  /**
   * Written one way only (no sign, no leading zero), so one page has one cache entry or two (with
   * page=1).
   */
  private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,8}");

  private static final Pattern ID =
      Pattern.compile("/id/([a-z0-9][a-z0-9_-]*/[A-Za-z0-9][A-Za-z0-9_~-]*)(?:\\.([a-z]+))?");

  private final PageSettings settings;
  private final LinkMapper links;

  /** The dataset's IRI and those of its parts (distributions, linksets, publisher...). */
  private static final Pattern DATASET = Pattern.compile("/id/dataset/[a-z0-9][a-z0-9/_-]*");

  private static final String FOAF = "http://xmlns.com/foaf/0.1/";

  private final PublishedVoid published;

  EntityResource(PageSettings settings, LinkMapper links, PublishedVoid published) {
    this.settings = settings;
    this.links = links;
    this.published = published;
  }

  /**
   * Answers the dataset's IRI, or one its description names (a distribution, a linkset, the
   * publisher...), with a {@code 303 See Other} to {@code /void}, which describes them all (in the
   * format {@code Accept} asks for); false, with nothing written, for any other path.
   */
  private boolean datasetPart(
      ServedDataset served, HttpServletRequest req, HttpServletResponse resp, String path)
      throws IOException {
    if (!DATASET.matcher(path).matches()) {
      return false;
    }
    Node iri = NodeFactory.createURI(settings.dataBase() + path.substring("/id/".length()));
    if (!published.of(served).contains(iri, Node.ANY, Node.ANY)) {
      return false;
    }
    resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
    resp.setHeader("Location", HttpIo.siteUrl(req, settings.siteUrl()) + "void");
    return true;
  }

  void handle(
      ServedDataset served,
      HttpServletRequest req,
      HttpServletResponse resp,
      String path,
      boolean head)
      throws IOException {
    if (datasetPart(served, req, resp, path)) {
      return;
    }
    if (path.endsWith("/") && ID.matcher(path.substring(0, path.length() - 1)).matches()) {
      // One IRI, one address: "…/slug/" is a common slip (a copied link, a crawler), not another
      // resource, so it is sent to the entity for good rather than answered 404.
      String query = req.getQueryString();
      resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      resp.setHeader(
          "Location",
          links.siteBase()
              + path.substring(1, path.length() - 1)
              + (query != null ? "?" + query : ""));
      return;
    }
    Matcher m = ID.matcher(path);
    Optional<RdfVariant> explicit =
        m.matches() && m.group(2) != null ? RdfVariant.byExtension(m.group(2)) : Optional.empty();
    if (!m.matches() || (m.group(2) != null && explicit.isEmpty())) {
      notFound(resp, path, null, head);
      return;
    }
    String id = m.group(1);
    String generic = HttpIo.siteUrl(req, settings.siteUrl()) + "id/" + id;
    resp.setHeader("Vary", "Accept");
    resp.setHeader("Link", linkHeader(generic));
    Optional<RdfVariant> chosen =
        explicit.isPresent()
            ? explicit
            : RdfVariant.negotiate(req.getHeader("Accept"), RdfVariant.values());
    if (chosen.isEmpty()) {
      HttpIo.sendText(
          resp,
          HttpServletResponse.SC_NOT_ACCEPTABLE,
          "Available: text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
      return;
    }
    String pageText = req.getParameter("page");
    if (pageText != null && !PAGE.matcher(pageText).matches()) {
      HttpIo.sendText(
          resp,
          HttpServletResponse.SC_BAD_REQUEST,
          "GET "
              + path
              + ": page must be a whole number from 1, not \""
              + (pageText.length() > 20 ? pageText.substring(0, 20) + "…" : pageText)
              + "\".");
      return;
    }
    int pageNumber = pageText == null ? 1 : Integer.parseInt(pageText);
    Node entity = NodeFactory.createURI(links.iriOf(id));
    Optional<EntityDescriber.Description> found =
        EntityDescriber.describe(served.dataset(), entity, pageNumber);
    if (found.isEmpty()) {
      notFound(served, req, resp, path, entity.getURI(), head);
      return;
    }
    EntityDescriber.Description description = found.get();
    if (pageNumber > description.pages()) {
      HttpIo.sendText(
          resp,
          HttpServletResponse.SC_NOT_FOUND,
          "GET "
              + path
              + ": there is no page "
              + pageNumber
              + " of "
              + entity.getURI()
              + "; it has "
              + description.pages()
              + ".");
      return;
    }
    String linkToPages =
        new PageLinks(
                generic + (explicit.isPresent() ? "." + explicit.get().extension() : ""),
                pageNumber,
                description.pages())
            .linkHeader();
    if (linkToPages != null) {
      resp.addHeader("Link", linkToPages);
    }
    RdfVariant v = chosen.get();
    if (explicit.isEmpty()) {
      resp.setHeader(
          "Content-Location",
          generic + "." + v.extension() + (pageNumber > 1 ? "?page=" + pageNumber : ""));
    }
    String documentIri = generic + (pageNumber > 1 ? "?page=" + pageNumber : "");
    if (documentIri.equals(entity.getURI())) {
      // Served at the IRIs' own base: the document must still be named apart from the thing.
      documentIri = generic + "." + v.extension();
    }
    Graph data = withDocument(description.graph(), entity, documentIri, published.modified(served));
    byte[] body;
    if (v == RdfVariant.HTML) {
      String jsonLd = new String(HttpIo.serialize(data, Lang.JSONLD), StandardCharsets.UTF_8);
      HtmlPage page = new EntityPage(description, entity, links).render(jsonLd);
      if (description.graph().contains(entity, Rkg.type, Rkg.Country)) {
        inThisCountry(served, page, entity);
      }
      if (description.graph().contains(entity, Rkg.type, Rkg.Organization)) {
        new Timeline(links).append(page.main(), Timeline.items(served.dataset(), entity));
        OrganizationMap.append(served.dataset(), entity, page.main(), links);
      }
      if (description.graph().contains(entity, Rkg.type, Rkg.Concept)) {
        new Timeline(links).append(page.main(), Timeline.topicItems(served.dataset(), entity));
      }
      page.head().appendElement("link").attr("rel", "canonical").attr("href", generic);
      for (RdfVariant alt : RdfVariant.values()) {
        if (alt != RdfVariant.HTML) {
          page.head()
              .appendElement("link")
              .attr("rel", "alternate")
              .attr("type", alt.mediaType())
              .attr("href", generic + "." + alt.extension());
        }
      }
      body = page.html().getBytes(StandardCharsets.UTF_8);
    } else {
      body = HttpIo.serialize(data, v.lang(), entity);
    }
    HttpIo.send(resp, 200, HttpIo.contentType(v), body, head);
  }

  /**
   * {@code graph} and a node for the document that serves it, as Wikidata's data node: the dataset
   * it is part of, its licence, the date of the data ({@code modified}, when known) and the entity
   * it is about. The page itself lists the entity's facts from {@code graph} alone.
   */
  private Graph withDocument(Graph graph, Node entity, String documentIri, Node modified) {
    Graph out = GraphFactory.createDefaultGraph();
    out.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
    out.getPrefixMapping().setNsPrefix("void", Rkg.VOID);
    out.getPrefixMapping().setNsPrefix("foaf", FOAF);
    graph.find().forEachRemaining(out::add);
    Node doc = NodeFactory.createURI(documentIri);
    out.add(Triple.create(doc, Rkg.type, NodeFactory.createURI(FOAF + "Document")));
    out.add(
        Triple.create(
            doc,
            NodeFactory.createURI(Rkg.VOID + "inDataset"),
            NodeFactory.createURI(settings.dataBase() + "dataset/radkg")));
    out.add(
        Triple.create(
            doc,
            NodeFactory.createURI(Rkg.DCTERMS + "license"),
            NodeFactory.createURI(Rkg.CC_BY_4)));
    if (modified != null) {
      out.add(Triple.create(doc, NodeFactory.createURI(Rkg.DCTERMS + "modified"), modified));
    }
    out.add(Triple.create(doc, NodeFactory.createURI(FOAF + "primaryTopic"), entity));
    out.add(Triple.create(doc, NodeFactory.createURI(Rkg.SCHEMA + "about"), entity));
    return out;
  }

  /** A country's page lists its cities and what is located in each. */
  private void inThisCountry(ServedDataset served, HtmlPage page, Node country) {
    Element section = new Element("section").attr("id", "in-this-country").addClass("places");
    section.appendElement("h2").text("In this country");
    if (new PlacesIndex(links).writeCountry(served.dataset(), country, section)) {
      page.main().appendChild(section);
    }
  }

  private static String linkHeader(String generic) {
    StringJoiner j = new StringJoiner(", ");
    j.add("<" + generic + ">; rel=\"canonical\"");
    for (RdfVariant v : RdfVariant.values()) {
      j.add(
          "<"
              + generic
              + "."
              + v.extension()
              + ">; rel=\"alternate\"; type=\""
              + v.mediaType()
              + "\"");
    }
    return j.toString();
  }

  private void notFound(HttpServletResponse resp, String path, String iri, boolean head)
      throws IOException {
    notFound(null, null, resp, path, iri, head);
  }

  /**
   * 404 for an IRI no build had; 301 to its new IRI for one an earlier build had under another slug
   * (renamed or merged); 410 for one whose entity is gone ({@link IriHistory}).
   */
  private void notFound(
      ServedDataset served,
      HttpServletRequest req,
      HttpServletResponse resp,
      String path,
      String iri,
      boolean head)
      throws IOException {
    Optional<IriHistory.Fate> fate =
        served == null || iri == null
            ? Optional.empty()
            : IriHistory.lookup(served.storeDir(), iri);
    if (fate.isPresent() && !fate.get().gone()) {
      Matcher m = ID.matcher(path);
      String extension = m.matches() && m.group(2) != null ? "." + m.group(2) : "";
      String query = req.getQueryString();
      resp.setHeader(
          "Location",
          links.href(fate.get().now()) + extension + (query != null ? "?" + query : ""));
      HttpIo.sendText(
          resp,
          HttpServletResponse.SC_MOVED_PERMANENTLY,
          iri
              + " was renamed or merged on "
              + fate.get().since()
              + "; it is now "
              + fate.get().now());
      return;
    }
    if (fate.isPresent()) {
      HtmlPage page = new HtmlPage("Gone", links);
      page.main()
          .appendElement("p")
          .text(
              iri
                  + " was in an earlier build of this graph; since the build of "
                  + fate.get().since()
                  + " no article names it any more.");
      HttpIo.sendHtml(resp, HttpServletResponse.SC_GONE, page, head);
      return;
    }
    HtmlPage page = new HtmlPage("Not found", links);
    page.main()
        .appendElement("p")
        .text(
            iri == null
                ? "There is no resource at "
                    + path
                    + ". Entity addresses look like /id/{kind}/{slug}, e.g. /id/organization/radiological-society-of-north-america."
                : "The graph knows nothing about "
                    + iri
                    + ". Its slug may have changed spelling, or the entity may not be in the current build.");
    Element p = page.main().appendElement("p").appendText("Find it from ");
    HtmlPage.link(p, links.siteBase(), "the start page");
    p.appendText(", with a ");
    HtmlPage.link(p, links.siteBase() + "queries", "prebuilt query");
    p.appendText(", or in the ");
    HtmlPage.link(p, links.siteBase() + "editor", "SPARQL editor");
    p.appendText(".");
    HttpIo.sendHtml(resp, HttpServletResponse.SC_NOT_FOUND, page, head);
  }
}
