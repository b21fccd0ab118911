package org.radkg.dump;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A run of text compressed as a self-contained, byte-aligned piece of a raw deflate stream, with
 * the CRC-32 and length of the text: pieces concatenated, between {@link #HEADER} and {@link
 * #writeEnd}, form ONE gzip member (RFC 1952), as zlib's gzjoin and pigz join theirs.
 *
 * <p>One member, not one per piece, because {@code GZIPInputStream} before JDK 23 (JDK-7036144) may
 * stop after the first member of a network stream, silently truncating a multi-member dump.
 */
record DeflatePiece(byte[] compressed, int length, long crc32) {
  /**
   * Magic, deflate, no flags, mtime 0, no extra flags, OS 0 (as {@code GZIPOutputStream}): no date
   * in the bytes.
   */
  static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0};

  /**
   * A final empty block with fixed codes (BFINAL 1, BTYPE 01, end-of-block), as gzjoin ends a
   * stream.
   */
  private static final byte[] LAST_BLOCK = {0x03, 0x00};

  /**
   * A deflater per thread, reset between pieces: creating one per piece costs more than a small
   * piece.
   */
  private static final ThreadLocal<Deflater> DEFLATER =
      ThreadLocal.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION, true));

  /**
   * Compresses {@code data} from a fresh state and ends with a full flush, never {@code finish()}:
   * the piece ends on a byte boundary with no final block, and the next piece refers to nothing in
   * it.
   */
  static DeflatePiece compress(byte[] data) {
    Deflater d = DEFLATER.get();
    d.reset();
    d.setInput(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
    byte[] buf = new byte[1 << 15];
    int n;
    do { // a full buffer means the flush may not be complete (Deflater#deflate's contract)
      n = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
      out.write(buf, 0, n);
    } while (n == buf.length);
    CRC32 crc = new CRC32();
    crc.update(data);
    return new DeflatePiece(out.toByteArray(), data.length, crc.getValue());
  }

  /**
   * Ends the member after the last piece: the final block and the trailer (CRC-32 and length mod
   * 2^32 of all the text).
   */
  static void writeEnd(OutputStream out, long crc32, long length) throws IOException {
    out.write(LAST_BLOCK);
    writeIntLe(out, (int) crc32);
    writeIntLe(out, (int) length);
  }

  private static void writeIntLe(OutputStream out, int v) throws IOException {
    out.write(v);
    out.write(v >>> 8);
    out.write(v >>> 16);
    out.write(v >>> 24);
  }
}
