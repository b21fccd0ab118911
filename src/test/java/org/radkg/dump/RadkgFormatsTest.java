package org.radkg.dump;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.store.Fixture;

/**
 * The RIOT writers of {@link RadkgFormats} write each dump's bytes (before gzip), and what they
 * write reads back as the data.
 */
class RadkgFormatsTest {
  @TempDir Path dir;

  @Test
  void everyDumpFormatIsRegisteredOnce() {
    RadkgFormats.init();
    RadkgFormats.init();
    for (DumpFormat f : DumpFormat.values()) {
      assertTrue(RDFWriterRegistry.contains(RadkgFormats.of(f)), f.name());
      assertTrue(
          RDFWriterRegistry.registeredDatasetFormats().contains(RadkgFormats.of(f)), f.name());
    }
  }

  @Test
  void theWritersWriteTheDumpsUnzipped() throws Exception {
    DatasetGraph data = Fixture.dataset(false);
    new DumpWriter(PublicationSettings.defaults()).write(data, dir);
    for (DumpFormat f : DumpFormat.values()) {
      byte[] dump;
      try (InputStream in =
          new GZIPInputStream(Files.newInputStream(dir.resolve("dumps").resolve(f.fileName())))) {
        dump = in.readAllBytes();
      }
      assertArrayEquals(dump, write(data, RadkgFormats.of(f)), f.name());
      // A reversed insertion order gives the same bytes: the writers sort.
      assertArrayEquals(
          dump, write(Fixture.dataset(true), RadkgFormats.of(f)), f.name() + " reversed");
      StringWriter chars = new StringWriter();
      RDFWriter.source(data).format(RadkgFormats.of(f)).build().output(chars);
      assertEquals(
          new String(dump, StandardCharsets.UTF_8),
          chars.toString(),
          f.name() + " through a Writer");
    }
  }

  @Test
  void whatTheyWriteReadsBackAsTheData() {
    DatasetGraph data = Fixture.dataset(false);
    for (DumpFormat f : DumpFormat.values()) {
      RDFFormat format = RadkgFormats.of(f);
      byte[] bytes = write(data, format);
      if (f == DumpFormat.TURTLE || f == DumpFormat.RDFXML) {
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.getLang()).parse(parsed);
        assertTrue(
            IsoMatcher.isomorphic(data.getUnionGraph(), parsed), f + " holds the union graph");
      } else {
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.getLang()).parse(parsed);
        assertTrue(IsoMatcher.isomorphic(data, parsed), f + " holds the dataset");
      }
    }
  }

  private static byte[] write(DatasetGraph data, RDFFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, data, format);
    return out.toByteArray();
  }
}
