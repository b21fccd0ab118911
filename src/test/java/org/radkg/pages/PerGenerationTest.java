package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;

/**
 * A value is computed once per generation, and preparing the next generation (a warm-up before a
 * reload switches to it) does not make the one still served compute its value again.
 */
class PerGenerationTest {
  @Test
  void theLastTwoGenerationsKeepTheirValues() {
    AtomicInteger computed = new AtomicInteger();
    PerGeneration<Integer> cache = new PerGeneration<>(ds -> computed.incrementAndGet());
    ServedDataset served = generation("1");
    ServedDataset next = generation("2");
    assertEquals(1, cache.get(served));
    assertEquals(2, cache.get(next)); // warmed before the switch
    assertEquals(1, cache.get(served)); // requests still on the old generation
    assertEquals(2, cache.get(next));
    assertEquals(2, computed.get());
    ServedDataset third = generation("3");
    assertEquals(3, cache.get(third));
    assertEquals(4, cache.get(served), "the oldest of three is computed again");
  }

  private static ServedDataset generation(String n) {
    return new ServedDataset(DatasetFactory.create(), Path.of("store"), Path.of("store/tdb2-" + n));
  }
}
