package org.radkg.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.radkg.pages.HttpIo;

/**
 * The front check of every request's percent-encoding: a path, query string or form body that does
 * not decode answers 400 naming the part before any handler (or Fuseki) decodes it; a form body is
 * read and decoded here, once, and its parameters handed on with this wrapper.
 */
final class StrictlyDecodedRequest extends HttpServletRequestWrapper {
  private static final String FORM = "application/x-www-form-urlencoded";

  private final Map<String, String[]> parameters;

  private StrictlyDecodedRequest(
      HttpServletRequest request, byte[] body, Map<String, String[]> parameters) {
    super(new BufferedBodyRequest(request, body));
    this.parameters = Collections.unmodifiableMap(parameters);
  }

  /**
   * The request to go on with (this wrapper for a form POST, else {@code req} itself), or null when
   * its encoding is malformed and it was answered 400.
   */
  static HttpServletRequest check(HttpServletRequest req, HttpServletResponse resp, String path)
      throws IOException {
    String what = req.getMethod() + " " + path;
    try {
      try {
        // Jetty's default URI compliance refuses such paths before any filter; this holds if it is
        // relaxed.
        UrlEncodedForm.decode(path, false);
      } catch (UrlEncodedForm.Malformed e) {
        throw new UrlEncodedForm.Malformed(
            "the path has malformed percent-encoding: " + e.getMessage());
      }
      Map<String, List<String>> query = UrlEncodedForm.parse(req.getQueryString());
      String type = req.getContentType();
      if (!"POST".equals(req.getMethod())
          || type == null
          || !type.toLowerCase(Locale.ROOT).startsWith(FORM)) {
        return req;
      }
      // RequestLimits has refused longer declared bodies, and chunked forms, already.
      byte[] body = req.getInputStream().readNBytes((int) RequestLimits.MAX_BODY_BYTES);
      Map<String, String[]> all = new LinkedHashMap<>();
      query.forEach((k, v) -> all.put(k, v.toArray(String[]::new)));
      try {
        UrlEncodedForm.parse(utf8(body))
            .forEach(
                (k, v) -> all.merge(k, v.toArray(String[]::new), StrictlyDecodedRequest::concat));
      } catch (UrlEncodedForm.Malformed e) {
        throw new UrlEncodedForm.Malformed("in the form body, " + e.getMessage());
      }
      return new StrictlyDecodedRequest(req, body, all);
    } catch (UrlEncodedForm.Malformed e) {
      HttpIo.sendText(resp, HttpServletResponse.SC_BAD_REQUEST, what + ": " + e.getMessage());
      return null;
    }
  }

  private static String utf8(byte[] body) {
    String text = UrlEncodedForm.utf8OrNull(body);
    if (text == null) {
      throw new UrlEncodedForm.Malformed(
          "bytes that are not UTF-8 (send the form percent-encoded)");
    }
    return text;
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Override
  public String getParameter(String name) {
    String[] values = parameters.get(name);
    return values == null ? null : values[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return parameters;
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(parameters.keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    String[] values = parameters.get(name);
    return values == null ? null : values.clone();
  }
}
