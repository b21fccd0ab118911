package org.radkg.http;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.radkg.store.StoreInUseException;

/**
 * Watches the folders a running server was built from and, once they have been quiet for a moment
 * after a document was added, changed or removed, rebuilds the store incrementally and serves the
 * new graph ({@link RadkgServer#reload}); requests keep being answered from the old graph until
 * then. A build that fails leaves the old graph served and is tried again at the next change.
 */
public final class CorpusWatcher implements AutoCloseable {
  private final RadkgServer server;
  private final WatchService watcher;
  private final Duration quiet;
  private final Consumer<String> log;
  private final Thread thread;

  private CorpusWatcher(
      RadkgServer server, WatchService watcher, Duration quiet, Consumer<String> log) {
    this.server = server;
    this.watcher = watcher;
    this.quiet = quiet;
    this.log = log;
    this.thread = new Thread(this::loop, "radkg-corpus-watcher");
    thread.setDaemon(true);
  }

  /**
   * Starts watching {@code inputs} (folders, watched with their subfolders, or files) for {@code
   * server}; a rebuild starts once no change came for {@code quiet}; what happens is told to {@code
   * log}.
   */
  public static CorpusWatcher start(
      RadkgServer server, List<Path> inputs, Duration quiet, Consumer<String> log)
      throws IOException {
    WatchService ws = inputs.get(0).getFileSystem().newWatchService();
    CorpusWatcher w = new CorpusWatcher(server, ws, quiet, log);
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        w.registerTree(input);
      } else if (input.toAbsolutePath().getParent() != null) {
        w.register(input.toAbsolutePath().getParent());
      }
    }
    w.thread.start();
    return w;
  }

  private void registerTree(Path folder) throws IOException {
    try (Stream<Path> dirs = Files.walk(folder)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        register(d);
      }
    }
  }

  private void register(Path folder) throws IOException {
    folder.register(watcher, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
  }

  private void loop() {
    boolean dirty = false;
    try {
      while (true) {
        WatchKey key =
            watcher.poll(dirty ? quiet.toMillis() : Long.MAX_VALUE, TimeUnit.MILLISECONDS);
        if (key == null) {
          // Quiet for long enough after a change: build and serve it.
          dirty = !rebuild();
          continue;
        }
        for (WatchEvent<?> event : key.pollEvents()) {
          if (event.kind() == OVERFLOW || isDocumentEvent(key, event)) {
            dirty = true;
          }
        }
        key.reset();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: the server stops
    }
  }

  // A new subfolder is watched too; hidden and partial files (an addition in progress) are not
  // documents.
  private boolean isDocumentEvent(WatchKey key, WatchEvent<?> event) {
    Path name = (Path) event.context();
    if (name.toString().startsWith(".")) {
      return false;
    }
    Path full = ((Path) key.watchable()).resolve(name);
    if (event.kind() == ENTRY_CREATE && Files.isDirectory(full)) {
      try {
        registerTree(full);
      } catch (IOException e) {
        log.accept("radkg: cannot watch " + full + " (" + e.getMessage() + ")");
      }
      return true;
    }
    return true;
  }

  /** Rebuilds and reloads; true when done (or failed for good), false to try again. */
  private boolean rebuild() {
    try {
      log.accept("radkg: the corpus changed; rebuilding");
      boolean changed = server.reload();
      log.accept(
          changed ? "radkg: now serving the rebuilt graph" : "radkg: the graph is unchanged");
      return true;
    } catch (StoreInUseException e) {
      // Another process (radkg add, radkg build) is building this store: its result is taken next.
      return false;
    } catch (Exception e) {
      log.accept("radkg: rebuild failed, still serving the previous graph: " + e.getMessage());
      return true;
    }
  }

  @Override
  public void close() throws IOException {
    watcher.close();
    thread.interrupt();
  }
}
