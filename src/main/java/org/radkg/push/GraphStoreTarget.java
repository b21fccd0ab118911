package org.radkg.push;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.StandardAuthScheme;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicAuthCache;
import org.apache.hc.client5.http.impl.auth.BasicScheme;
import org.apache.hc.client5.http.impl.auth.CredentialsProviderBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.apache.jena.graph.Graph;

/**
 * A remote store spoken to through the SPARQL 1.1 Graph Store Protocol (Fuseki, GraphDB, Virtuoso,
 * Neptune, Stardog): PUT replaces one named graph, DELETE removes one. Every request is bounded by
 * a connect timeout and a request deadline; credentials answer the target's challenge (Basic, or
 * Digest with MD5 or SHA-256) or go up front as Basic, as {@link PushAuth} says. A graph goes as
 * Turtle until the target refuses that type, then as N-Triples for the rest of the push. Server
 * errors (5xx) and broken connections are retried with exponential backoff; an unanswered request,
 * a target still unreachable after its retries, or refused credentials (401, 403) fail with {@link
 * PushException#stopsPush()} set, since every later request would meet the same.
 */
public final class GraphStoreTarget implements AutoCloseable {
  /**
   * How long a request may take and how often it is retried.
   *
   * @param connectTimeout the longest wait for a connection to the target
   * @param timeout the longest a request may take, from sending it to the end of its answer
   * @param retries how many times to retry a request after a 5xx status or a broken or refused
   *     connection
   * @param firstBackoff the wait before the first retry, doubled before each next one
   */
  public record Limits(
      Duration connectTimeout, Duration timeout, int retries, Duration firstBackoff) {}

  private final String endpoint;
  private final boolean withCredentials;
  private final PushAuth auth;
  // The type the target took last: a type it refused once is not tried again in this push.
  private PutFormat format = PutFormat.TURTLE;
  private final Limits limits;
  private final Consumer<String> log;
  private final CloseableHttpClient client;
  private final HttpClientContext context = HttpClientContext.create();
  // Enforces the request deadline even while a body is being written, which a socket read timeout
  // does not cover.
  private final ScheduledExecutorService deadlines =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "radkg-push-deadline");
            t.setDaemon(true);
            return t;
          });

  /** A target whose credentials, if any, answer the challenge it sends ({@link PushAuth#AUTO}). */
  public GraphStoreTarget(
      String endpoint, String user, String password, Limits limits, Consumer<String> log) {
    this(endpoint, user, password, PushAuth.AUTO, limits, log);
  }

  /**
   * @param endpoint the GSP address (e.g. {@code http://host:3030/ds/data} or the dataset's own
   *     URL)
   * @param user the HTTP user, or null for none
   * @param password its password (required with a user); it never appears in a message
   * @param auth how the credentials are sent
   * @param log where retry and media type notices go
   */
  public GraphStoreTarget(
      String endpoint,
      String user,
      String password,
      PushAuth auth,
      Limits limits,
      Consumer<String> log) {
    this.endpoint = endpoint;
    this.withCredentials = user != null;
    this.auth = auth;
    this.limits = limits;
    this.log = log;
    HttpHost host = HttpHost.create(URI.create(endpoint));
    CredentialsProviderBuilder credentials = CredentialsProviderBuilder.create();
    // The client keeps the scheme that answered a challenge here and sends it up front from then
    // on, so only a push's first request meets the challenge.
    BasicAuthCache cache = new BasicAuthCache();
    context.setAuthCache(cache);
    if (user != null) {
      UsernamePasswordCredentials secret =
          new UsernamePasswordCredentials(user, password.toCharArray());
      switch (auth) {
        case BASIC -> {
          // A Basic challenge after this means the password was refused: nothing answers it.
          BasicScheme basic = new BasicScheme(StandardCharsets.UTF_8);
          basic.initPreemptive(secret);
          cache.put(host, basic);
        }
        case DIGEST ->
            credentials.add(new AuthScope(host, null, StandardAuthScheme.DIGEST), secret);
        case AUTO -> {
          credentials.add(new AuthScope(host, null, StandardAuthScheme.DIGEST), secret);
          credentials.add(new AuthScope(host, null, StandardAuthScheme.BASIC), secret);
        }
      }
    }
    Timeout timeout = Timeout.ofMilliseconds(limits.timeout().toMillis());
    this.client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(
                                Timeout.ofMilliseconds(limits.connectTimeout().toMillis()))
                            .setSocketTimeout(timeout)
                            .build())
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setResponseTimeout(timeout)
                    // Digest first when a target offers both: it never sends the password itself.
                    .setTargetPreferredAuthSchemes(
                        List.of(StandardAuthScheme.DIGEST, StandardAuthScheme.BASIC))
                    .build())
            .setDefaultCredentialsProvider(credentials.build())
            .disableAutomaticRetries() // ours below, with backoff and a log line
            .disableRedirectHandling() // credentials go to the endpoint's host only
            .build();
  }

  public String endpoint() {
    return endpoint;
  }

  /**
   * Replaces the named graph {@code iri} with {@code graph}, in the type the target took last; when
   * it answers 415 or 500 to Turtle, the same graph goes again as N-Triples, and so do the rest.
   */
  public void put(String iri, Graph graph) throws PushException {
    while (true) {
      PutFormat tried = format;
      if (send("PUT", iri, tried.body(graph), tried)) {
        return;
      }
      format = tried.fallback();
      log.accept(
          "PUT "
              + iri
              + ": the target does not take "
              + tried.mediaType()
              + "; sending "
              + format.mediaType()
              + " from now on");
    }
  }

  /** Removes the named graph {@code iri}; one already gone (404) counts as removed. */
  public void delete(String iri) throws PushException {
    send("DELETE", iri, null, null);
  }

  @Override
  public void close() throws IOException {
    deadlines.shutdownNow();
    client.close();
  }

  /**
   * Sends one request with retries; false when the target refused {@code format} itself (415, or
   * the 500 Virtuoso answers to a body it cannot parse) and there is another format to try.
   */
  private boolean send(String method, String iri, byte[] body, PutFormat format)
      throws PushException {
    String what = method + " " + iri;
    URI uri =
        URI.create(
            endpoint
                + (endpoint.contains("?") ? "&" : "?")
                + "graph="
                + URLEncoder.encode(iri, StandardCharsets.UTF_8));
    long wait = limits.firstBackoff().toMillis();
    for (int attempt = 0; ; attempt++) {
      Outcome outcome = once(method, uri, body, format);
      if (outcome.done()) {
        return true;
      }
      if (attempt == 0
          && format != null
          && format.fallback() != null
          && (outcome.status() == 415 || outcome.status() == 500)) {
        // Not retried as is: the fallback request is the retry, and it tells a parser that refuses
        // this type (Virtuoso answers 500, not 415) from a passing fault, which 500s it too.
        return false;
      }
      if (!outcome.retried() || attempt >= limits.retries()) {
        throw new PushException(what + ": " + outcome.problem(), outcome.stopsPush());
      }
      log.accept(what + ": " + outcome.problem() + "; retrying in " + wait + " ms");
      try {
        Thread.sleep(wait);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw new PushException(what + ": interrupted", true);
      }
      wait *= 2;
    }
  }

  /**
   * What came of one request: whether to retry it, whether a failure stops the push, and the HTTP
   * status (0 when there was no answer).
   */
  private record Outcome(
      boolean done, boolean retried, boolean stopsPush, String problem, int status) {
    static final Outcome DONE = new Outcome(true, false, false, null, 0);

    /** A server error: retried; after the last retry the other graphs are still tried. */
    static Outcome serverError(String problem, int status) {
      return new Outcome(false, true, false, problem, status);
    }

    /**
     * This request was rejected (a 4xx other than 401/403): not retried, the other graphs are still
     * tried.
     */
    static Outcome rejected(String problem, int status) {
      return new Outcome(false, false, false, problem, status);
    }

    /** No connection, or a broken one: retried; after the last retry the push stops. */
    static Outcome unreachable(String problem) {
      return new Outcome(false, true, true, problem, 0);
    }

    /** Refused credentials, no answer in time, an unknown host: not retried, the push stops. */
    static Outcome fatal(String problem) {
      return new Outcome(false, false, true, problem, 0);
    }
  }

  private Outcome once(String method, URI uri, byte[] body, PutFormat format) {
    HttpUriRequestBase request = new HttpUriRequestBase(method, uri);
    if (body != null) {
      request.setEntity(new ByteArrayEntity(body, format.contentType()));
    }
    AtomicBoolean late = new AtomicBoolean();
    ScheduledFuture<?> deadline =
        deadlines.schedule(
            () -> {
              late.set(true);
              request.cancel();
            },
            limits.timeout().toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      return client.execute(
          request,
          context,
          response ->
              answered(
                  method,
                  response.getCode(),
                  response.getReasonPhrase(),
                  response.getHeaders(HttpHeaders.WWW_AUTHENTICATE)));
    } catch (IOException e) {
      return late.get()
              || e instanceof SocketTimeoutException && !(e instanceof ConnectTimeoutException)
          ? Outcome.fatal(
              "no answer from " + endpoint + " within " + seconds(limits.timeout()) + " s")
          : unanswered(e);
    } finally {
      deadline.cancel(false);
    }
  }

  private Outcome answered(String method, int status, String reason, Header[] challenges) {
    if (status / 100 == 2 || status == 404 && method.equals("DELETE")) {
      return Outcome.DONE;
    }
    if (status == 401 || status == 403) {
      return Outcome.fatal(refusal(status, challenges));
    }
    String problem = "HTTP " + status + (reason == null || reason.isEmpty() ? "" : " " + reason);
    return status >= 500 ? Outcome.serverError(problem, status) : Outcome.rejected(problem, status);
  }

  private String refusal(int status, Header[] challenges) {
    if (!withCredentials) {
      return "the target asks for credentials (HTTP " + status + ") and none were given";
    }
    if (status == 401 && challenges.length == 0) {
      // Only Basic goes unasked; otherwise the credentials wait for a challenge that never came.
      return auth == PushAuth.BASIC
          ? "the target refused the credentials (HTTP 401 without a WWW-Authenticate challenge)"
          : "the target answered HTTP 401 without a WWW-Authenticate challenge, so it named no"
              + " scheme to answer with the credentials; --auth basic sends them up front";
    }
    List<String> offered = new ArrayList<>();
    boolean answerable = false;
    for (Header h : challenges) {
      String scheme = h.getValue().strip().split("[\\s,]", 2)[0];
      offered.add(scheme);
      answerable |= speaks(scheme);
    }
    if (answerable || offered.isEmpty()) {
      return "the target refused the credentials (HTTP " + status + ")";
    }
    boolean known =
        offered.stream().allMatch(s -> s.equalsIgnoreCase("Basic") || s.equalsIgnoreCase("Digest"));
    return "the target refused the credentials (HTTP "
        + status
        + "); it asks for "
        + String.join(", ", offered)
        + (known
            ? ", which --auth " + auth.option() + " does not answer"
            : ", push speaks Basic and Digest");
  }

  /** Whether this target's {@link PushAuth} answers a challenge of {@code scheme}. */
  private boolean speaks(String scheme) {
    return switch (auth) {
      case BASIC -> scheme.equalsIgnoreCase("Basic");
      case DIGEST -> scheme.equalsIgnoreCase("Digest");
      case AUTO -> scheme.equalsIgnoreCase("Basic") || scheme.equalsIgnoreCase("Digest");
    };
  }

  /**
   * No HTTP answer: a refused or broken connection is worth retrying, an unknown host or a TLS
   * failure is not.
   */
  private Outcome unanswered(IOException e) {
    if (e instanceof ConnectTimeoutException) {
      return Outcome.unreachable(
          "cannot connect to " + endpoint + " within " + seconds(limits.connectTimeout()) + " s");
    }
    if (e instanceof UnknownHostException) {
      return Outcome.fatal(
          "cannot connect to " + endpoint + " (unknown host " + e.getMessage() + ")");
    }
    if (e instanceof SSLException) {
      return Outcome.fatal("no TLS connection to " + endpoint + " (" + reason(e) + ")");
    }
    if (e instanceof ConnectException) {
      return Outcome.unreachable("cannot connect to " + endpoint + " (" + reason(e) + ")");
    }
    if (e instanceof InterruptedIOException) {
      return Outcome.fatal("interrupted");
    }
    return Outcome.unreachable("the connection to " + endpoint + " broke (" + reason(e) + ")");
  }

  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage();
    // HttpClient's own messages repeat the address; the last clause is the reason ("Connection
    // refused").
    return m == null
        ? root.getClass().getSimpleName()
        : m.substring(m.lastIndexOf(": ") + 1).strip();
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0
        ? Long.toString(d.toSeconds())
        : Double.toString(d.toMillis() / 1000.0);
  }
}
