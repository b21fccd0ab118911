package org.radkg.store;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Compresses bytes into one complete gzip member (RFC 1952) with no file name and a zero mtime, so the
 * bytes depend only on the content; members concatenated form a valid multi-member gzip file.
 */
final class GzipMember {
  /** Header: magic, deflate, no flags, mtime 0, no extra flags, OS 0 (as {@code GZIPOutputStream}). */
  private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0};
  /** A deflater per thread, reset between members: creating one per graph fragment costs more than the fragment. */
  private static final ThreadLocal<Deflater> DEFLATER =
      ThreadLocal.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION, true));

  private GzipMember() {}

  static byte[] compress(byte[] data) {
    Deflater d = DEFLATER.get();
    d.reset();
    d.setInput(data);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
    out.writeBytes(HEADER);
    byte[] buf = new byte[1 << 15];
    while (!d.finished()) {
      int n = d.deflate(buf);
      out.write(buf, 0, n);
    }
    CRC32 crc = new CRC32();
    crc.update(data);
    writeIntLe(out, (int) crc.getValue());
    writeIntLe(out, data.length); // ISIZE: the length modulo 2^32
    return out.toByteArray();
  }

  private static void writeIntLe(ByteArrayOutputStream out, int v) {
    out.write(v);
    out.write(v >>> 8);
    out.write(v >>> 16);
    out.write(v >>> 24);
  }
}
