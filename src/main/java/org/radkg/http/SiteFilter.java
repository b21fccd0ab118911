package org.radkg.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.radkg.pages.HttpIo;
import org.radkg.pages.PageRoutes;
import org.radkg.pages.PageSettings;
import org.radkg.pages.ServedDataset;
import org.radkg.reconcile.ReconciliationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the site's own paths ({@code /}, {@code /id/}, {@code /ontology}, {@code /dumps/}, {@code
 * /void}, {@code /.well-known/void}, {@code /queries}, {@code /editor}, {@code /search}, {@code
 * /network}, {@code /places}, {@code /assets/}, {@code /admin/reload}) and passes everything else
 * on to Fuseki ({@code /sparql}, {@code /data}, then 404).
 */
final class SiteFilter implements Filter {
  private static final Logger LOG = LoggerFactory.getLogger(SiteFilter.class);

  private final ServerSettings settings;
  private final Supplier<ServedDataset> served;
  private final String siteBase;
  private final PageRoutes pages;
  private final AdminReload admin;
  private final StaticAssets assets = new StaticAssets();
  private final SparqlGate gate;
  private final ReconciliationService reconcile;

  /**
   * Entity pages of the served generation (the store is read-only between reloads), at most 64 MB.
   */
  private final PageCache cache = new PageCache(64L << 20, PageRoutes.ENTITY_PARAMETERS);

  /**
   * {@code served} gives the generation to answer from now; {@code reload} is the admin route's
   * action.
   */
  SiteFilter(ServerSettings settings, Supplier<ServedDataset> served, Callable<Boolean> reload) {
    this.settings = settings;
    this.served = served;
    PageSettings pageSettings = settings.pages();
    this.siteBase = pageSettings.siteBase();
    this.pages = new PageRoutes(pageSettings);
    this.reconcile =
        new ReconciliationService(pageSettings.dataBase(), pages::href, pages::searchIndex);
    this.admin = new AdminReload(settings.adminPassword(), reload);
    this.gate = new SparqlGate(settings.maxConcurrentQueries(), settings.maxQueriesPerClient());
  }

  /** Prepares what the pages compute per generation for {@code next}, before it is served. */
  void warm(ServedDataset next) {
    long start = System.nanoTime();
    try {
      pages.warm(next);
      LOG.info(
          "pages ready for {} in {} ms",
          next.generation().getFileName(),
          (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      // A page that cannot be prepared now fails on its own request, with its own message.
      LOG.warn("could not prepare the pages of {}: {}", next.generation(), e.toString());
    }
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse resp = (HttpServletResponse) response;
    String path = HttpIo.path(req);
    SecurityHeaders.apply(resp, path);
    if (CorsHeaders.preflight(req, resp, path)) {
      return;
    }
    CorsHeaders.apply(resp, path);
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
    if (path.equals("/sparql")) {
      req = SparqlAccept.narrow(req);
    }
    if (path.equals("/admin/reload")) {
      admin.handle(req, resp);
      return;
    }
    String method = req.getMethod();
    boolean head = "HEAD".equals(method);
    boolean read = head || "GET".equals(method);
    if (read && path.equals("/sparql") && req.getParameter("query") == null) {
      if (pages.serviceDescription(served.get(), req, resp, head)) {
        return;
      }
      // Fuseki would answer 404, as if there were no endpoint here.
      HttpIo.sendText(
          resp,
          400,
          "GET /sparql needs a query parameter (?query=...); to write one, open "
              + siteBase
              + "editor");
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
        if ((read || "POST".equals(method)) && isReconciliation(path)) {
          reconcile.handle(served.get(), req, resp, path, HttpIo.siteUrl(req, settings.siteUrl()));
          return;
        }
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
          HttpIo.sendText(
              resp,
              500,
              damage ? StoreDamage.MESSAGE : "Internal error; the details are in the server log.");
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

  /**
   * The routes that run a query a visitor chose: the endpoint, the editor with a query, a prebuilt
   * query's page or download.
   */
  private static boolean isReconciliation(String path) {
    return path.equals(ReconciliationService.PATH)
        || path.startsWith(ReconciliationService.PATH + "/");
  }

  private static boolean runsSparql(HttpServletRequest req, String path, boolean read) {
    if (path.equals("/sparql")) {
      return !"OPTIONS".equals(req.getMethod());
    }
    if (path.equals(ReconciliationService.PATH) && !"OPTIONS".equals(req.getMethod())) {
      // A batch of reconciliation queries or a data extension reads the store as a query does.
      return req.getParameter("queries") != null || req.getParameter("extend") != null;
    }
    if (!read) {
      return false;
    }
    return (path.equals("/editor") && req.getParameter("query") != null)
        || (path.startsWith("/queries/") && !path.endsWith(".rq"));
  }

  private void refuseBusy(HttpServletRequest req, HttpServletResponse resp, String path)
      throws IOException {
    long retry = Math.max(1, Math.min(10, settings.timeout().toSeconds()));
    String why = gate.refusal(req.getRemoteAddr());
    LOG.info("{} {} from {} refused: {}", req.getMethod(), path, req.getRemoteAddr(), why);
    resp.setHeader("Retry-After", Long.toString(retry));
    HttpIo.sendText(
        resp, 503, req.getMethod() + " " + path + ": " + why + "; try again in " + retry + " s.");
  }

  private boolean route(HttpServletRequest req, HttpServletResponse resp, String path, boolean head)
      throws IOException {
    if (path.startsWith(StaticAssets.PREFIX)) {
      assets.handle(req, resp, path.substring(StaticAssets.PREFIX.length()), head);
      return true;
    }
    ServedDataset now = served.get(); // taken once: the whole answer comes from one generation
    if (path.startsWith(PageRoutes.ENTITY_PREFIX)) {
      cache.serve(
          req,
          resp,
          now.dataset(),
          HttpIo.siteUrl(req, settings.siteUrl()),
          path,
          head,
          r -> pages.entity(now, req, r, path, head));
      return true;
    }
    return pages.page(now, req, resp, path, head);
  }
}
