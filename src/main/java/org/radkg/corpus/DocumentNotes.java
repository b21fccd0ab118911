package org.radkg.corpus;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A corpus folder's {@code documents.tsv}: one line per document of the folder that states its
 * publisher, publication date or licence ({@code file}, {@code published}, {@code publisher},
 * {@code licence}, tab-separated, file named by its path relative to the folder), so that what
 * {@code radkg add --date --publisher --licence} was told stays true for every later build.
 */
public final class DocumentNotes {
  /** The file's name in a corpus folder. */
  public static final String FILE_NAME = "documents.tsv";

  private static final String HEADER = "file\tpublished\tpublisher\tlicence";

  private final Path file;
  private final Map<String, DocumentNote> notes;

  private DocumentNotes(Path file, Map<String, DocumentNote> notes) {
    this.file = file;
    this.notes = notes;
  }

  /**
   * The notes of {@code folder} (none when it holds no documents.tsv); a line that cannot be read
   * is a {@link CorpusException} naming the file and line.
   */
  public static DocumentNotes of(Path folder) throws CorpusException {
    Path file = folder.resolve(FILE_NAME);
    Map<String, DocumentNote> notes = new TreeMap<>();
    if (!Files.isRegularFile(file)) {
      return new DocumentNotes(file, notes);
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw new CorpusException(
          file.toString(), CorpusException.Problem.NOT_UTF8, "is not UTF-8 text", e);
    } catch (IOException e) {
      throw new CorpusException(
          file.toString(), CorpusException.Problem.NOT_READABLE, "cannot be read", e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#") || (i == 0 && line.startsWith("file\t"))) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      String where = file + " line " + (i + 1);
      if (cells.length < 2 || cells[0].isBlank()) {
        throw new CorpusException(
            where,
            CorpusException.Problem.BAD_NOTE,
            "expected a file name, a date and optionally a publisher and a licence, separated by"
                + " tabs");
      }
      try {
        notes.put(
            cells[0].strip(),
            new DocumentNote(
                cells.length > 2 ? cells[2] : null, cells[1], cells.length > 3 ? cells[3] : null));
      } catch (IllegalArgumentException e) {
        throw new CorpusException(where, CorpusException.Problem.BAD_NOTE, e.getMessage());
      }
    }
    return new DocumentNotes(file, notes);
  }

  /**
   * What the folder states about the document named {@code relativeName}, or {@link
   * DocumentNote#NONE}.
   */
  public DocumentNote of(String relativeName) {
    return notes.getOrDefault(relativeName, DocumentNote.NONE);
  }

  /**
   * Records {@code note} for {@code relativeName} (each part it states replaces the recorded one)
   * and rewrites the file in one move, so a build never reads it half written.
   */
  public void put(String relativeName, DocumentNote note) throws IOException {
    if (note.isEmpty()) {
      return;
    }
    notes.put(relativeName, of(relativeName).overriddenBy(note));
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    notes.forEach(
        (name, n) ->
            lines.add(
                name
                    + "\t"
                    + (n.published() == null ? "" : n.published())
                    + "\t"
                    + (n.publisher() == null ? "" : n.publisher())
                    + "\t"
                    + (n.licence() == null ? "" : n.licence())));
    // A hidden partial file: the corpus watcher ignores it until it is moved in.
    Path partial = Files.createTempFile(file.getParent(), ".documents-", ".part");
    try {
      Files.write(partial, lines, StandardCharsets.UTF_8);
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
