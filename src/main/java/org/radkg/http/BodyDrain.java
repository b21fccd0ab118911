package org.radkg.http;

import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;

/**
 * Reads and discards what is left of a request body, at most a bound, without holding a thread
 * while it arrives. A server that answers 413 and closes the connection while the client is still
 * sending makes the client's TCP stack receive a reset, and most clients then lose the answer
 * ("header parser received no bytes") instead of reading why they were refused.
 */
final class BodyDrain implements Runnable {
  private final Content.Source source;
  private final long maxBytes;
  private final CompletableFuture<Long> done = new CompletableFuture<>();
  private long seen;

  private BodyDrain(Content.Source source, long maxBytes) {
    this.source = source;
    this.maxBytes = maxBytes;
  }

  /**
   * Completes with the bytes discarded once the body has ended, or exceptionally when it fails or
   * goes past {@code maxBytes}.
   */
  static CompletableFuture<Long> discard(Content.Source source, long maxBytes) {
    BodyDrain drain = new BodyDrain(source, maxBytes);
    drain.run();
    return drain.done;
  }

  @Override
  public void run() {
    while (!done.isDone()) {
      Content.Chunk chunk = source.read();
      if (chunk == null) {
        source.demand(this);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        done.completeExceptionally(chunk.getFailure());
        return;
      }
      seen += chunk.remaining();
      boolean last = chunk.isLast();
      chunk.release();
      if (last) {
        done.complete(seen);
      } else if (seen > maxBytes) {
        done.completeExceptionally(
            new IllegalStateException("more than " + maxBytes + " bytes to discard"));
      }
    }
  }
}
