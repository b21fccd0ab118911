package org.radkg.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.nodes.Element;
import org.radkg.dump.DumpWriter;
import org.radkg.dump.HdtDump;
import org.radkg.dump.PublicationSettings;
import org.radkg.dump.Releases;
import org.radkg.dump.VoidDescriber;
import org.radkg.vocab.Rkg;

/**
 * The machine-facing documents: the dumps folder and its files, the VoID/DCAT description, and the
 * ontology.
 */
final class DataPages {
  private static final String ONTOLOGY_RESOURCE = "radkg/ontology/radkg.ttl";
  private static final String RELEASES = "releases";

  private final PageSettings settings;
  private final LinkMapper links;
  private final PublishedVoid published;

  DataPages(PageSettings settings, LinkMapper links, PublishedVoid published) {
    this.settings = settings;
    this.links = links;
    this.published = published;
  }

  /**
   * {@code /dumps/} (a listing with checksums) and {@code /dumps/NAME} (a file of the served
   * generation's dumps).
   */
  void dumps(
      ServedDataset served,
      HttpServletRequest req,
      HttpServletResponse resp,
      String name,
      boolean head)
      throws IOException {
    Path dir = served.dumpsDirectory(); // the same generation as /sparql and /void, until a reload
    if (name.equals(RELEASES) || name.startsWith(RELEASES + "/")) {
      releases(dir.getParent(), req, resp, name.substring(RELEASES.length()), head);
      return;
    }
    List<Path> files = filesOf(dir);
    if (!name.isEmpty()) {
      sendFile(
          dir,
          files,
          name,
          "No dump named " + name + "; see the listing at " + links.siteBase() + "dumps/",
          req,
          resp,
          head);
      return;
    }
    HtmlPage page = new HtmlPage("Dumps", links);
    page.main()
        .appendElement("p")
        .text(
            "The whole graph, gzipped, in several syntaxes (N-Quads and TriG keep the"
                + " article graphs), and as HDT, which can be queried without loading it."
                + " Check downloads against SHA256SUMS.");
    Element table = page.main().appendElement("table");
    Element h = table.appendElement("tr");
    h.appendElement("th").text("file");
    h.appendElement("th").text("bytes");
    for (Path f : files) {
      Element tr = table.appendElement("tr");
      String n = f.getFileName().toString();
      HtmlPage.link(tr.appendElement("td"), links.siteBase() + "dumps/" + n, n);
      tr.appendElement("td").text(Long.toString(Files.size(f)));
    }
    Path sums = dir.resolve("SHA256SUMS");
    if (Files.isRegularFile(sums)) {
      page.main().appendElement("h2").text("SHA256SUMS");
      page.main().appendElement("pre").text(Files.readString(sums, StandardCharsets.UTF_8));
    }
    releaseList(page.main(), dir.getParent());
    HttpIo.sendHtml(resp, 200, page, head);
  }

  /** The releases kept, newest first, each linked to its folder. */
  private void releaseList(Element main, Path storeDir) throws IOException {
    List<Releases.Release> kept = Releases.list(storeDir);
    main.appendElement("h2").text("Releases");
    main.appendElement("p")
        .text(
            "The dumps of the last "
                + Releases.KEEP
                + " builds that changed the graph, by build date and the first digits of the"
                + " graph's canonical SHA-256; the files above are always the latest.");
    Element ul = main.appendElement("ul").addClass("releases");
    for (Releases.Release r : kept) {
      HtmlPage.link(
          ul.appendElement("li"),
          links.siteBase() + "dumps/" + RELEASES + "/" + r.id() + "/",
          r.id());
    }
  }

  /**
   * {@code /dumps/releases/} (the list), {@code /dumps/releases/ID/} (a release's files) and {@code
   * /dumps/releases/ID/NAME} (one of them); {@code latest} redirects to the served dumps.
   */
  private void releases(
      Path storeDir, HttpServletRequest req, HttpServletResponse resp, String rest, boolean head)
      throws IOException {
    String base = links.siteBase() + "dumps/" + RELEASES + "/";
    if (rest.isEmpty() || rest.equals("/")) {
      HtmlPage page = new HtmlPage("Releases", links);
      releaseList(page.main(), storeDir);
      HttpIo.sendHtml(resp, 200, page, head);
      return;
    }
    String[] parts = rest.substring(1).split("/", 2);
    if (parts[0].equals("latest")) {
      resp.setHeader("Location", links.siteBase() + "dumps/" + (parts.length > 1 ? parts[1] : ""));
      HttpIo.sendText(resp, 302, "The latest release is the served dumps.");
      return;
    }
    Optional<Releases.Release> release = Releases.find(storeDir, parts[0]);
    if (release.isEmpty()) {
      HttpIo.sendText(
          resp, 404, "No release named " + parts[0] + " is kept; see the list at " + base);
      return;
    }
    Path dir = release.get().directory();
    List<Path> files = filesOf(dir);
    String file = parts.length > 1 ? parts[1] : "";
    if (file.isEmpty()) {
      HtmlPage page = new HtmlPage("Release " + release.get().id(), links);
      Element ul = page.main().appendElement("ul");
      for (Path f : files) {
        String n = f.getFileName().toString();
        HtmlPage.link(ul.appendElement("li"), base + release.get().id() + "/" + n, n);
      }
      HttpIo.sendHtml(resp, 200, page, head);
      return;
    }
    sendFile(
        dir,
        files,
        file,
        "Release " + release.get().id() + " has no file named " + file + ".",
        req,
        resp,
        head);
  }

  /** The files of a dumps folder (the served one or a release), sorted by name. */
  private static List<Path> filesOf(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /**
   * Sends the file of {@code files} named {@code name} with its checksum from {@code dir}'s
   * SHA256SUMS; 404 with {@code missing} when there is none: only listed names are ever opened.
   */
  private static void sendFile(
      Path dir,
      List<Path> files,
      String name,
      String missing,
      HttpServletRequest req,
      HttpServletResponse resp,
      boolean head)
      throws IOException {
    Optional<Path> found =
        files.stream().filter(f -> f.getFileName().toString().equals(name)).findFirst();
    if (found.isEmpty()) {
      HttpIo.sendText(resp, 404, missing);
      return;
    }
    DumpDownload.send(req, resp, found.get(), sha256(dir, found.get()), typeOf(name), head);
  }

  private static String typeOf(String name) {
    return name.endsWith(".gz")
        ? "application/gzip"
        : name.endsWith(".ttl")
            ? "text/turtle; charset=utf-8"
            : name.endsWith(".hdt") ? HdtDump.MEDIA_TYPE : "text/plain; charset=utf-8";
  }

  /** The file's SHA-256 as {@code SHA256SUMS} lists it, or computed (for that file itself). */
  private static String sha256(Path dir, Path file) throws IOException {
    Path sums = dir.resolve("SHA256SUMS");
    String name = file.getFileName().toString();
    if (Files.isRegularFile(sums) && !file.equals(sums)) {
      for (String line : Files.readAllLines(sums, StandardCharsets.UTF_8)) {
        if (line.endsWith("  " + name)) {
          return line.substring(0, line.indexOf(' '));
        }
      }
    }
    return DumpWriter.sha256(file);
  }

  /**
   * The VoID + DCAT description of what this server serves: the one its dumps were published with
   * ({@code void.ttl}), with the landing page, endpoint and dump addresses moved to this site's.
   */
  void voidDescription(
      ServedDataset served, HttpServletRequest req, HttpServletResponse resp, boolean head)
      throws IOException {
    String site = HttpIo.siteUrl(req, settings.siteUrl());
    Graph g =
        VoidDescriber.relocate(
            published.of(served),
            PublicationSettings.defaults(),
            PublicationSettings.atSite(settings.dataBase(), site));
    rdf(req, resp, g, head);
  }

  /**
   * The SPARQL 1.1 Service Description of {@code /sparql}, for a {@code GET} without a query that
   * asks for RDF: the endpoint, its language (queries only), result formats, the union default
   * graph, and the dataset it serves (described at {@code /void}).
   */
  void serviceDescription(
      ServedDataset served, HttpServletRequest req, HttpServletResponse resp, boolean head)
      throws IOException {
    String site = HttpIo.siteUrl(req, settings.siteUrl());
    String sd = "http://www.w3.org/ns/sparql-service-description#";
    String formats = "http://www.w3.org/ns/formats/";
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefix("sd", sd);
    m.setNsPrefix("formats", formats);
    m.setNsPrefix("void", "http://rdfs.org/ns/void#");
    m.setNsPrefix("dcterms", Rkg.DCTERMS);
    org.apache.jena.rdf.model.Resource service = m.createResource(site + "sparql");
    service
        .addProperty(RDF.type, m.createResource(sd + "Service"))
        .addProperty(m.createProperty(sd, "endpoint"), service)
        .addProperty(
            m.createProperty(sd, "supportedLanguage"), m.createResource(sd + "SPARQL11Query"))
        .addProperty(m.createProperty(sd, "feature"), m.createResource(sd + "UnionDefaultGraph"))
        .addProperty(
            m.createProperty(Rkg.DCTERMS, "title"), "radkg SPARQL endpoint (read-only)", "en");
    for (String f :
        List.of(
            "SPARQL_Results_JSON",
            "SPARQL_Results_XML",
            "SPARQL_Results_CSV",
            "SPARQL_Results_TSV",
            "Turtle",
            "JSON-LD",
            "N-Triples",
            "RDF_XML")) {
      service.addProperty(m.createProperty(sd, "resultFormat"), m.createResource(formats + f));
    }
    org.apache.jena.rdf.model.Resource dataset =
        m.createResource(settings.dataBase() + "dataset/radkg")
            .addProperty(RDF.type, m.createResource(sd + "Dataset"))
            .addProperty(
                m.createProperty(sd, "defaultGraph"),
                m.createResource()
                    .addProperty(RDF.type, m.createResource(sd + "Graph"))
                    .addProperty(
                        m.createProperty(Rkg.DCTERMS, "description"),
                        "the union of the article graphs",
                        "en"))
            .addProperty(
                m.createProperty("http://www.w3.org/2000/01/rdf-schema#", "seeAlso"),
                m.createResource(site + "void"));
    service.addProperty(m.createProperty(sd, "defaultDataset"), dataset);
    rdf(req, resp, m.getGraph(), head);
  }

  /**
   * The ontology: an HTML summary of its classes and properties, or the Turtle file (and other
   * syntaxes).
   */
  void ontology(HttpServletRequest req, HttpServletResponse resp, String ext, boolean head)
      throws IOException {
    Graph g = ontologyGraph();
    Optional<RdfVariant> v =
        ext.isEmpty()
            ? RdfVariant.negotiate(req.getHeader("Accept"), RdfVariant.values())
            : RdfVariant.byExtension(ext);
    resp.setHeader("Vary", "Accept");
    if (v.isEmpty()) {
      HttpIo.sendText(
          resp,
          ext.isEmpty() ? 406 : 404,
          ext.isEmpty()
              ? "Available: text/html, text/turtle, application/ld+json, application/n-triples,"
                  + " application/rdf+xml (also as /ontology.html, .ttl, .jsonld, .nt, .rdf)"
              : "The ontology is available as .html, .ttl, .jsonld, .nt and .rdf");
      return;
    }
    if (v.get() != RdfVariant.HTML) {
      HttpIo.send(
          resp, 200, HttpIo.contentType(v.get()), HttpIo.serialize(g, v.get().lang()), head);
      return;
    }
    HtmlPage page = new HtmlPage("The radkg ontology", links);
    page.main().appendElement("p").addClass("iri").text(Rkg.ONTOLOGY);
    HtmlPage.link(page.main().appendElement("p"), links.siteBase() + "ontology.ttl", "Turtle");
    Element dl = page.main().appendElement("dl");
    g
        .find(Node.ANY, Node.ANY, Node.ANY)
        .mapWith(Triple::getSubject)
        .filterKeep(s -> s.isURI() && s.getURI().startsWith(Rkg.NS))
        .toSet()
        .stream()
        .sorted((a, b) -> a.getURI().compareTo(b.getURI()))
        .forEach(
            term -> {
              String local = term.getURI().substring(Rkg.NS.length());
              Element dt = dl.appendElement("dt").attr("id", local);
              dt.appendElement("code").text("rkg:" + local);
              g.find(term, Rkg.type, Node.ANY)
                  .forEach(t -> dt.appendText(" · " + LinkMapper.compact(t.getObject())));
              g.find(term, Node.ANY, Node.ANY)
                  .forEach(
                      t -> {
                        if (t.getObject().isLiteral()) {
                          dl.appendElement("dd")
                              .text(
                                  LinkMapper.compact(t.getPredicate())
                                      + ": "
                                      + t.getObject().getLiteralLexicalForm());
                        } else if (!t.getPredicate().equals(Rkg.type)) {
                          Element dd =
                              dl.appendElement("dd")
                                  .text(LinkMapper.compact(t.getPredicate()) + ": ");
                          if (t.getObject().isURI()) {
                            HtmlPage.link(
                                dd,
                                links.href(t.getObject().getURI()),
                                LinkMapper.compact(t.getObject()));
                          }
                        }
                      });
            });
    HttpIo.sendHtml(resp, 200, page, head);
  }

  /**
   * RDF by content negotiation, Turtle unless asked otherwise (HTML is not offered: these are data
   * documents); 406 when {@code Accept} admits none of the four.
   */
  private static void rdf(HttpServletRequest req, HttpServletResponse resp, Graph g, boolean head)
      throws IOException {
    resp.setHeader("Vary", "Accept");
    Optional<RdfVariant> v =
        RdfVariant.negotiate(
            req.getHeader("Accept"),
            RdfVariant.TURTLE,
            RdfVariant.JSONLD,
            RdfVariant.NTRIPLES,
            RdfVariant.RDFXML);
    if (v.isEmpty()) {
      // The one 406 policy: as entity pages and the ontology, never a format the client refused.
      HttpIo.sendText(
          resp,
          HttpServletResponse.SC_NOT_ACCEPTABLE,
          "Available: text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
      return;
    }
    RdfVariant chosen = v.get();
    HttpIo.send(resp, 200, HttpIo.contentType(chosen), HttpIo.serialize(g, chosen.lang()), head);
  }

  private static Graph ontologyGraph() throws IOException {
    try (InputStream in = DataPages.class.getClassLoader().getResourceAsStream(ONTOLOGY_RESOURCE)) {
      if (in == null) {
        throw new IOException("the jar lacks " + ONTOLOGY_RESOURCE);
      }
      Model m = ModelFactory.createDefaultModel();
      RDFParser.source(in).lang(Lang.TURTLE).parse(m);
      return m.getGraph();
    }
  }
}
