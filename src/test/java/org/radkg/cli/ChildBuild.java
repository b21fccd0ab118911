package org.radkg.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The command line run in a child JVM, as an operator runs it, so that a test can kill it with
 * SIGKILL ({@link Process#destroyForcibly()}) or limit its file sizes, and read its progress lines.
 */
final class ChildBuild {
  private final Process process;
  private final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
  private final CompletableFuture<Void> drained;

  private ChildBuild(Process process) {
    this.process = process;
    this.drained =
        CompletableFuture.runAsync(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                  synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                  }
                }
              } catch (IOException e) {
                // The process was killed: its output ends here.
              }
            });
  }

  /**
   * Starts {@code radkg args...}; with {@code maxFileKb > 0} under {@code ulimit -f} (writes beyond
   * it fail with EFBIG).
   */
  static ChildBuild start(long maxFileKb, String... args) throws IOException {
    return startPausing(maxFileKb, null, args);
  }

  /**
   * As {@link #start(long, String...)}, pausing for good at the named {@code
   * org.radkg.store.Checkpoints} checkpoint (null: none).
   */
  static ChildBuild startPausing(long maxFileKb, String pauseAt, String... args)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd =
        new ArrayList<>(
            List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", cp, Main.class.getName()));
    cmd.addAll(List.of(args));
    if (maxFileKb > 0) {
      List<String> shell =
          new ArrayList<>(
              List.of("bash", "-c", "ulimit -f " + maxFileKb + " && exec \"$@\"", "radkg"));
      shell.addAll(cmd);
      cmd = shell;
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("RADKG_PROGRESS", "1");
    pb.environment().remove("RADKG_DEBUG");
    if (pauseAt != null) {
      pb.environment().put(org.radkg.store.Checkpoints.PAUSE_AT, pauseAt);
    } else {
      pb.environment().remove(org.radkg.store.Checkpoints.PAUSE_AT);
    }
    return new ChildBuild(pb.start());
  }

  /** Waits until a line matches (true) or the process ends without one (false). */
  boolean awaitLine(Predicate<String> match, long timeoutMs) throws InterruptedException {
    long end = System.currentTimeMillis() + timeoutMs;
    synchronized (lines) {
      while (System.currentTimeMillis() < end) {
        if (lines.stream().anyMatch(match)) {
          return true;
        }
        if (drained.isDone()) {
          return false;
        }
        lines.wait(50);
      }
    }
    return false;
  }

  /** SIGKILL: no shutdown hook, no finally block runs. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  int waitFor() throws InterruptedException {
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the child did not finish: " + output());
    }
    drained.join();
    return process.exitValue();
  }

  String output() {
    synchronized (lines) {
      return String.join("\n", lines);
    }
  }
}
