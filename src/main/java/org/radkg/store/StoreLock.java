package org.radkg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive, non-blocking lock on {@code storeDir/build.lock}, held while a build or dump write
 * runs so that two builders never interleave; released on close and by the OS when a process dies.
 */
public final class StoreLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock or throws {@link StoreInUseException} naming the holder's pid when known, or
   * {@link StoreNotWritableException} when this process may not write in the store folder.
   */
  public static StoreLock acquire(Path storeDir) throws IOException {
    WriteAccess.requireFolder(storeDir);
    Path file = StoreLayout.of(storeDir).lock();
    FileChannel channel;
    try {
      Files.createDirectories(storeDir);
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      if (WriteAccess.denied(e)) {
        throw new StoreNotWritableException(storeDir, file + " (" + e.getMessage() + ")", e);
      }
      throw e;
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
      throw new StoreInUseException(
          storeDir,
          "The store "
              + storeDir
              + " is being built by another "
              + (holder.isEmpty() ? "process" : "process (pid " + holder + ")")
              + "; wait for that build to finish and run again.",
          null);
    }
    channel.truncate(0);
    channel.write(
        java.nio.ByteBuffer.wrap(
            Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)),
        0);
    return new StoreLock(channel, lock);
  }

  /**
   * Throws {@link StoreNotWritableException} unless this process may write in {@code storeDir} (or
   * create it); a build asks before it extracts anything.
   */
  public static void requireWritable(Path storeDir) {
    WriteAccess.requireFolder(storeDir);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
