package org.radkg.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;

/**
 * {@code /sitemap.xml} and {@code /robots.txt}: every entity and article page of the served graph,
 * with the date its generation was built as the last modification, so search engines find them;
 * past {@value #MAX_URLS} addresses the sitemap is an index of {@code /sitemap-N.xml} parts, as the
 * sitemaps protocol requires.
 */
final class Sitemap {
  /** The most addresses one sitemap file may list. */
  static final int MAX_URLS = 50_000;

  private static final String PAGES =
      """
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX schema: <https://schema.org/>
      SELECT DISTINCT ?e WHERE {
        { ?e rdfs:label ?l } UNION { ?e a schema:NewsArticle }
        FILTER(isIRI(?e) && STRSTARTS(STR(?e), ?base))
      } ORDER BY ?e
      """;

  private final LinkMapper links;
  private final String dataBase;
  private final PerGeneration<List<String>> iris =
      new PerGeneration<>(served -> pages(served.dataset()));

  Sitemap(LinkMapper links, String dataBase) {
    this.links = links;
    this.dataBase = dataBase;
  }

  private List<String> pages(Dataset ds) {
    List<String> out = new ArrayList<>();
    Txn.executeRead(
        ds,
        () -> {
          ParameterizedSparqlString q = new ParameterizedSparqlString(PAGES);
          q.setLiteral("base", dataBase);
          try (QueryExecution qe = QueryExecution.dataset(ds).query(q.asQuery()).build()) {
            qe.execSelect().forEachRemaining(r -> out.add(r.getResource("e").getURI()));
          }
        });
    return List.copyOf(out);
  }

  /** Answers {@code /sitemap.xml} ({@code part} 0) or {@code /sitemap-N.xml}. */
  void write(ServedDataset served, String siteUrl, int part, HttpServletResponse resp, boolean head)
      throws IOException {
    List<String> urls = new ArrayList<>();
    for (String page : List.of("", "places", "network", "queries")) {
      urls.add(siteUrl + page);
    }
    for (String iri : iris.get(served)) {
      urls.add(absolute(siteUrl, links.href(iri)));
    }
    String lastmod =
        DateTimeFormatter.ISO_LOCAL_DATE.format(
            served.builtAt().toInstant().atOffset(ZoneOffset.UTC));
    String xml = xml(urls, part, MAX_URLS, siteUrl, lastmod);
    if (xml == null) {
      HttpIo.sendText(resp, 404, "/sitemap-" + part + ".xml: the sitemap has no such part.");
      return;
    }
    send(resp, "application/xml; charset=utf-8", xml, head);
  }

  /**
   * The sitemap file {@code part} (0: {@code /sitemap.xml}) of {@code urls} with at most {@code
   * max} addresses per file: the whole list, or past {@code max} an index of the parts; null for a
   * part that does not exist.
   */
  static String xml(List<String> urls, int part, int max, String siteUrl, String lastmod) {
    int parts = Math.max(1, (urls.size() + max - 1) / max);
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    if (part == 0 && parts > 1) {
      xml.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
      for (int i = 1; i <= parts; i++) {
        xml.append("  <sitemap><loc>")
            .append(escape(siteUrl + "sitemap-" + i + ".xml"))
            .append("</loc><lastmod>")
            .append(lastmod)
            .append("</lastmod></sitemap>\n");
      }
      return xml.append("</sitemapindex>\n").toString();
    }
    if (part > parts || (part > 0 && parts == 1)) {
      return null;
    }
    int from = part == 0 ? 0 : (part - 1) * max;
    int to = Math.min(urls.size(), from + max);
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String url : urls.subList(from, to)) {
      xml.append("  <url><loc>")
          .append(escape(url))
          .append("</loc><lastmod>")
          .append(lastmod)
          .append("</lastmod></url>\n");
    }
    return xml.append("</urlset>\n").toString();
  }

  /** Answers {@code /robots.txt}: everything may be crawled but the admin route; the sitemap. */
  void robots(String siteUrl, HttpServletResponse resp, boolean head) throws IOException {
    send(
        resp,
        "text/plain; charset=utf-8",
        "User-agent: *\nDisallow: /admin/\nAllow: /\n\nSitemap: " + siteUrl + "sitemap.xml\n",
        head);
  }

  // A site-relative link ("/id/...") made absolute against the site's address.
  private static String absolute(String siteUrl, String href) {
    if (href.startsWith("http://") || href.startsWith("https://")) {
      return href;
    }
    String root = siteUrl.replaceFirst("^(https?://[^/]+).*$", "$1");
    return href.startsWith("/") ? root + href : siteUrl + href;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void send(HttpServletResponse resp, String type, String body, boolean head)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    resp.setStatus(200);
    resp.setContentType(type);
    resp.setContentLength(bytes.length);
    if (!head) {
      resp.getOutputStream().write(bytes);
    }
  }
}
