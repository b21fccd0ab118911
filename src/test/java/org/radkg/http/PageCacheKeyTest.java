package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;

/**
 * The page cache keys on the parameters the pages read: unknown ones neither grow it nor bypass it.
 */
class PageCacheKeyTest {
  private final Dataset generation = DatasetFactory.create();
  private final PageCache cache = new PageCache(1L << 20, List.of("page"));
  private final AtomicInteger renders = new AtomicInteger();

  @Test
  void aThousandUnknownParametersShareOneEntry() throws Exception {
    for (int i = 0; i < 1000; i++) {
      assertEquals("page 1", get("x=" + i + "&utm_source=" + (i * 7), null));
    }
    assertEquals(1, renders.get(), "rendered once, then answered from the cache");
    assertEquals(1, cache.size());
  }

  @Test
  void theParametersPagesReadStillTellPagesApart() throws Exception {
    assertEquals("page 1", get(null, null));
    assertEquals("page 2", get("page=2&x=1", "2"));
    assertEquals("page 2", get("x=2&page=2", "2"));
    assertEquals("page 1", get("x=3", null));
    assertEquals(2, renders.get());
    assertEquals(2, cache.size());
  }

  /**
   * GET /id/organization/acr?{query} through the cache; {@code page} is what the container decoded.
   */
  private String get(String query, String page) throws Exception {
    HttpServletRequest req =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getQueryString" -> query;
                      case "getParameterValues" ->
                          "page".equals(args[0]) && page != null ? new String[] {page} : null;
                      case "getParameter" -> "page".equals(args[0]) ? page : null;
                      case "getMethod" -> "GET";
                      default -> null;
                    });
    FakeResponse resp = new FakeResponse();
    cache.serve(
        req,
        resp.proxy,
        generation,
        "http://localhost/",
        "/id/organization/acr",
        false,
        r -> {
          renders.incrementAndGet();
          r.setStatus(200);
          r.setHeader("Content-Type", "text/plain; charset=utf-8");
          r.getOutputStream()
              .write(("page " + (page == null ? "1" : page)).getBytes(StandardCharsets.UTF_8));
        });
    return resp.body.toString(StandardCharsets.UTF_8);
  }

  /** Just enough of a servlet response: status, headers and a body in memory. */
  private static final class FakeResponse {
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    final Map<String, List<String>> headers = new LinkedHashMap<>();
    int status = 200;
    final HttpServletResponse proxy =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (p, method, args) ->
                    switch (method.getName()) {
                      case "setStatus" -> {
                        status = (Integer) args[0];
                        yield null;
                      }
                      case "getStatus" -> status;
                      case "isCommitted" -> false;
                      case "setHeader" -> {
                        if (args[1] == null) {
                          headers.remove(args[0]);
                        } else {
                          headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                        }
                        yield null;
                      }
                      case "addHeader" -> {
                        headers
                            .computeIfAbsent((String) args[0], k -> new ArrayList<>())
                            .add((String) args[1]);
                        yield null;
                      }
                      case "getHeaderNames" -> (Collection<String>) List.copyOf(headers.keySet());
                      case "getHeaders" ->
                          (Collection<String>) headers.getOrDefault(args[0], List.of());
                      case "getHeader" ->
                          headers.containsKey(args[0]) ? headers.get(args[0]).get(0) : null;
                      case "getOutputStream" ->
                          new ServletOutputStream() {
                            @Override
                            public void write(int b) {
                              body.write(b);
                            }

                            @Override
                            public boolean isReady() {
                              return true;
                            }

                            @Override
                            public void setWriteListener(WriteListener listener) {}
                          };
                      case "getCharacterEncoding" -> "utf-8";
                      default -> null;
                    });
  }
}
