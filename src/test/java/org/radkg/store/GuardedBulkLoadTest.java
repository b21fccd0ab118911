package org.radkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardedBulkLoadTest {
  @TempDir Path dir;

  @Test
  void aLoadThatFinishesReturnsAndItsProgressIsCounted() throws Exception {
    AtomicLong seen = new AtomicLong();
    GuardedBulkLoad.run(
        dir,
        progress -> {
          for (int i = 0; i < 1000; i++) {
            progress.incrementAndGet();
          }
          seen.set(progress.get());
        });
    assertEquals(1000, seen.get());
  }

  @Test
  void whatTheLoadThrowsReachesTheCaller() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                GuardedBulkLoad.run(
                    dir,
                    progress -> {
                      throw new IllegalStateException("bad quad");
                    }));
    assertEquals("bad quad", e.getMessage());
  }

  @Test
  void aWorkerThatDiesOfAMappedWriteFailsTheLoadInsteadOfLeavingItWaiting() {
    // The parallel loader's shape: the load feeds a queue that a worker of its own drains; the
    // worker dies
    // of the error a SIGBUS on a full disk gives, so the load would block on the full queue for
    // ever.
    IOException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                assertThrows(
                    IOException.class,
                    () ->
                        GuardedBulkLoad.run(
                            dir,
                            progress -> {
                              BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(1);
                              new Thread(
                                      () -> {
                                        throw new InternalError(
                                            "a fault occurred in a recent unsafe memory access operation in compiled Java code");
                                      })
                                  .start();
                              try {
                                for (int i = 0; ; i++) {
                                  queue.put(i);
                                  progress.incrementAndGet();
                                }
                              } catch (InterruptedException stopped) {
                                throw new IllegalStateException("interrupted", stopped);
                              }
                            })));
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(StoreBuilder.DISK_FULL), e.getMessage());
  }

  @Test
  void anUncaughtErrorOfAnyOtherKindIsNamed() {
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                GuardedBulkLoad.run(
                    dir,
                    progress -> {
                      Thread worker =
                          new Thread(
                              () -> {
                                throw new IllegalArgumentException("broken tuple");
                              });
                      worker.start();
                      try {
                        worker.join();
                        Thread.sleep(60_000); // the load waits for a worker that is gone
                      } catch (InterruptedException stopped) {
                        throw new IllegalStateException("interrupted", stopped);
                      }
                    }));
    assertTrue(e.getMessage().contains("broken tuple"), e.getMessage());
  }
}
