package org.radkg.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Small helpers to write complete responses: each body is produced in memory first, so an error
 * never follows a 200.
 */
public final class HttpIo {
  private HttpIo() {}

  /** The request path inside the server, e.g. {@code /id/organization/acr}. */
  public static String path(HttpServletRequest req) {
    String uri = req.getRequestURI();
    String ctx = req.getContextPath();
    return ctx != null && !ctx.isEmpty() && uri.startsWith(ctx) ? uri.substring(ctx.length()) : uri;
  }

  /**
   * This site's address as seen by the client, or its public address when there is one: absolute
   * links in headers, the sitemap and VoID's access URLs use it (entity IRIs never do).
   */
  public static String siteUrl(HttpServletRequest req, String siteUrl) {
    if (siteUrl != null) {
      return siteUrl;
    }
    int port = req.getServerPort();
    boolean defaultPort =
        ("http".equals(req.getScheme()) && port == 80)
            || ("https".equals(req.getScheme()) && port == 443);
    return req.getScheme()
        + "://"
        + req.getServerName()
        + (defaultPort ? "" : ":" + port)
        + req.getContextPath()
        + "/";
  }

  public static void send(
      HttpServletResponse resp, int status, String contentType, byte[] body, boolean head)
      throws IOException {
    resp.setStatus(status);
    resp.setContentType(contentType);
    resp.setContentLength(body.length);
    if (!head) {
      try (OutputStream out = resp.getOutputStream()) {
        out.write(body);
      }
    }
  }

  static void sendHtml(HttpServletResponse resp, int status, HtmlPage page, boolean head)
      throws IOException {
    send(
        resp,
        status,
        "text/html; charset=utf-8",
        page.html().getBytes(StandardCharsets.UTF_8),
        head);
  }

  /**
   * True when {@code If-None-Match} is {@code *} or lists the tag (weak comparison, as RFC 9110
   * asks for GET).
   */
  public static boolean noneMatch(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.trim();
      if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  public static void sendText(HttpServletResponse resp, int status, String text)
      throws IOException {
    send(
        resp,
        status,
        "text/plain; charset=utf-8",
        (text + "\n").getBytes(StandardCharsets.UTF_8),
        false);
  }

  static byte[] serialize(Graph graph, Lang lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (lang.equals(Lang.JSONLD)) {
      RDFDataMgr.write(out, graph, RDFFormat.JSONLD11_PRETTY);
    } else if (lang.equals(Lang.RDFXML)) {
      RDFDataMgr.write(out, graph, RDFFormat.RDFXML_PLAIN);
    } else {
      RDFDataMgr.write(out, graph, lang);
    }
    return out.toByteArray();
  }

  /**
   * {@code graph} in {@code lang}; in Turtle, the triples about {@code first} come first (an
   * entity's own facts before the statements and evidence that support them), the rest after them
   * under the same prefixes.
   */
  static byte[] serialize(Graph graph, Lang lang, Node first) {
    if (!lang.equals(Lang.TURTLE)) {
      return serialize(graph, lang);
    }
    Graph own = GraphFactory.createDefaultGraph();
    Graph rest = GraphFactory.createDefaultGraph();
    own.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
    rest.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
    graph.find().forEachRemaining(t -> (t.getSubject().equals(first) ? own : rest).add(t));
    String head = new String(serialize(own, lang), StandardCharsets.UTF_8);
    String tail = new String(serialize(rest, lang), StandardCharsets.UTF_8);
    // The second part's prefix lines repeat the first's: dropped.
    String body =
        tail.lines()
            .dropWhile(l -> l.isBlank() || l.startsWith("PREFIX ") || l.startsWith("@prefix "))
            .collect(java.util.stream.Collectors.joining("\n"));
    String text = rest.isEmpty() ? head : head.stripTrailing() + "\n\n" + body + "\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String contentType(RdfVariant v) {
    return v == RdfVariant.JSONLD
            || v == RdfVariant.HTML
            || v == RdfVariant.TURTLE
            || v == RdfVariant.NTRIPLES
        ? v.mediaType() + "; charset=utf-8"
        : v.mediaType();
  }
}
