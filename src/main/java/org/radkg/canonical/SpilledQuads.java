package org.radkg.canonical;

import java.io.ByteArrayInputStream;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
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

  SpilledQuads(SpillFile file, long position, int length, int size) {
    this.file = file;
    this.position = position;
    this.length = length;
    this.size = size;
  }

  /** The graph's N-Quads lines, each terminated by "\n", in UTF-8. */
  byte[] bytes() {
    return file.read(position, length);
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

  private List<Quad> parse() {
    List<Quad> out = new ArrayList<>(size);
    RDFParser.source(new ByteArrayInputStream(bytes()))
        .lang(Lang.NQUADS)
        .labelToNode(LabelToNode.createUseLabelAsGiven())
        .checking(false) // the lines were written from valid nodes by this process
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
