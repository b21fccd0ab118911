package org.radkg.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class Crc32CombineTest {
  @Test
  void combinedCrcsEqualTheCrcOfTheConcatenationIncludingEmptyPieces() {
    Random random = new Random(7036144);
    for (int round = 0; round < 200; round++) {
      CRC32 whole = new CRC32();
      long combined = 0;
      int pieces = 1 + random.nextInt(6);
      for (int p = 0; p < pieces; p++) {
        // Empty pieces, single bytes, and lengths with many bits set (up to 70,000 bytes).
        int length =
            switch (random.nextInt(4)) {
              case 0 -> 0;
              case 1 -> 1 + random.nextInt(3);
              default -> random.nextInt(70_000);
            };
        byte[] data = new byte[length];
        random.nextBytes(data);
        whole.update(data);
        CRC32 piece = new CRC32();
        piece.update(data);
        combined = Crc32Combine.combine(combined, piece.getValue(), length);
      }
      assertEquals(whole.getValue(), combined, "round " + round);
    }
  }

  @Test
  void aLengthBeyondTwoToTheThirtyTwoIsCombinedAsZerosAppended() {
    // Appending 2^32 + 5 zero bytes then XOR of crc2 must equal doing it in two steps.
    long crc1 = 0xcbf43926L; // CRC-32 of "123456789"
    long direct = Crc32Combine.combine(crc1, 0, (1L << 32) + 5);
    long stepwise = Crc32Combine.combine(Crc32Combine.combine(crc1, 0, 1L << 32), 0, 5);
    assertEquals(stepwise, direct);
  }
}
