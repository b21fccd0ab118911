package org.radkg.dump;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.WriterDatasetRIOT;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.radkg.canonical.CanonicalQuads;

/**
 * The RIOT writer of one {@link DumpFormat}: writes the dump's parts ({@link DumpParts}) one after
 * the other, so its output is the dump file before gzip. radkg's prefixes are fixed ({@code
 * Rkg.PREFIXES}): the prefix map and base given by RIOT are not used.
 */
final class DumpDatasetWriter implements WriterDatasetRIOT {
  private final DumpFormat format;
  private final Lang lang;

  DumpDatasetWriter(DumpFormat format, Lang lang) {
    this.format = format;
    this.lang = lang;
  }

  @Override
  public Lang getLang() {
    return lang;
  }

  @Override
  public void write(
      OutputStream out, DatasetGraph dsg, PrefixMap prefixMap, String baseURI, Context context) {
    UnionSplit split = UnionSplit.of(CanonicalQuads.of(dsg));
    try {
      for (DumpAssembler.Part part : DumpParts.of(format, split)) {
        out.write(part.text().get());
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(
      Writer out, DatasetGraph dsg, PrefixMap prefixMap, String baseURI, Context context) {
    UnionSplit split = UnionSplit.of(CanonicalQuads.of(dsg));
    try {
      for (DumpAssembler.Part part : DumpParts.of(format, split)) {
        out.write(new String(part.text().get(), StandardCharsets.UTF_8));
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
