package org.radkg.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answers to requests it refuses before any servlet runs (a path with malformed
 * percent-encoding, an ambiguous path, a bad request line): the same security headers as every
 * other response, and a plain-text body that names the problem instead of Jetty's HTML page.
 */
final class SiteErrorHandler extends ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    SecurityHeaders.apply(response.getHeaders());
    return super.handle(request, response, callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.apply(fields);
    fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    String text =
        status
            + " "
            + (reason == null || reason.isBlank() ? "Bad Request" : reason)
            + ": the request could not be read (check the percent-encoding of the path).\n";
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }
}
