package org.radkg.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An input file that cannot be read as corpus text: names the file and the {@link Problem}, with a
 * message a user can act on, such as {@code "data/x.txt: not valid UTF-8 at byte 1234 (convert the
 * file to UTF-8)"}.
 */
public final class CorpusException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the input; lets the CLI and tests react without parsing messages. */
  public enum Problem {
    MISSING,
    NOT_READABLE,
    EMPTY,
    BINARY,
    NOT_UTF8,
    UTF16,
    TOO_LARGE,
    /** A PDF that cannot be read: encrypted, damaged, or without a text layer (a scan). */
    UNREADABLE_PDF,
    NO_ARTICLES,
    /** Two different files would be known by the same source name (and so the same IRI). */
    SAME_NAME,
    /**
     * A line of a corpus folder's documents.tsv that cannot be read (see {@link DocumentNotes}).
     */
    BAD_NOTE
  }

  private final String file;
  private final Problem problem;

  /**
   * @param file the offending file or folder, as the user named it
   * @param problem what is wrong
   * @param detail what is wrong in words, and if possible what to do; the file name is prefixed
   */
  public CorpusException(String file, Problem problem, String detail) {
    this(file, problem, detail, null);
  }

  public CorpusException(String file, Problem problem, String detail, Throwable cause) {
    super(Objects.requireNonNull(file) + ": " + Objects.requireNonNull(detail), cause);
    this.file = file;
    this.problem = Objects.requireNonNull(problem);
  }

  public CorpusException(Path file, Problem problem, String detail) {
    this(file.toString(), problem, detail, null);
  }

  /** The offending file or folder, as given by the user. */
  public String file() {
    return file;
  }

  public Problem problem() {
    return problem;
  }
}
