package org.radkg.canonical;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
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
 * The quads of one canonical graph kept as its N-Quads lines in a {@link SpillFile}: each iteration
 * reads and parses them again (blank node labels as written), so the heap holds only where they
 * are. Random access parses the whole graph for each call: iterate instead.
 */
final class SpilledQuads extends AbstractList<Quad> {
  private final SpillFile file;
  private final long position;
  private final int length;
  private final int size;

  private SpilledQuads(SpillFile file, long position, int length, int size) {
    this.file = file;
    this.position = position;
    this.length = length;
    this.size = size;
  }

  /** Writes {@code quads} to {@code file}; returns them as read back from there. */
  static SpilledQuads write(SpillFile file, List<Quad> quads) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // Not RDF_THRIFT_VALUES: that stores numbers as values, which would change "01" to "1".
    StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT);
    writer.start();
    quads.forEach(writer::quad);
    writer.finish();
    byte[] bytes = out.toByteArray();
    return new SpilledQuads(file, file.append(bytes), bytes.length, quads.size());
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Quad get(int index) {
    return parse().get(index);
  }

  @Override
  public Iterator<Quad> iterator() {
    return parse().iterator();
  }

  @Override
  public ListIterator<Quad> listIterator(int index) {
    return parse().listIterator(index); // AbstractList's would decode once per element
  }

  private List<Quad> parse() {
    List<Quad> out = new ArrayList<>(size);
    RDFParser.source(new ByteArrayInputStream(file.read(position, length)))
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
