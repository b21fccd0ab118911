package org.radkg.push;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** {@link GraphStoreTarget}'s request deadline, where the CLI tests cannot reach it. */
class GraphStoreTargetTest {
  @Test
  void aTargetThatNeverReadsTheBodyCannotHoldAPutPastTheDeadline() throws Exception {
    // 32 MB of Turtle: more than loopback's socket buffers hold, so the upload itself blocks, where
    // a read timeout never applies.
    Graph big = GraphFactory.createDefaultGraph();
    String tenKb = "x".repeat(10_000);
    for (int i = 0; i < 3_200; i++) {
      big.add(
          NodeFactory.createURI("https://example.org/s" + i),
          NodeFactory.createURI("https://example.org/p"),
          NodeFactory.createLiteralString(tenKb));
    }
    try (ServerSocket deaf = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      List<Socket> held = new ArrayList<>();
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    held.add(deaf.accept()); // never read from
                  }
                } catch (IOException closed) {
                  // the test is over
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      String endpoint = "http://127.0.0.1:" + deaf.getLocalPort() + "/ds/data";
      GraphStoreTarget.Limits limits =
          new GraphStoreTarget.Limits(
              Duration.ofSeconds(2), Duration.ofSeconds(2), 3, Duration.ofMillis(10));
      try (GraphStoreTarget target =
          new GraphStoreTarget(endpoint, null, null, limits, line -> {})) {
        long start = System.nanoTime();
        PushException e =
            assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () ->
                    assertThrows(
                        PushException.class, () -> target.put("https://example.org/g", big)));
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertTrue(
            seconds < 30,
            seconds + " s: 2 s of deadline, the rest writing 32 MB of Turtle on a loaded machine");
        assertTrue(
            e.getMessage().contains("no answer from " + endpoint + " within 2 s"), e.getMessage());
        assertTrue(e.stopsPush());
      }
      for (Socket s : held) {
        s.close();
      }
    }
  }
}
