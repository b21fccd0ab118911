package org.radkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes a command writes with a library that wants an {@link OutputStream} (Jena's RDF writers,
 * the network writers, query results), decoded as UTF-8 into the command's picocli {@link
 * PrintWriter}: {@link Main} makes that writer encode UTF-8 to standard output, so the bytes that
 * reach it are the bytes written here, and a test that sets a {@code StringWriter} reads them as
 * text. {@link #close()} flushes and leaves the writer open.
 */
final class CommandOutputStream extends OutputStream {
  private final PrintWriter out;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  private boolean closed;

  CommandOutputStream(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      int n = Math.min(len, bytes.remaining());
      bytes.put(b, off, n);
      off += n;
      len -= n;
      decode(false);
    }
  }

  /**
   * Decodes the whole characters among the bytes held; the start of a character cut by the buffer
   * waits for the rest.
   */
  private void decode(boolean endOfInput) {
    bytes.flip();
    CoderResult r;
    do {
      r = decoder.decode(bytes, chars, endOfInput);
      drain();
    } while (r.isOverflow());
    bytes.compact();
  }

  private void drain() {
    chars.flip();
    out.write(chars.array(), 0, chars.limit());
    chars.clear();
  }

  @Override
  public void flush() {
    out.flush();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    decode(true);
    decoder.flush(chars);
    drain();
    out.flush();
  }
}
