package org.radkg.pages;

import java.util.function.Function;
import org.apache.jena.query.Dataset;

/**
 * A value computed from one served dataset (a search index, the landing page's figures), computed
 * once when first asked for and again when a reload serves another generation: the cache is keyed
 * by the dataset object's identity. Thread-safe; one computation at a time.
 */
final class PerGeneration<T> {
  private record Entry<T>(Dataset dataset, T value) {}

  private final Function<Dataset, T> compute;
  private volatile Entry<T> current;

  /** A cache of what {@code compute} makes of each served dataset. */
  PerGeneration(Function<Dataset, T> compute) {
    this.compute = compute;
  }

  /** The value for {@code dataset}, computed on first use. */
  T get(Dataset dataset) {
    Entry<T> e = current;
    if (e != null && e.dataset() == dataset) {
      return e.value();
    }
    synchronized (this) {
      e = current;
      if (e != null && e.dataset() == dataset) {
        return e.value();
      }
      // The old generation's value is dropped here; requests still holding it finish with it.
      T value = compute.apply(dataset);
      current = new Entry<>(dataset, value);
      return value;
    }
  }
}
