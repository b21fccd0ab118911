package org.radkg.push;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Consumer;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * A remote store spoken to through the SPARQL 1.1 Graph Store Protocol (Fuseki, GraphDB, Virtuoso,
 * Neptune, Stardog): PUT replaces one named graph, DELETE removes one; server errors (5xx) and
 * broken connections are retried with exponential backoff, anything else fails at once.
 */
public final class GraphStoreTarget {
  private final String endpoint;
  private final String authorization;
  private final HttpClient client;
  private final int retries;
  private final Duration firstBackoff;
  private final Consumer<String> log;

  /**
   * @param endpoint the GSP address (e.g. {@code http://host:3030/ds/data} or the dataset's own URL)
   * @param user the HTTP basic user, or null for none
   * @param password its password (required with a user)
   * @param retries how many times to retry a request after a 5xx status or a broken connection
   * @param log where retry notices go (never the password)
   */
  public GraphStoreTarget(String endpoint, String user, String password, int retries, Duration firstBackoff, Consumer<String> log) {
    this.endpoint = endpoint;
    this.authorization = user == null ? null
        : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    // Jena's GSP sends extra headers with PUT but not with DELETE: the authenticator answers the 401 challenge there.
    HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30));
    if (user != null) {
      b.authenticator(new Authenticator() {
        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
          return new PasswordAuthentication(user, password.toCharArray());
        }
      });
    }
    this.client = b.build();
    this.retries = retries;
    this.firstBackoff = firstBackoff;
    this.log = log;
  }

  public String endpoint() {
    return endpoint;
  }

  /** Replaces the named graph {@code iri} with {@code graph}. */
  public void put(String iri, Graph graph) throws PushException {
    withRetries("PUT " + iri, () -> request(iri).PUT(graph));
  }

  /** Removes the named graph {@code iri}; one already gone (404) counts as removed. */
  public void delete(String iri) throws PushException {
    withRetries("DELETE " + iri, () -> {
      try {
        request(iri).DELETE();
      } catch (HttpException e) {
        if (e.getStatusCode() != 404) {
          throw e;
        }
      }
    });
  }

  private GSP request(String iri) {
    GSP gsp = GSP.service(endpoint).httpClient(client).graphName(iri);
    if (authorization != null) {
      // Sent up front: a 401 challenge round trip per graph would double the requests.
      gsp.httpHeader("Authorization", authorization);
    }
    return gsp;
  }

  private void withRetries(String what, Runnable call) throws PushException {
    long wait = firstBackoff.toMillis();
    for (int attempt = 0; ; attempt++) {
      try {
        call.run();
        return;
      } catch (HttpException e) {
        int status = e.getStatusCode();
        boolean transient_ = status <= 0 || status >= 500;
        if (!transient_ || attempt >= retries) {
          throw new PushException(what + ": " + describe(status, e), status, e);
        }
        log.accept(what + ": " + describe(status, e) + "; retrying in " + wait + " ms");
      }
      try {
        Thread.sleep(wait);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw new PushException(what + ": interrupted", -1, ie);
      }
      wait *= 2;
    }
  }

  private static String describe(int status, HttpException e) {
    if (status == 401 || status == 403) {
      return "the target refused the credentials (HTTP " + status + ")";
    }
    if (status <= 0) {
      return "cannot connect (" + (e.getCause() != null ? e.getCause() : e.getMessage()) + ")";
    }
    return "HTTP " + status + (e.getStatusLine() != null ? " " + e.getStatusLine() : "");
  }
}
