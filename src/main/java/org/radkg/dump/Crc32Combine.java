package org.radkg.dump;

/**
 * The CRC-32 of a concatenation from the CRC-32s of its two parts and the second part's length,
 * without the bytes: a port of zlib's {@code crc32_combine} (crc32.c, zlib 1.2.x, Mark Adler:
 * multiplying by the GF(2) matrix of "append one zero bit", squared to append 2^k zero bytes).
 *
 * <p>A dump's gzip trailer needs the CRC of all its text, and reused pieces are copied compressed.
 */
final class Crc32Combine {
  private static final int GF2_DIM = 32;

  private Crc32Combine() {}

  /** The CRC-32 of A followed by B, given CRC-32(A), CRC-32(B) and B's length in bytes. */
  static long combine(long crc1, long crc2, long len2) {
    if (len2 <= 0) {
      return crc1;
    }
    long[] even = new long[GF2_DIM]; // operator for 2^n zero bits, n even
    long[] odd = new long[GF2_DIM]; // operator for 2^n zero bits, n odd
    odd[0] = 0xedb88320L; // the CRC-32 polynomial, reflected: the operator for one zero bit
    long row = 1;
    for (int n = 1; n < GF2_DIM; n++) {
      odd[n] = row;
      row <<= 1;
    }
    square(even, odd); // two zero bits
    square(odd, even); // four zero bits
    // Appends len2 zero bytes to crc1: the first squaring gives one zero byte (8 bits).
    do {
      square(even, odd);
      if ((len2 & 1) != 0) {
        crc1 = times(even, crc1);
      }
      len2 >>= 1;
      if (len2 == 0) {
        break;
      }
      square(odd, even);
      if ((len2 & 1) != 0) {
        crc1 = times(odd, crc1);
      }
      len2 >>= 1;
    } while (len2 != 0);
    return (crc1 ^ crc2) & 0xffffffffL;
  }

  private static long times(long[] mat, long vec) {
    long sum = 0;
    for (int i = 0; vec != 0; i++, vec >>>= 1) {
      if ((vec & 1) != 0) {
        sum ^= mat[i];
      }
    }
    return sum;
  }

  private static void square(long[] square, long[] mat) {
    for (int n = 0; n < GF2_DIM; n++) {
      square[n] = times(mat, mat[n]);
    }
  }
}
