package org.radkg.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/**
 * Renders the DOT of a network to SVG with Graphviz's {@code dot} program, which must be on the
 * PATH.
 */
public final class SvgNetworkRenderer {
  /** Graphviz is not installed (or {@code dot} is not on the PATH). */
  public static final class GraphvizMissingException extends Exception {
    GraphvizMissingException(String message) {
      super(message);
    }
  }

  private SvgNetworkRenderer() {}

  /** True when {@code dot -V} runs. */
  public static boolean available() {
    try {
      Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public static void write(ProjectedNetwork net, OutputStream out)
      throws IOException, GraphvizMissingException {
    ByteArrayOutputStream dot = new ByteArrayOutputStream();
    DotNetworkWriter.write(net, dot);
    Process p;
    try {
      p = new ProcessBuilder("dot", "-Tsvg").start();
    } catch (IOException e) {
      throw new GraphvizMissingException(
          "--format svg needs Graphviz's dot program on the PATH (e.g. apt-get install"
              + " graphviz); --format dot writes the input it would render");
    }
    // Feed and drain concurrently: a large graph would otherwise fill a pipe and block both sides.
    Thread feeder =
        new Thread(
            () -> {
              try (OutputStream in = p.getOutputStream()) {
                in.write(dot.toByteArray());
              } catch (IOException ignored) {
                // dot died early; its exit code and stderr say why
              }
            });
    feeder.start();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errReader =
        new Thread(
            () -> {
              try (InputStream e = p.getErrorStream()) {
                e.transferTo(err);
              } catch (IOException ignored) {
                // nothing more to report
              }
            });
    errReader.start();
    try (InputStream svg = p.getInputStream()) {
      svg.transferTo(out);
    }
    try {
      int rc = p.waitFor();
      feeder.join();
      errReader.join();
      if (rc != 0) {
        throw new IOException("dot -Tsvg failed (exit " + rc + "): " + err.toString().strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while rendering with dot", e);
    }
    out.flush();
  }
}
