package org.radkg.pages;

import java.util.function.Function;
import org.apache.jena.query.Dataset;

/**
 * A value computed from one served generation (a search index, the landing page's figures), or
 * loaded from what its build prepared, once when first asked for (or when {@link PageRoutes#warm}
 * prepares a generation before it is served) and again when a reload serves another generation: the
 * cache is keyed by the dataset object's identity and keeps the last two, so warming the next
 * generation does not make the one still served compute its value again. Thread-safe; one
 * computation at a time.
 */
final class PerGeneration<T> {
  private record Entry<T>(Dataset dataset, T value) {}

  private final Function<ServedDataset, T> compute;
  private volatile Entry<T> current;
  private volatile Entry<T> previous;

  /** A cache of what {@code compute} makes of each served generation. */
  PerGeneration(Function<ServedDataset, T> compute) {
    this.compute = compute;
  }

  /** The value for {@code served}, computed on first use. */
  T get(ServedDataset served) {
    Dataset dataset = served.dataset();
    Entry<T> e = find(dataset);
    if (e != null) {
      return e.value();
    }
    synchronized (this) {
      e = find(dataset);
      if (e != null) {
        return e.value();
      }
      // The generation before the previous one is dropped here; requests still holding its value
      // finish with it.
      T value = compute.apply(served);
      previous = current;
      current = new Entry<>(dataset, value);
      return value;
    }
  }

  private Entry<T> find(Dataset dataset) {
    Entry<T> c = current;
    if (c != null && c.dataset() == dataset) {
      return c;
    }
    Entry<T> p = previous;
    return p != null && p.dataset() == dataset ? p : null;
  }
}
