package org.radkg.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many SPARQL queries may run at once: at most {@code total} over all clients and at most
 * {@code perClient} for one remote address. A query beyond either limit is not queued: {@link
 * #tryEnter} answers null at once and the caller answers 503, so expensive SPARQL can hold at most
 * {@code total} of the server's threads and the pages keep the rest.
 */
final class SparqlGate {
  private final int total;
  private final int perClient;
  private final Semaphore slots;
  private final ConcurrentHashMap<String, AtomicInteger> running = new ConcurrentHashMap<>();

  SparqlGate(int total, int perClient) {
    if (total < 1 || perClient < 1) {
      throw new IllegalArgumentException(
          "query limits must be at least 1: " + total + ", " + perClient);
    }
    this.total = total;
    this.perClient = perClient;
    this.slots = new Semaphore(total);
  }

  /** Why a query was refused, for the 503 message; null when admitted. */
  String refusal(String client) {
    AtomicInteger mine = running.get(client);
    if (mine != null && mine.get() >= perClient) {
      return "you already have "
          + perClient
          + " queries running here, this server's limit per client";
    }
    return "this server is already running " + total + " queries, its limit";
  }

  /**
   * A permit to run one query for {@code client}, or null when a limit is reached; close it when
   * done.
   */
  Permit tryEnter(String client) {
    AtomicInteger mine =
        running.compute(
            client,
            (k, n) -> {
              AtomicInteger c = n == null ? new AtomicInteger() : n;
              c.incrementAndGet();
              return c;
            });
    if (mine.get() > perClient || !slots.tryAcquire()) {
      leave(client);
      return null;
    }
    return new Permit(client);
  }

  private void leave(String client) {
    // Drops the entry at zero so the map holds only clients with queries running.
    running.computeIfPresent(client, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
  }

  /** One admitted query; closing it frees its slot (once). */
  final class Permit implements AutoCloseable {
    private final String client;
    private boolean closed;

    private Permit(String client) {
      this.client = client;
    }

    @Override
    public synchronized void close() {
      if (!closed) {
        closed = true;
        slots.release();
        leave(client);
      }
    }
  }
}
