package org.radkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.radkg.store.StoreInUseException;
import org.radkg.store.StoreLayout;

/**
 * The SPARQL endpoint of a server running on a store, read from the address it left in the store
 * folder: a command that cannot open the store because that server holds it asks the server.
 */
final class RunningServer {
  private RunningServer() {}

  /**
   * The endpoint of the server that holds {@code store}, said on {@code err}, for a command that
   * could not open the store ({@code held}); {@code held} again when no server left its address.
   */
  static String askInstead(Path store, StoreInUseException held, PrintWriter err) {
    String endpoint = endpoint(store).orElseThrow(() -> held);
    err.println("radkg: " + store + " is held by a running server; asking it at " + endpoint);
    return endpoint;
  }

  /** The endpoint ({@code http://localhost:3030/sparql}) of the server holding {@code store}. */
  static Optional<String> endpoint(Path store) {
    Path file = StoreLayout.of(store).serverAddress();
    try {
      String url = Files.readString(file, StandardCharsets.UTF_8).strip();
      return url.startsWith("http://") || url.startsWith("https://")
          ? Optional.of(url + (url.endsWith("/") ? "" : "/") + "sparql")
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
