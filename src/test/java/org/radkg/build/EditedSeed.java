package org.radkg.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.radkg.vocab.Rkg;

/**
 * The seed corpus as an edit leaves it, in a folder of its own with a {@code documents.tsv} that
 * publishes its text (CC BY), so that an edit anywhere in an article changes its graph.
 */
public final class EditedSeed {
  private static final Path SEED = Path.of("data/corpus/is3r-global-scan.txt");

  private EditedSeed() {}

  /**
   * Writes the seed, changed by {@code edit}, into {@code dir}; fails unless the edit changes it
   * (an {@code edit} that is the identity writes the seed as it is).
   */
  public static Path write(Path dir, UnaryOperator<String> edit) throws Exception {
    Files.createDirectories(dir);
    String text = Files.readString(SEED, StandardCharsets.UTF_8);
    String changed = edit.apply(text);
    assertTrue(
        edit == UnaryOperator.<String>identity() || !changed.equals(text), "the edit applies");
    Files.writeString(dir.resolve(SEED.getFileName()), changed, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("documents.tsv"),
        "file\tpublished\tpublisher\tlicence\n"
            + SEED.getFileName()
            + "\t\t\t"
            + Rkg.CC_BY_4
            + "\n",
        StandardCharsets.UTF_8);
    return dir;
  }
}
