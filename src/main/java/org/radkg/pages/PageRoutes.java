package org.radkg.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.radkg.search.SearchIndex;

/**
 * The site's pages by path, each answered from the generation it is given: {@code /} (the start
 * page), {@code /id/} (entities), {@code /ontology}, {@code /dumps/}, {@code /void} and {@code
 * /.well-known/void}, {@code /queries}, {@code /editor} (and its completion lists {@code
 * /editor/terms.json}), {@code /search}, {@code /network} and its exports, {@code /places}, {@code
 * /year/Y} and {@code /feed.atom}.
 */
public final class PageRoutes {
  /**
   * The path prefix of the stylesheets, scripts and images the pages load (the server answers it
   * from the jar).
   */
  public static final String ASSETS_PREFIX = "/assets/";

  /** The path prefix of the entity pages, the pages worth caching. */
  public static final String ENTITY_PREFIX = "/id/";

  /**
   * The query parameters the entity pages read; any other is ignored (and does not make a new cache
   * entry).
   */
  public static final List<String> ENTITY_PARAMETERS = EntityResource.PARAMETERS;

  private final LinkMapper links;
  private final EntityResource entities;
  private final SitePages pages;
  private final EditorPage editor;
  private final DataPages data;
  private final NetworkPages network;
  private final PlacesPage places;
  private final SearchResource search;
  private final LandingPage landing;
  private final YearPage years;
  private final AtomFeed feed;
  private final Sitemap sitemap;
  private final PageSettings settings;

  public PageRoutes(PageSettings settings) {
    this.settings = settings;
    this.links = new LinkMapper(settings.dataBase(), settings.siteBase());
    this.sitemap = new Sitemap(links, settings.dataBase());
    this.pages = new SitePages(settings, links);
    this.editor = new EditorPage(settings, links);
    PublishedVoid published = new PublishedVoid();
    this.data = new DataPages(settings, links, published);
    this.entities = new EntityResource(settings, links, published);
    this.network = new NetworkPages(settings, links);
    this.places = new PlacesPage(links);
    this.search = new SearchResource(links);
    this.landing = new LandingPage(settings, links);
    this.years = new YearPage(links);
    this.feed = new AtomFeed(links);
  }

  /**
   * Loads now what the pages people open first need once per generation (the search index, the
   * start page's figures and description, the collaboration network) from what the build prepared
   * with the generation ({@link PreparedPages}), or computes it from the store when the build did
   * not, so that the first request after a start or a reload is as fast as the second; the server
   * calls it before it serves {@code served}. The sitemap, read by crawlers now and then, is left
   * to its first request rather than lengthening every start.
   */
  public void warm(ServedDataset served) {
    search.index(served);
    landing.warm(served);
    network.warm(served);
  }

  /**
   * Answers a {@code GET} of {@code /sparql} without a query with the endpoint's SPARQL 1.1 Service
   * Description when the client asks for RDF; false, with nothing written, when it does not.
   */
  public boolean serviceDescription(
      ServedDataset served, HttpServletRequest req, HttpServletResponse resp, boolean head)
      throws IOException {
    String accept = req.getHeader("Accept");
    boolean rdf =
        accept != null
            && RdfVariant.negotiate(
                    accept,
                    RdfVariant.HTML,
                    RdfVariant.TURTLE,
                    RdfVariant.JSONLD,
                    RdfVariant.NTRIPLES,
                    RdfVariant.RDFXML)
                .filter(v -> v != RdfVariant.HTML)
                .isPresent();
    if (rdf) {
      data.serviceDescription(served, req, resp, head);
    }
    return rdf;
  }

  /**
   * The name index of {@code served}'s generation that the search box answers from, for the other
   * services that look names up (reconciliation).
   */
  public SearchIndex searchIndex(ServedDataset served) {
    return search.index(served);
  }

  /** The site path (or URL, with a public base) of the page of the entity {@code iri}. */
  public String href(String iri) {
    return links.href(iri);
  }

  /**
   * Answers {@code GET} or {@code HEAD} of an entity path ({@link #ENTITY_PREFIX}) from {@code
   * served}.
   */
  public void entity(
      ServedDataset served,
      HttpServletRequest req,
      HttpServletResponse resp,
      String path,
      boolean head)
      throws IOException {
    entities.handle(served, req, resp, path, head);
  }

  /** The pages that exist only as HTML (no other variant, no download). */
  private static boolean htmlOnly(String path) {
    return path.equals("/")
        || path.equals("/queries")
        || (path.startsWith("/queries/") && path.indexOf('.') < 0)
        || path.equals("/editor")
        || path.equals("/network")
        || path.equals("/places")
        || path.startsWith("/year/")
        || path.equals("/dumps/")
        || (path.startsWith("/dumps/releases") && path.endsWith("/"));
  }

  /**
   * Answers {@code GET} or {@code HEAD} of any other page path from {@code served}; false, with
   * nothing written, when {@code path} is none of the pages'.
   */
  public boolean page(
      ServedDataset served,
      HttpServletRequest req,
      HttpServletResponse resp,
      String path,
      boolean head)
      throws IOException {
    if (htmlOnly(path)) {
      resp.setHeader("Vary", "Accept");
      if (!AcceptHeader.of(req.getHeader("Accept")).accepts("text/html")) {
        // The one 406 policy: a page that exists only as HTML is refused to a client that refuses
        // HTML (text/html;q=0), as an entity is refused to one that takes none of its formats.
        HttpIo.sendText(
            resp,
            HttpServletResponse.SC_NOT_ACCEPTABLE,
            "GET " + path + " is an HTML page (text/html), which the Accept header refuses.");
        return true;
      }
    }
    if (path.equals("/")) {
      landing.handle(served, HttpIo.siteUrl(req, settings.siteUrl()), resp, head);
    } else if (path.startsWith(ENTITY_PREFIX)) {
      entity(served, req, resp, path, head);
    } else if (path.equals("/ontology") || path.startsWith("/ontology.")) {
      data.ontology(
          req, resp, path.equals("/ontology") ? "" : path.substring("/ontology.".length()), head);
    } else if (path.equals("/dumps")) {
      resp.sendRedirect(links.siteBase() + "dumps/");
    } else if (path.startsWith("/dumps/")) {
      data.dumps(served, req, resp, path.substring("/dumps/".length()), head);
    } else if (path.equals("/void") || path.equals("/.well-known/void")) {
      data.voidDescription(served, req, resp, head);
    } else if (path.equals("/queries")) {
      pages.queries(resp, head);
    } else if (path.startsWith("/queries/")) {
      pages.query(served, req, resp, path.substring("/queries/".length()), head);
    } else if (path.equals("/search")) {
      search.handle(served, req, resp, head);
    } else if (path.equals("/editor")) {
      editor.page(served, req, resp, head);
    } else if (path.equals("/editor/terms.json")) {
      editor.terms(resp, head);
    } else if (path.equals("/network")) {
      network.page(served, req, resp, head);
    } else if (path.startsWith("/network.")) {
      network.export(served, req, resp, path.substring("/network.".length()), head);
    } else if (path.equals("/places")) {
      places.page(served, resp, head);
    } else if (path.startsWith("/year/")) {
      years.page(served, resp, path.substring("/year/".length()), head);
    } else if (path.equals("/feed.atom")) {
      feed.write(served, resp, head);
    } else if (path.equals("/robots.txt")) {
      sitemap.robots(HttpIo.siteUrl(req, settings.siteUrl()), resp, head);
    } else if (path.equals("/sitemap.xml") || path.matches("/sitemap-[1-9]\\d{0,5}\\.xml")) {
      int part = path.equals("/sitemap.xml") ? 0 : Integer.parseInt(path.replaceAll("\\D", ""));
      sitemap.write(served, HttpIo.siteUrl(req, settings.siteUrl()), part, resp, head);
    } else {
      return false;
    }
    return true;
  }
}
