package org.radkg.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a request's body in full, without holding a thread while it arrives, before the servlets
 * see the request; a body still incomplete after the deadline is answered 408 and its connection
 * closed, one larger than the limit 413 (one declared larger after discarding it, see {@link
 * BodyDrain}). A client sending a byte every few seconds thus costs a connection, never one of the
 * threads the pages need.
 */
final class WholeBodyHandler extends Handler.Wrapper {
  private static final Logger LOG = LoggerFactory.getLogger(WholeBodyHandler.class);

  /**
   * A refused body up to this size is read and thrown away before the answer, so that the client
   * sees the 413 rather than a reset connection; a larger one is answered at once.
   */
  static final long DISCARD_BYTES = 16L * 1024 * 1024;

  private final long maxBytes;
  private final Duration deadline;

  WholeBodyHandler(Handler next, long maxBytes, Duration deadline) {
    super(next);
    this.maxBytes = maxBytes;
    this.deadline = deadline;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long length = request.getLength();
    boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    if (length <= 0 && !chunked) {
      return super.handle(request, response, callback);
    }
    if (length > maxBytes) {
      // Declared too large: the servlets answer 413 naming the request, after the body is
      // discarded (so the client can read that answer) unless it is too large even for that.
      if (length > DISCARD_BYTES) {
        return super.handle(request, response, callback);
      }
      afterDiscarding(request, () -> handleWith(request, response, callback));
      return true;
    }
    BodyDrain.collect(request, maxBytes)
        .orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete(
            (body, failure) -> {
              if (failure == null) {
                request
                    .getComponents()
                    .getExecutor()
                    .execute(
                        () -> handleWith(new BufferedRequest(request, body), response, callback));
              } else {
                refuse(request, response, callback, failure);
              }
            });
    return true;
  }

  /**
   * Runs {@code next} on the server's executor once the rest of the request's body is discarded, or
   * once the deadline or {@link #DISCARD_BYTES} is passed (then the connection is closed anyway).
   */
  private void afterDiscarding(Request request, Runnable next) {
    BodyDrain.discard(request, DISCARD_BYTES)
        .orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete(
            (bytes, failure) -> {
              if (failure != null) {
                request.fail(failure); // stops reading what the client still sends
              }
              request.getComponents().getExecutor().execute(next);
            });
  }

  private void handleWith(Request request, Response response, Callback callback) {
    try {
      if (!super.handle(request, response, callback)) {
        Response.writeError(request, response, callback, 404);
      }
    } catch (Throwable e) {
      callback.failed(e);
    }
  }

  private void refuse(Request request, Response response, Callback callback, Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    String target = request.getMethod() + " " + Request.getPathInContext(request);
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    if (cause instanceof TimeoutException) {
      LOG.info(
          "{} from {} dropped: body not received within {} s",
          target,
          Request.getRemoteAddr(request),
          deadline.toSeconds());
      request.fail(cause); // stops reading what the client still sends
      Response.writeError(
          request,
          response,
          callback,
          408,
          target + ": the request body did not arrive within " + deadline.toSeconds() + " s.");
    } else if (cause instanceof IOException) {
      callback.failed(cause); // the client went away or sent a malformed body
    } else {
      // More than the limit: the rest of the body is not read (the connection is closed after the
      // answer).
      Response.writeError(
          request,
          response,
          callback,
          413,
          target
              + ": the request body is more than this server's limit of "
              + maxBytes
              + " bytes; send a shorter query.");
    }
  }

  /** The request with its body replayed from memory. */
  private static final class BufferedRequest extends Request.Wrapper {
    private final ByteBufferContentSource body;

    BufferedRequest(Request request, byte[] bytes) {
      super(request);
      this.body = new ByteBufferContentSource(ByteBuffer.wrap(bytes));
    }

    @Override
    public Content.Chunk read() {
      return body.read();
    }

    @Override
    public void demand(Runnable demandCallback) {
      body.demand(demandCallback);
    }

    @Override
    public void fail(Throwable failure) {
      body.fail(failure);
    }

    @Override
    public boolean consumeAvailable() {
      while (true) {
        Content.Chunk c = body.read();
        if (c == null || c.isLast()) {
          return true;
        }
      }
    }
  }
}
