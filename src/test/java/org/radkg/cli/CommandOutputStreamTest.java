package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Bytes written to a command's output stream reach its PrintWriter as the characters they encode.
 */
class CommandOutputStreamTest {
  private static final String TEXT =
      "caf\u00e9 \u2713 \ud834\udd1e <https://w3id.org/radkg/id/x> \"Soci\u00e9t\u00e9\"@fr .\n";

  @Test
  void charactersCutBetweenWritesArriveWhole() throws Exception {
    byte[] utf8 = TEXT.repeat(5000).getBytes(StandardCharsets.UTF_8);
    for (int chunk : new int[] {1, 2, 3, 7, 65536, utf8.length}) {
      StringWriter text = new StringWriter();
      CommandOutputStream out = new CommandOutputStream(new PrintWriter(text));
      for (int i = 0; i < utf8.length; i += chunk) {
        out.write(utf8, i, Math.min(chunk, utf8.length - i));
      }
      out.close();
      assertEquals(TEXT.repeat(5000), text.toString(), "chunks of " + chunk);
    }
  }
}
