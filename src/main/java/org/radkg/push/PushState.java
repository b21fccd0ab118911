package org.radkg.push;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the target held after the last push to it: one line per named graph, its canonical SHA-256
 * and IRI, in {@code storeDir/push/HASH-OF-ENDPOINT.tsv}; written atomically, so a push that dies
 * midway leaves the previous state and the next push resends what it cannot be sure of.
 */
final class PushState {
  private final Path file;

  private PushState(Path file) {
    this.file = file;
  }

  static PushState forEndpoint(Path storeDir, String endpoint) {
    return new PushState(
        storeDir.resolve("push").resolve(sha256(endpoint).substring(0, 16) + ".tsv"));
  }

  Path file() {
    return file;
  }

  /** Graph IRI to hash; empty when nothing was pushed to this endpoint yet. */
  Map<String, String> read() throws IOException {
    Map<String, String> state = new TreeMap<>();
    if (Files.isRegularFile(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab > 0 && !line.startsWith("#")) {
          state.put(line.substring(tab + 1), line.substring(0, tab));
        }
      }
    }
    return state;
  }

  void write(Map<String, String> state, String endpoint) throws IOException {
    Files.createDirectories(file.getParent());
    StringBuilder b =
        new StringBuilder("# radkg push state for ")
            .append(endpoint.replaceAll("[\\r\\n]", ""))
            .append('\n');
    new TreeMap<>(state)
        .forEach((iri, hash) -> b.append(hash).append('\t').append(iri).append('\n'));
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, b, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
