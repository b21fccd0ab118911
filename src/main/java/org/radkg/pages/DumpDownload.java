package org.radkg.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends one dump file as harvesters expect a large download: streamed from disk, with a strong
 * {@code ETag} (its SHA-256, the same as in {@code SHA256SUMS}), {@code Last-Modified}, conditional
 * requests answered 304, and one byte range ({@code Range: bytes=...}, honoured only while {@code
 * If-Range} still names this file) answered 206, or 416 when it lies outside the file.
 */
final class DumpDownload {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  private DumpDownload() {}

  /**
   * Answers {@code req} with {@code file}, whose SHA-256 is {@code sha256} (hex) and media type
   * {@code type}.
   */
  static void send(
      HttpServletRequest req,
      HttpServletResponse resp,
      Path file,
      String sha256,
      String type,
      boolean head)
      throws IOException {
    long length = Files.size(file);
    Instant modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
    String etag = "\"" + sha256 + "\"";
    resp.setHeader("ETag", etag);
    resp.setHeader("Last-Modified", httpDate(modified));
    resp.setHeader("Accept-Ranges", "bytes");
    resp.setHeader("Cache-Control", "public, max-age=300");
    if (notModified(req, etag, modified)) {
      resp.setStatus(304);
      return;
    }
    long first = 0;
    long last = length - 1;
    String range = req.getHeader("Range");
    String ifRange = req.getHeader("If-Range");
    boolean partial =
        range != null
            && (ifRange == null || ifRange.equals(etag) || ifRange.equals(httpDate(modified)));
    if (partial) {
      Matcher m = RANGE.matcher(range.trim());
      if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
        partial = false; // several ranges or another unit: the whole file, as RFC 9110 allows
      } else if (m.group(1).isEmpty()) { // the last N bytes
        long n = Math.min(Long.parseLong(m.group(2)), length);
        first = length - n;
      } else {
        first = Long.parseLong(m.group(1));
        if (!m.group(2).isEmpty()) {
          last = Math.min(Long.parseLong(m.group(2)), length - 1);
        }
        if (first >= length || first > last) {
          resp.setHeader("Content-Range", "bytes */" + length);
          resp.setStatus(416);
          return;
        }
      }
    }
    resp.setContentType(type);
    if (partial) {
      resp.setStatus(206);
      resp.setHeader("Content-Range", "bytes " + first + "-" + last + "/" + length);
    } else {
      resp.setStatus(200);
      first = 0;
      last = length - 1;
    }
    long count = Math.max(0, last - first + 1);
    resp.setContentLengthLong(count);
    if (head || count == 0) {
      return;
    }
    try (SeekableByteChannel ch = Files.newByteChannel(file);
        OutputStream out = resp.getOutputStream()) {
      ch.position(first);
      InputStream in = Channels.newInputStream(ch);
      byte[] buf = new byte[64 * 1024];
      long left = count;
      while (left > 0) {
        int n = in.read(buf, 0, (int) Math.min(buf.length, left));
        if (n < 0) {
          break;
        }
        out.write(buf, 0, n);
        left -= n;
      }
    }
  }

  private static boolean notModified(HttpServletRequest req, String etag, Instant modified) {
    String none = req.getHeader("If-None-Match");
    if (none != null) {
      // If-Modified-Since is ignored when If-None-Match is present (RFC 9110).
      return HttpIo.noneMatch(none, etag);
    }
    String since = req.getHeader("If-Modified-Since");
    if (since != null) {
      try {
        Instant t = DateTimeFormatter.RFC_1123_DATE_TIME.parse(since, Instant::from);
        return !modified.isAfter(t);
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return false;
  }

  static String httpDate(Instant t) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
  }
}
