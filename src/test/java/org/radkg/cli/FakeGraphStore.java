package org.radkg.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A Graph Store Protocol target on 127.0.0.1 for tests: it keeps the graphs PUT to it, records the
 * {@code Authorization} header of every request, and either refuses every request with a bare 401
 * (no {@code WWW-Authenticate} challenge) or demands HTTP Digest (RFC 7616, qop=auth) and checks
 * the response hash itself.
 */
final class FakeGraphStore implements AutoCloseable {
  static final String REALM = "radkg-test";
  private static final Pattern PARAM = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))");

  private final HttpServer server;
  private final String digestAlgorithm;
  private final String user;
  private final String password;
  private final String nonce = Long.toHexString(new SecureRandom().nextLong());
  private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Graph> graphs = new ConcurrentHashMap<>();

  private FakeGraphStore(String digestAlgorithm, String user, String password) throws IOException {
    this.digestAlgorithm = digestAlgorithm;
    this.user = user;
    this.password = password;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * A target that answers every request 401 without a challenge, as some proxies and misconfigured
   * stores do.
   */
  static FakeGraphStore refusingWithoutChallenge() throws IOException {
    return new FakeGraphStore(null, null, null);
  }

  /**
   * A target that accepts {@code user}/{@code password} through HTTP Digest with {@code algorithm}
   * (MD5 or SHA-256) only.
   */
  static FakeGraphStore digest(String algorithm, String user, String password) throws IOException {
    return new FakeGraphStore(algorithm, user, password);
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/ds/data";
  }

  /** The Authorization header of each request received, in order ("" for none). */
  List<String> authorizations() {
    synchronized (authorizations) {
      return List.copyOf(authorizations);
    }
  }

  /** The graphs stored, by name. */
  Map<String, Graph> graphs() {
    return Map.copyOf(graphs);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex;
        InputStream body = ex.getRequestBody()) {
      String auth = ex.getRequestHeaders().getFirst("Authorization");
      authorizations.add(auth == null ? "" : auth);
      byte[] bytes = body.readAllBytes();
      if (digestAlgorithm == null) {
        ex.sendResponseHeaders(401, -1);
        return;
      }
      if (!validDigest(ex.getRequestMethod(), ex.getRequestURI().toString(), auth)) {
        ex.getResponseHeaders()
            .add(
                "WWW-Authenticate",
                "Digest realm=\""
                    + REALM
                    + "\", qop=\"auth\", algorithm="
                    + digestAlgorithm
                    + ", nonce=\""
                    + nonce
                    + "\", opaque=\"0pq\"");
        ex.sendResponseHeaders(401, -1);
        return;
      }
      String graph =
          URLDecoder.decode(
              ex.getRequestURI().getRawQuery().replaceFirst("^graph=", ""), StandardCharsets.UTF_8);
      switch (ex.getRequestMethod()) {
        case "PUT" -> {
          Graph g = GraphFactory.createDefaultGraph();
          RDFParser.fromString(
                  new String(bytes, StandardCharsets.UTF_8),
                  RDFLanguages.contentTypeToLang(ex.getRequestHeaders().getFirst("Content-Type")))
              .parse(g);
          graphs.put(graph, g);
          ex.sendResponseHeaders(204, -1);
        }
        case "DELETE" -> ex.sendResponseHeaders(graphs.remove(graph) != null ? 204 : 404, -1);
        default -> ex.sendResponseHeaders(405, -1);
      }
    }
  }

  /** Checks an RFC 7616 response: H(H(user:realm:password):nonce:nc:cnonce:qop:H(method:uri)). */
  private boolean validDigest(String method, String requestUri, String header) {
    if (header == null || !header.regionMatches(true, 0, "Digest ", 0, 7)) {
      return false;
    }
    Map<String, String> p = new HashMap<>();
    Matcher m = PARAM.matcher(header.substring(7));
    while (m.find()) {
      p.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2) != null ? m.group(2) : m.group(3));
    }
    if (!user.equals(p.get("username"))
        || !REALM.equals(p.get("realm"))
        || !nonce.equals(p.get("nonce"))
        || !"auth".equals(p.get("qop"))
        || !requestUri.equals(p.get("uri"))
        || !digestAlgorithm.equalsIgnoreCase(p.getOrDefault("algorithm", "MD5"))) {
      return false;
    }
    String ha1 = h(user + ":" + REALM + ":" + password);
    String ha2 = h(method + ":" + requestUri);
    String expected =
        h(ha1 + ":" + nonce + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2);
    return expected.equals(p.get("response"));
  }

  private String h(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance(digestAlgorithm)
                  .digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
