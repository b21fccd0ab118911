package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A relation model in the jar travels with a record that matches its bytes; without one (none is
 * committed while the model adds nothing on held-out text) the extractor reads with the rules
 * alone.
 */
class RelationModelTest {
  @Test
  void aModelInTheJarMatchesItsRecordAndNoneMeansTheRulesAlone() throws Exception {
    byte[] bytes;
    Properties record = new Properties();
    try (InputStream bin = RelationModel.class.getResourceAsStream(RelationModel.RESOURCE);
        InputStream rec = RelationModel.class.getResourceAsStream(RelationModel.RECORD)) {
      if (bin == null) {
        assertTrue(!RelationModel.fromClasspath().active(), "no model in the jar: the rules alone");
        return;
      }
      assertNotNull(rec, "its record is on the classpath");
      bytes = bin.readAllBytes();
      record.load(rec);
    }
    assertEquals(
        record.getProperty("sha256"),
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    RelationModel model = RelationModel.fromClasspath();
    assertTrue(model.active());
    assertTrue(model.version().startsWith("relation-maxent-"), model.version());
    assertTrue(model.threshold() > 0 && model.threshold() <= 1, "threshold " + model.threshold());
  }

  @Test
  void theOffModelReadsNothing() {
    assertTrue(!RelationModel.OFF.active());
    assertEquals(null, RelationModel.OFF.best(java.util.List.of("t=OO>")));
  }
}
