package org.radkg.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder of documents a graph is built from ({@code data/corpus} by default), to which
 * documents are added whole: every file is read first (a file radkg cannot read stops the addition
 * before anything is copied), then each is copied in under a temporary name and moved into place,
 * so the folder never holds half a document.
 */
public final class CorpusFolder {
  /** What adding one file does. */
  public enum Change {
    /** A document new to the folder. */
    ADDED,
    /** Replaces a document of the same name with other content ({@code --replace}). */
    REPLACED,
    /** The folder already holds this document, byte for byte. */
    ALREADY_THERE
  }

  /**
   * One file to add.
   *
   * @param source the file given
   * @param target where it goes in the folder
   * @param change what copying it does
   */
  public record Addition(Path source, Path target, Change change) {}

  private final Path dir;
  private final SourceReader reader;

  public CorpusFolder(Path dir) {
    this(dir, new SourceReader());
  }

  CorpusFolder(Path dir, SourceReader reader) {
    this.dir = dir;
    this.reader = reader;
  }

  public Path dir() {
    return dir;
  }

  /**
   * The additions {@code paths} make (a folder's documents keep their place under the folder's
   * name), each file read to check that radkg can read it; a file of another content under a name
   * the folder holds is refused unless {@code replace}.
   */
  public List<Addition> plan(List<Path> paths, boolean replace) throws CorpusException {
    List<Addition> out = new ArrayList<>();
    for (Path given : paths) {
      if (!Files.exists(given)) {
        throw new CorpusException(
            given.toString(), CorpusException.Problem.MISSING, "no such file");
      }
      if (Files.isDirectory(given)) {
        Path base = given.toAbsolutePath().normalize().getFileName();
        for (Path f : documentsIn(given)) {
          Path inside = given.relativize(f);
          out.add(
              addition(
                  f, dir.resolve(base == null ? "" : base.toString()).resolve(inside), replace));
        }
      } else {
        if (!CorpusLoader.isDocumentName(given.getFileName().toString())) {
          throw new CorpusException(
              given.toString(),
              CorpusException.Problem.NOT_READABLE,
              "is not a document radkg reads (" + String.join(", ", CorpusLoader.EXTENSIONS) + ")");
        }
        out.add(addition(given, dir.resolve(given.getFileName().toString()), replace));
      }
    }
    if (out.isEmpty()) {
      throw new CorpusException(
          paths.toString(), CorpusException.Problem.EMPTY, "holds no document radkg reads");
    }
    return out;
  }

  /** Copies in the additions that change the folder; returns how many did. */
  public int apply(List<Addition> additions) throws IOException {
    int copied = 0;
    for (Addition a : additions) {
      if (a.change() == Change.ALREADY_THERE) {
        continue;
      }
      Files.createDirectories(a.target().getParent());
      Path partial = Files.createTempFile(a.target().getParent(), ".adding-", ".part");
      try {
        Files.copy(a.source(), partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(
            partial,
            a.target(),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(partial);
      }
      copied++;
    }
    return copied;
  }

  private Addition addition(Path source, Path target, boolean replace) throws CorpusException {
    reader.read(source); // throws, naming the file, when radkg could not read it
    if (!Files.exists(target)) {
      return new Addition(source, target, Change.ADDED);
    }
    try {
      if (Files.isSameFile(source, target)
          || Arrays.equals(Files.readAllBytes(source), Files.readAllBytes(target))) {
        return new Addition(source, target, Change.ALREADY_THERE);
      }
    } catch (IOException e) {
      throw new CorpusException(
          target.toString(), CorpusException.Problem.NOT_READABLE, "cannot be read", e);
    }
    if (!replace) {
      throw new CorpusException(
          source.toString(),
          CorpusException.Problem.SAME_NAME,
          "would replace "
              + target
              + ", which holds another text; add it under another name, or pass --replace");
    }
    return new Addition(source, target, Change.REPLACED);
  }

  private static List<Path> documentsIn(Path folder) throws CorpusException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> CorpusLoader.isDocumentName(f.getFileName().toString()))
          .filter(f -> !folder.relativize(f).toString().startsWith("."))
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new CorpusException(
          folder.toString(), CorpusException.Problem.NOT_READABLE, "cannot be listed", e);
    }
  }
}
