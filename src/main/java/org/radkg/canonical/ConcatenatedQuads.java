package org.radkg.canonical;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.sparql.core.Quad;

/**
 * The quads of several canonical graphs (each graph's list), one graph after another, as one
 * read-only list that holds no copy of them: iterating reads each graph's quads in turn (parsing a
 * spilled graph's then).
 */
final class ConcatenatedQuads extends AbstractList<Quad> {
  private final List<List<Quad>> graphs;
  private final int[] starts;
  private final int size;

  ConcatenatedQuads(List<List<Quad>> graphs) {
    this.graphs = graphs;
    this.starts = new int[graphs.size()];
    int n = 0;
    for (int i = 0; i < graphs.size(); i++) {
      starts[i] = n;
      n += graphs.get(i).size();
    }
    this.size = n;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Quad get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    int at = Arrays.binarySearch(starts, index);
    // Empty graphs share their start with the next one: take the last graph starting there.
    int g = at >= 0 ? lastStartingAt(at) : -at - 2;
    return graphs.get(g).get(index - starts[g]);
  }

  private int lastStartingAt(int at) {
    while (at + 1 < starts.length && starts[at + 1] == starts[at]) {
      at++;
    }
    return at;
  }

  @Override
  public Iterator<Quad> iterator() {
    return new Iterator<>() {
      private int next;
      private Iterator<Quad> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && next < graphs.size()) {
          current = graphs.get(next++).iterator();
        }
        return current.hasNext();
      }

      @Override
      public Quad next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
