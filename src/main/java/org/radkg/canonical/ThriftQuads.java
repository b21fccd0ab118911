package org.radkg.canonical;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Quads in RDF Thrift and back, lexical forms and blank node labels as they were: the form spilled
 * and cached canonical graphs keep their quads in, which Jena decodes 2-3x faster than it tokenizes
 * N-Quads.
 */
final class ThriftQuads {
  private ThriftQuads() {}

  /** {@code quads} in RDF Thrift. */
  static byte[] encode(List<Quad> quads) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // Not RDF_THRIFT_VALUES: that stores numbers as values, which would change "01" to "1".
    StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT);
    writer.start();
    quads.forEach(writer::quad);
    writer.finish();
    return out.toByteArray();
  }

  /** The {@code size} quads {@code thrift} holds. */
  static List<Quad> decode(byte[] thrift, int size) {
    List<Quad> out = new ArrayList<>(size);
    RDFParser.source(new ByteArrayInputStream(thrift))
        .lang(RDFLanguages.RDFTHRIFT)
        .labelToNode(LabelToNode.createUseLabelAsGiven())
        .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
        .parse(
            new StreamRDFBase() {
              @Override
              public void quad(Quad q) {
                out.add(q);
              }
            });
    return out;
  }
}
