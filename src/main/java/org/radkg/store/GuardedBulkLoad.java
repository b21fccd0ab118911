package org.radkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs a bulk load whose worker threads can die without telling their peers, and fails it as soon
 * as one does instead of waiting forever.
 *
 * <p>Jena's parallel loader hands data between its threads through blocking queues: when one stage
 * dies (on a full disk, TDB2's memory-mapped index files fail with an {@link InternalError}; its
 * node table stage logs the {@code IOException} and stops), the other stages wait for it for ever
 * and so does the build. The load runs here on a daemon thread of a thread group of its own; every
 * thread the loader starts from it joins that group (Java's default), so the group sees their
 * uncaught errors, can interrupt all of them, and none of them keeps the process alive.
 */
final class GuardedBulkLoad {
  private static final long POLL_MS = 200;

  /**
   * Below this much free space, a load that has not moved for {@link #STALL_MS} is taken as stopped
   * by the disk.
   */
  private static final long LOW_SPACE_BYTES = 1L << 20;

  private static final long STALL_MS = 10_000;

  private GuardedBulkLoad() {}

  /**
   * Runs {@code load} (which counts its progress on the counter it is given) and returns when it
   * has finished; throws what it threw, or an {@link IOException} naming {@code dir} when a loader
   * thread died or the load stalled on a full disk.
   */
  static void run(Path dir, Consumer<AtomicLong> load) throws IOException {
    LoaderGroup group = new LoaderGroup();
    AtomicLong progress = new AtomicLong();
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread loader =
        new Thread(
            group,
            () -> {
              try {
                load.accept(progress);
                done.complete(null);
              } catch (Throwable e) {
                done.completeExceptionally(e);
              }
            },
            "radkg-bulk-load");
    loader.setDaemon(
        true); // inherited by the loader's own threads: a stuck one must not keep the JVM alive
    loader.start();
    long lastProgress = -1;
    long stillSince = System.nanoTime();
    while (true) {
      try {
        done.get(POLL_MS, TimeUnit.MILLISECONDS);
        return;
      } catch (ExecutionException e) {
        throw rethrow(e.getCause());
      } catch (InterruptedException e) {
        group.interrupt();
        Thread.currentThread().interrupt();
        throw new IOException("the load of " + dir + " was interrupted", e);
      } catch (TimeoutException e) {
        // still running: look at its threads below
      }
      Throwable died = group.failure;
      if (died != null) {
        group.interrupt();
        throw new IOException(
            "cannot write the new store generation "
                + dir
                + ": a loader thread failed: "
                + describe(died),
            died);
      }
      long now = progress.get();
      if (now != lastProgress) {
        lastProgress = now;
        stillSince = System.nanoTime();
      } else if (System.nanoTime() - stillSince > TimeUnit.MILLISECONDS.toNanos(STALL_MS)
          && lowOnSpace(dir)) {
        group.interrupt();
        throw new IOException(
            "cannot write the new store generation "
                + dir
                + ": No space left on device"
                + " (the load stopped with less than 1 MB free)");
      }
    }
  }

  private static String describe(Throwable e) {
    if (e instanceof InternalError) {
      // What the JVM reports for a SIGBUS on a memory-mapped page: on a write, a full disk.
      return StoreBuilder.DISK_FULL + " (" + e.getMessage() + ")";
    }
    return e.toString();
  }

  private static boolean lowOnSpace(Path dir) {
    try {
      return Files.getFileStore(dir).getUsableSpace() < LOW_SPACE_BYTES;
    } catch (IOException e) {
      return false;
    }
  }

  private static RuntimeException rethrow(Throwable e) throws IOException {
    if (e instanceof IOException io) {
      throw io;
    }
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof InternalError) {
      throw new IOException(StoreBuilder.DISK_FULL + " (" + e.getMessage() + ")", e);
    }
    if (e instanceof Error err) {
      throw err;
    }
    throw new IOException(e);
  }

  /** The loader's threads: remembers the first error that escapes one of them. */
  private static final class LoaderGroup extends ThreadGroup {
    private volatile Throwable failure;

    LoaderGroup() {
      super("radkg-bulk-load");
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
      if (failure == null) {
        failure = e;
      }
    }
  }
}
