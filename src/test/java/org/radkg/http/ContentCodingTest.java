package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.radkg.pages.HttpIo;

/** Accept-Encoding weights, entity-tag matching and Vary merging as RFC 9110 reads them. */
class ContentCodingTest {
  @Test
  void acceptEncodingWeights() {
    assertTrue(ContentCoding.acceptsGzip("gzip"));
    assertTrue(ContentCoding.acceptsGzip("gzip, deflate, br"));
    assertTrue(ContentCoding.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
    assertTrue(ContentCoding.acceptsGzip("*"));
    assertTrue(ContentCoding.acceptsGzip("x-gzip"));
    assertFalse(ContentCoding.acceptsGzip(null));
    assertFalse(ContentCoding.acceptsGzip(""));
    assertFalse(ContentCoding.acceptsGzip("identity"));
    assertFalse(ContentCoding.acceptsGzip("br, deflate"));
    assertFalse(ContentCoding.acceptsGzip("gzip;q=0"));
    assertFalse(ContentCoding.acceptsGzip("gzip; q=0.000"));
    assertFalse(ContentCoding.acceptsGzip("*, gzip;q=0"), "an explicit refusal wins over *");
    assertFalse(ContentCoding.acceptsGzip("gzip;q=high"));
  }

  @Test
  void gzipCopiesOnlyWhenTheyPayAndDecodeToTheBody() throws Exception {
    assertNull(ContentCoding.gzipOrNull("short".getBytes(StandardCharsets.UTF_8)));
    byte[] body = "<li>an article</li>\n".repeat(200).getBytes(StandardCharsets.UTF_8);
    byte[] gz = ContentCoding.gzipOrNull(body);
    assertTrue(gz.length < body.length / 10);
    try (var in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      assertArrayEquals(body, in.readAllBytes());
    }
    assertArrayEquals(gz, ContentCoding.gzipOrNull(body), "the same bytes every time");
  }

  @Test
  void entityTagsMatchWeaklyAndPerCoding() {
    String tag = ContentCoding.etag("page".getBytes(StandardCharsets.UTF_8));
    assertTrue(tag.startsWith("\"") && tag.endsWith("\""));
    assertEquals(tag, ContentCoding.etag("page".getBytes(StandardCharsets.UTF_8)));
    assertFalse(tag.equals(ContentCoding.etag("page2".getBytes(StandardCharsets.UTF_8))));
    String gzTag = ContentCoding.gzipTag(tag);
    assertTrue(HttpIo.noneMatch(tag, tag));
    assertTrue(HttpIo.noneMatch("\"other\", W/" + tag, tag));
    assertTrue(HttpIo.noneMatch("*", tag));
    assertFalse(HttpIo.noneMatch(gzTag, tag));
    assertFalse(HttpIo.noneMatch(null, tag));
  }

  @Test
  void varyGainsAcceptEncodingOnce() {
    assertEquals("Accept, Accept-Encoding", ContentCoding.varyWithEncoding(List.of("Accept")));
    assertEquals(
        "Accept, accept-encoding",
        ContentCoding.varyWithEncoding(List.of("Accept, accept-encoding")));
    assertEquals("Accept-Encoding", ContentCoding.varyWithEncoding(List.of()));
    assertEquals(
        "Accept, Origin, Accept-Encoding",
        ContentCoding.varyWithEncoding(List.of("Accept", "Origin")));
  }
}
