package org.radkg.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.corpus.CorpusException;
import org.radkg.corpus.CorpusLoader;
import org.radkg.corpus.DocumentNotes;
import org.radkg.dump.DumpOutcome;
import org.radkg.dump.DumpWriter;
import org.radkg.store.BuildOutcome;
import org.radkg.store.StoreLayout;

/**
 * The SHA-256 of everything a build's result depends on: the code and the reference data that
 * travel with it (see {@link FindingsCache#codeVersion()}), the threshold, what the operator states
 * about every document, the inputs as given, and the bytes and names of every document they stand
 * for with the {@code documents.tsv} beside them. Recorded after a complete build and forgotten
 * before any other build writes, so that a build whose fingerprint equals the recorded one can say
 * that nothing changed without reading or extracting anything.
 */
final class InputsFingerprint {
  private static final String FORMAT = "radkg-inputs-fingerprint 1";

  private InputsFingerprint() {}

  /** The fingerprint of {@code request}'s inputs; reads every document's bytes, nothing more. */
  static String of(BuildRequest request) throws IOException, CorpusException {
    MessageDigest d = CanonicalQuads.newSha256();
    field(d, FORMAT);
    field(d, FindingsCache.codeVersion());
    field(d, Double.toString(request.minConfidence()));
    field(d, String.valueOf(request.given()));
    for (String input : BuildInputs.normalized(request.inputs())) {
      field(d, "input " + input);
    }
    Set<Path> notes = new LinkedHashSet<>();
    for (CorpusLoader.Source s : CorpusLoader.sources(request.inputs())) {
      field(d, "document " + s.relativeName());
      file(d, s.file());
      notes.add(s.folder().resolve(DocumentNotes.FILE_NAME));
    }
    for (Path note : notes) {
      field(d, "notes " + note.toAbsolutePath().normalize());
      if (Files.isRegularFile(note)) {
        file(d, note);
      }
    }
    return HexFormat.of().formatHex(d.digest());
  }

  /**
   * What the last complete build recorded: the fingerprint of its inputs, with what it served (the
   * store generation, its canonical hash, the hash of its dumps' {@code SHA256SUMS}), so that a
   * generation or dumps written since by anything else never pass for that build's.
   */
  record Recorded(String inputs, int generation, String sha256, String dumpSums) {
    /**
     * True when this record describes {@code store} and {@code dumps}, built from {@code inputs}.
     */
    boolean describes(String inputs, BuildOutcome store, DumpOutcome dumps) {
      return this.inputs.equals(inputs)
          && generation == store.generation()
          && sha256.equals(store.sha256())
          && dumpSums.equals(dumps.sha256().get(DumpWriter.SUMS_FILE));
    }
  }

  /** What the last complete build of the store in {@code layout} recorded, if anything. */
  static Optional<Recorded> recorded(StoreLayout layout) {
    try {
      String[] f =
          Files.readString(layout.inputsFingerprint(), StandardCharsets.US_ASCII).trim().split(" ");
      return f.length == 4
          ? Optional.of(new Recorded(f[0], Integer.parseInt(f[1]), f[2], f[3]))
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Records that {@code store} and {@code dumps} were built from inputs of {@code fingerprint}. */
  static void record(StoreLayout layout, String fingerprint, BuildOutcome store, DumpOutcome dumps)
      throws IOException {
    String sums = dumps.sha256().get(DumpWriter.SUMS_FILE);
    if (sums == null) {
      return;
    }
    Path file = layout.inputsFingerprint();
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    Files.writeString(
        tmp,
        String.join(" ", fingerprint, Integer.toString(store.generation()), store.sha256(), sums)
            + "\n",
        StandardCharsets.US_ASCII);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Forgets the recorded fingerprint: called before a build writes anything, so that a build that
   * dies halfway never leaves a fingerprint that no longer describes what is served.
   */
  static void forget(StoreLayout layout) throws IOException {
    Files.deleteIfExists(layout.inputsFingerprint());
  }

  private static void field(MessageDigest d, String text) {
    d.update(text.getBytes(StandardCharsets.UTF_8));
    d.update((byte) 0);
  }

  private static void file(MessageDigest d, Path file) {
    byte[] buf = new byte[1 << 16];
    long size = 0;
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        d.update(buf, 0, n);
        size += n;
      }
    } catch (IOException e) {
      // Never equal to a recorded fingerprint: the build goes on, and reading the documents reports
      // the file as a bad input, as it would without this comparison.
      field(d, "unreadable " + System.nanoTime());
      return;
    }
    field(d, "size " + size); // so that a file's end cannot run into the next field
  }
}
