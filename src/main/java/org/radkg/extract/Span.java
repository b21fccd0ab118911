package org.radkg.extract;

/**
 * A half-open char range [begin, end) of a source text.
 *
 * @param begin first char offset
 * @param end one past the last char offset
 */
public record Span(int begin, int end) {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }
}
