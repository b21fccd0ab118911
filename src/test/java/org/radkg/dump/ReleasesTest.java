package org.radkg.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each changed build's dumps are kept as a dated release; only the newest five stay. */
class ReleasesTest {
  @TempDir Path store;

  @Test
  void theNewestFiveAreKeptEachWithItsOwnFiles() throws Exception {
    Path dumps = store.resolve("dumps-1");
    Files.createDirectories(dumps);
    Instant day = Instant.parse("2026-01-01T10:00:00Z");
    for (int i = 0; i < 7; i++) {
      // A build writes new files (a new generation), never into the served ones: releases may
      // hard-link them.
      Files.deleteIfExists(dumps.resolve("radkg.nq"));
      Files.writeString(dumps.resolve("radkg.nq"), "build " + i + "\n");
      Releases.record(
          store, dumps, String.format("%08x", i) + "ffff", day.plusSeconds(86_400L * i));
    }
    List<Releases.Release> kept = Releases.list(store);
    assertEquals(Releases.KEEP, kept.size());
    assertEquals("2026-01-07-00000006", kept.get(0).id());
    assertEquals("2026-01-03-00000002", kept.get(4).id());
    // Each release holds the bytes of its build, not the latest's.
    assertEquals("build 2\n", Files.readString(kept.get(4).directory().resolve("radkg.nq")));
    assertEquals("build 6\n", Files.readString(kept.get(0).directory().resolve("radkg.nq")));
  }

  @Test
  void theSameGraphReleasedAgainIsTheSameReleaseMadeNewest() throws Exception {
    Path dumps = store.resolve("dumps-1");
    Files.createDirectories(dumps);
    Files.writeString(dumps.resolve("radkg.nq"), "a\n");
    Instant t = Instant.parse("2026-01-01T10:00:00Z");
    Releases.record(store, dumps, "aaaaaaaa00", t);
    Releases.record(store, dumps, "bbbbbbbb00", t.plusSeconds(60));
    Releases.record(store, dumps, "aaaaaaaa00", t.plusSeconds(120));
    List<Releases.Release> kept = Releases.list(store);
    assertEquals(2, kept.size());
    assertEquals("2026-01-01-aaaaaaaa", kept.get(0).id());
  }

  @Test
  void onlyIdsOfTheReleaseShapeAreLookedUp() throws Exception {
    assertTrue(Releases.find(store, "../tdb2").isEmpty());
    assertTrue(Releases.find(store, "2026-01-01-zzzzzzzz").isEmpty());
  }
}
