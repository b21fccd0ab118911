package org.radkg.dump;

import java.util.EnumMap;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFFormatVariant;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.WriterDatasetRIOTFactory;

/**
 * radkg's own variants of the RDF formats, registered with RIOT's {@link RDFWriterRegistry}: the
 * dumps' layout (sorted, prefixed, streamed graph by graph), so that {@code RDFDataMgr.write(out,
 * dataset, RadkgFormats.TURTLE)} writes the bytes of the Turtle dump. Turtle and RDF/XML write the
 * union of the dataset's graphs. Registration happens once, when this class is first used.
 */
public final class RadkgFormats {
  private static final RDFFormatVariant DUMP = new RDFFormatVariant("radkg-dump");

  public static final RDFFormat NQUADS = new RDFFormat(Lang.NQUADS, DUMP);
  public static final RDFFormat TRIG = new RDFFormat(Lang.TRIG, DUMP);
  public static final RDFFormat TURTLE = new RDFFormat(Lang.TURTLE, DUMP);
  public static final RDFFormat JSONLD = new RDFFormat(Lang.JSONLD, DUMP);
  public static final RDFFormat RDFXML = new RDFFormat(Lang.RDFXML, DUMP);

  private static final Map<DumpFormat, RDFFormat> BY_DUMP =
      new EnumMap<>(
          Map.of(
              DumpFormat.NQUADS,
              NQUADS,
              DumpFormat.TRIG,
              TRIG,
              DumpFormat.TURTLE,
              TURTLE,
              DumpFormat.JSONLD,
              JSONLD,
              DumpFormat.RDFXML,
              RDFXML));

  static {
    BY_DUMP.forEach(
        (dump, format) ->
            RDFWriterRegistry.register(
                format,
                (WriterDatasetRIOTFactory) f -> new DumpDatasetWriter(dump, format.getLang())));
  }

  private RadkgFormats() {}

  /** Makes sure the formats are registered (the class's static initializer does it, once). */
  public static void init() {}

  /** The format whose writer writes {@code dump}'s bytes (before gzip). */
  public static RDFFormat of(DumpFormat dump) {
    return BY_DUMP.get(dump);
  }
}
