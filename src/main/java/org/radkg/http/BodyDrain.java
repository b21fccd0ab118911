package org.radkg.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;

/**
 * Reads a request body without holding a thread while it arrives: keeping it, up to a limit, or
 * discarding what is left of one already refused. Past the limit it stops reading and completes
 * exceptionally, without failing the request itself: Jetty's own buffering reader fails the request
 * then, which races the answer and, once the request is recycled, logs a NullPointerException. A
 * server that answers 413 and closes the connection while the client is still sending makes the
 * client's TCP stack receive a reset, and most clients then lose the answer ("header parser
 * received no bytes"): discarding first lets them read why they were refused.
 */
final class BodyDrain implements Runnable {
  private final Content.Source source;
  private final long maxBytes;
  private final ByteArrayOutputStream kept;
  private final CompletableFuture<byte[]> done = new CompletableFuture<>();
  private long seen;

  private BodyDrain(Content.Source source, long maxBytes, boolean keep) {
    this.source = source;
    this.maxBytes = maxBytes;
    this.kept = keep ? new ByteArrayOutputStream() : null;
  }

  /**
   * Completes with the bytes discarded (an empty array) once the body has ended, or exceptionally
   * when it fails or goes past {@code maxBytes}.
   */
  static CompletableFuture<byte[]> discard(Content.Source source, long maxBytes) {
    return start(new BodyDrain(source, maxBytes, false));
  }

  /**
   * Completes with the whole body, or exceptionally with an {@link IllegalStateException} when it
   * has more than {@code maxBytes}, or with the read's failure.
   */
  static CompletableFuture<byte[]> collect(Content.Source source, long maxBytes) {
    return start(new BodyDrain(source, maxBytes, true));
  }

  private static CompletableFuture<byte[]> start(BodyDrain drain) {
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
      ByteBuffer bytes = chunk.getByteBuffer();
      seen += bytes.remaining();
      if (kept != null && seen <= maxBytes) {
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        kept.write(copy, 0, copy.length);
      }
      boolean last = chunk.isLast();
      chunk.release();
      if (seen > maxBytes) {
        done.completeExceptionally(
            new IllegalStateException("more than " + maxBytes + " bytes in the body"));
      } else if (last) {
        done.complete(kept != null ? kept.toByteArray() : new byte[0]);
      }
    }
  }
}
