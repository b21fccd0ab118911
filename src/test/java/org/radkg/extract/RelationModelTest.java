package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The committed relation model travels in the jar with a record that matches its bytes, and reads candidates. */
class RelationModelTest {
  @Test
  void theCommittedModelMatchesItsRecord() throws Exception {
    byte[] bytes;
    Properties record = new Properties();
    try (InputStream bin = RelationModel.class.getResourceAsStream(RelationModel.RESOURCE);
        InputStream rec = RelationModel.class.getResourceAsStream(RelationModel.RECORD)) {
      assertNotNull(bin, "the model is on the classpath");
      assertNotNull(rec, "its record is on the classpath");
      bytes = bin.readAllBytes();
      record.load(rec);
    }
    assertEquals(record.getProperty("sha256"), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
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
