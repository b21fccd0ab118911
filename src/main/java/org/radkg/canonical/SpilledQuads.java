package org.radkg.canonical;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import org.apache.jena.sparql.core.Quad;

/**
 * The quads of one canonical graph kept in RDF Thrift in a {@link SpillFile}: each iteration reads
 * and parses them again (blank node labels as written), so the heap holds only where they are.
 * Random access parses the whole graph for each call: iterate instead.
 */
final class SpilledQuads extends AbstractList<Quad> {
  private final SpillFile file;
  private final long position;
  private final int length;
  private final int size;
  private final long linesPosition;
  private final int linesLength;

  private SpilledQuads(
      SpillFile file, long position, int length, int size, long linesPosition, int linesLength) {
    this.file = file;
    this.position = position;
    this.length = length;
    this.size = size;
    this.linesPosition = linesPosition;
    this.linesLength = linesLength;
  }

  /**
   * Writes {@code quads} (in RDF Thrift) and their N-Quads lines {@code nquads} to {@code file};
   * returns them as read back from there.
   */
  static SpilledQuads write(SpillFile file, List<Quad> quads, byte[] nquads) {
    return append(file, ThriftQuads.encode(quads), nquads, quads.size());
  }

  /**
   * Appends {@code size} quads already in RDF Thrift, and their N-Quads lines, to {@code file};
   * returns them as read back from there.
   */
  static SpilledQuads append(SpillFile file, byte[] thrift, byte[] nquads, int size) {
    long at = file.append(thrift);
    long linesAt = file.append(nquads);
    return new SpilledQuads(file, at, thrift.length, size, linesAt, nquads.length);
  }

  /** The quads' RDF Thrift bytes, as written. */
  byte[] bytes() {
    return file.read(position, length);
  }

  /** The quads' N-Quads lines, each ending in "\n", in UTF-8, as written. */
  byte[] nquads() {
    return file.read(linesPosition, linesLength);
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
    return ThriftQuads.decode(bytes(), size);
  }
}
