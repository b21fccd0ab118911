package org.radkg.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.radkg.pages.HttpIo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Size limits on what a client may send: request line and headers at most {@link #MAX_HEADER_BYTES}
 * (Jetty answers 414 for a longer URL, 431 for longer headers) and a declared body at most {@link
 * #MAX_BODY_BYTES} (413, without parsing any of it), a path at most {@link #MAX_PATH_CHARS} (414),
 * so no request can make the server parse megabytes; and limits in time: a body must arrive within
 * {@link #BODY_DEADLINE} (408), without holding a thread meanwhile.
 */
final class RequestLimits {
  /**
   * Fuseki raises Jetty's 8 KiB default to 512 KiB; 16 KiB still fits any sensible query sent with
   * GET.
   */
  static final int MAX_HEADER_BYTES = 16 * 1024;

  /**
   * A SPARQL query sent with POST; 1 MiB is far beyond any hand-written or generated query this
   * graph needs.
   */
  static final long MAX_BODY_BYTES = 1024 * 1024;

  /**
   * No entity IRI is this long; a longer path would be echoed in Link headers past Jetty's response
   * header limit.
   */
  static final int MAX_PATH_CHARS = 2048;

  /**
   * A 1 MiB query arrives in this time at 100 KB/s; a client trickling its body is dropped with
   * 408.
   */
  static final Duration BODY_DEADLINE = Duration.ofSeconds(10);

  /**
   * How much longer than the query timeout a connection may stay silent: at Jetty's default idle
   * timeout of 30 s, equal to the default query timeout, the answer to a query stopped at 30 s was
   * lost and its client waited on.
   */
  static final Duration IDLE_MARGIN = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(RequestLimits.class);

  private RequestLimits() {}

  static void applyTo(Server jetty, Duration queryTimeout) {
    for (Connector c : jetty.getConnectors()) {
      HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
      if (http != null) {
        http.getHttpConfiguration().setRequestHeaderSize(MAX_HEADER_BYTES);
      }
      if (c instanceof AbstractConnector connector) {
        connector.setIdleTimeout(queryTimeout.plus(IDLE_MARGIN).toMillis());
      }
    }
    jetty.setHandler(new WholeBodyHandler(jetty.getHandler(), MAX_BODY_BYTES, BODY_DEADLINE));
    jetty.setErrorHandler(new SiteErrorHandler());
  }

  /**
   * Answers 413 naming the request when its declared body is too large, 414 when its path is; true
   * when it did.
   */
  static boolean refuseLargeBody(HttpServletRequest req, HttpServletResponse resp, String path)
      throws IOException {
    if (path.length() > MAX_PATH_CHARS) {
      HttpIo.sendText(
          resp,
          414,
          req.getMethod()
              + " "
              + path.substring(0, 80)
              + "…: the path has "
              + path.length()
              + " characters, more than this server's limit of "
              + MAX_PATH_CHARS
              + ".");
      return true;
    }
    long length = req.getContentLengthLong();
    if (length <= MAX_BODY_BYTES) {
      return false;
    }
    LOG.info("{} {} refused: body of {} bytes", req.getMethod(), path, length);
    resp.setHeader("Connection", "close");
    HttpIo.sendText(
        resp,
        413,
        req.getMethod()
            + " "
            + path
            + ": the request body has "
            + length
            + " bytes, more than this server's limit of "
            + MAX_BODY_BYTES
            + "; send a shorter query.");
    return true;
  }

  /**
   * A body sent chunked declares no length, so {@link #refuseLargeBody} cannot see its size: it is
   * read here, at most the limit, and replayed to the handlers; past the limit the answer is 413. A
   * chunked HTML form is refused with 411 (the container parses form parameters itself, from the
   * wire). Returns the request to go on with, or null when it was answered.
   */
  static HttpServletRequest boundChunkedBody(
      HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
    if (req.getContentLengthLong() >= 0 || req.getHeader("Transfer-Encoding") == null) {
      return req;
    }
    String type = req.getContentType() == null ? "" : req.getContentType();
    if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/")) {
      HttpIo.sendText(
          resp, 411, req.getMethod() + " " + path + ": send the form with a Content-Length.");
      return null;
    }
    byte[] body = req.getInputStream().readNBytes((int) MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      LOG.info("{} {} refused: chunked body over {} bytes", req.getMethod(), path, MAX_BODY_BYTES);
      resp.setHeader("Connection", "close");
      HttpIo.sendText(
          resp,
          413,
          req.getMethod()
              + " "
              + path
              + ": the request body is more than this server's limit of "
              + MAX_BODY_BYTES
              + " bytes; send a shorter query.");
      return null;
    }
    return new BufferedBodyRequest(req, body);
  }
}
