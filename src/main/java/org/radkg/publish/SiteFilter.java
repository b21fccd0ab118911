package org.radkg.publish;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the site's own paths ({@code /}, {@code /id/}, {@code /ontology}, {@code /dumps/},
 * {@code /void}, {@code /.well-known/void}, {@code /queries}, {@code /editor}, {@code /search}, {@code /network},
 * {@code /places}, {@code /assets/}, {@code /admin/reload})
 * and passes everything else on to Fuseki ({@code /sparql}, {@code /data}, then 404).
 */
final class SiteFilter implements Filter {
  private static final Logger LOG = LoggerFactory.getLogger(SiteFilter.class);

  private final RadkgServer server;
  private final LinkMapper links;
  private final EntityResource entities;
  private final SitePages pages;
  private final DataPages data;
  private final AdminReload admin;
  private final NetworkPages network;
  private final PlacesPage places;
  private final SearchResource search;
  private final LandingPage landing;
  private final StaticAssets assets = new StaticAssets();
  private final SparqlGate gate;
  /** Entity pages of the served generation (the store is read-only between reloads), at most 64 MB. */
  private final PageCache cache = new PageCache(64L << 20, EntityResource.PARAMETERS);

  SiteFilter(RadkgServer server) {
    this.server = server;
    ServerSettings s = server.settings();
    this.links = new LinkMapper(s.dataBase(), s.baseUrl() != null ? s.baseUrl() : "/");
    this.entities = new EntityResource(server, links);
    this.pages = new SitePages(server, links);
    this.data = new DataPages(server, links);
    this.admin = new AdminReload(server);
    this.network = new NetworkPages(server, links);
    this.places = new PlacesPage(server, links);
    this.search = new SearchResource(server, links);
    this.landing = new LandingPage(server, links);
    this.gate = new SparqlGate(s.maxConcurrentQueries(), s.maxQueriesPerClient());
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse resp = (HttpServletResponse) response;
    SecurityHeaders.apply(resp);
    String path = HttpIo.path(req);
    if (RequestLimits.refuseLargeBody(req, resp, path)) {
      return;
    }
    req = RequestLimits.boundChunkedBody(req, resp, path);
    if (req == null) {
      return;
    }
    req = StrictlyDecodedRequest.check(req, resp, path);
    if (req == null) {
      return;
    }
    if (path.equals("/admin/reload")) {
      admin.handle(req, resp);
      return;
    }
    String method = req.getMethod();
    boolean head = "HEAD".equals(method);
    boolean read = head || "GET".equals(method);
    if (read && path.equals("/sparql") && req.getParameter("query") == null) {
      // Fuseki would answer 404, as if there were no endpoint here.
      HttpIo.sendText(resp, 400, "GET /sparql needs a query parameter (?query=...); to write one, open "
          + links.siteBase() + "editor");
      return;
    }
    SparqlGate.Permit permit = null;
    if (runsSparql(req, path, read)) {
      permit = gate.tryEnter(req.getRemoteAddr());
      if (permit == null) {
        refuseBusy(req, resp, path);
        return;
      }
    }
    try {
      try {
        if (read && route(req, resp, path, head)) {
          return;
        }
      } catch (RuntimeException e) {
        boolean damage = StoreDamage.isDamage(e);
        if (damage) {
          LOG.error("{} {} failed on a damaged store: {}", method, path, e.toString());
        } else {
          LOG.warn("{} {} failed: {}", method, path, e.toString());
        }
        if (!resp.isCommitted()) {
          HttpIo.sendText(resp, 500, damage ? StoreDamage.MESSAGE : "Internal error; the details are in the server log.");
        }
        return;
      }
      chain.doFilter(req, response);
    } finally {
      if (permit != null) {
        permit.close();
      }
    }
  }

  /** The routes that run a query a visitor chose: the endpoint, the editor with a query, a prebuilt query's page or download. */
  private static boolean runsSparql(HttpServletRequest req, String path, boolean read) {
    if (path.equals("/sparql")) {
      return !"OPTIONS".equals(req.getMethod());
    }
    if (!read) {
      return false;
    }
    return (path.equals("/editor") && req.getParameter("query") != null)
        || (path.startsWith("/queries/") && !path.endsWith(".rq"));
  }

  private void refuseBusy(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
    long retry = Math.max(1, Math.min(10, server.settings().timeout().toSeconds()));
    String why = gate.refusal(req.getRemoteAddr());
    LOG.warn("{} {} from {} refused: {}", req.getMethod(), path, req.getRemoteAddr(), why);
    resp.setHeader("Retry-After", Long.toString(retry));
    HttpIo.sendText(resp, 503, req.getMethod() + " " + path + ": " + why + "; try again in " + retry + " s.");
  }

  private boolean route(HttpServletRequest req, HttpServletResponse resp, String path, boolean head) throws IOException {
    if (path.equals("/")) {
      landing.handle(resp, head);
    } else if (path.startsWith(StaticAssets.PREFIX)) {
      assets.handle(req, resp, path.substring(StaticAssets.PREFIX.length()), head);
    } else if (path.startsWith("/id/")) {
      cache.serve(req, resp, server.dataset(), siteUrl(req, server), path, head, r -> entities.handle(req, r, path, head));
    } else if (path.equals("/ontology") || path.startsWith("/ontology.")) {
      data.ontology(req, resp, path.equals("/ontology") ? "" : path.substring("/ontology.".length()), head);
    } else if (path.equals("/dumps")) {
      resp.sendRedirect(links.siteBase() + "dumps/");
    } else if (path.startsWith("/dumps/")) {
      data.dumps(resp, path.substring("/dumps/".length()), head);
    } else if (path.equals("/void") || path.equals("/.well-known/void")) {
      data.voidDescription(req, resp, head);
    } else if (path.equals("/queries")) {
      pages.queries(resp, head);
    } else if (path.startsWith("/queries/")) {
      pages.query(req, resp, path.substring("/queries/".length()), head);
    } else if (path.equals("/search")) {
      search.handle(req, resp, head);
    } else if (path.equals("/editor")) {
      pages.editor(req, resp, head);
    } else if (path.equals("/network")) {
      network.page(req, resp, head);
    } else if (path.startsWith("/network.")) {
      network.export(req, resp, path.substring("/network.".length()), head);
    } else if (path.equals("/places")) {
      places.page(resp, head);
    } else {
      return false;
    }
    return true;
  }

  /** This server's address as seen by the client (or the public base URL): absolute links in headers and VoID use it. */
  static String siteUrl(HttpServletRequest req, RadkgServer server) {
    String base = server.settings().baseUrl();
    if (base != null) {
      return base;
    }
    int port = req.getServerPort();
    boolean defaultPort = ("http".equals(req.getScheme()) && port == 80) || ("https".equals(req.getScheme()) && port == 443);
    return req.getScheme() + "://" + req.getServerName() + (defaultPort ? "" : ":" + port) + req.getContextPath() + "/";
  }
}
