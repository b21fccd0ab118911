package org.radkg.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads files and folders into articles, in a deterministic order (inputs as given, folder contents
 * sorted by path); every input must exist and every file must yield at least one article. A file is
 * named by its path relative to the folder given ({@link SourceNames}); two different files that
 * would share a name are refused ({@link CorpusException.Problem#SAME_NAME}), and a file given
 * twice is read once.
 */
public final class CorpusLoader {
  /** The file name endings read from folders; other files there are ignored. */
  public static final List<String> EXTENSIONS =
      List.of(".txt", ".text", ".md", ".html", ".htm", ".pdf");

  private final SourceReader reader;
  private final Segmenter segmenter;
  private final SinglePageLayout singlePage = new SinglePageLayout();

  public CorpusLoader() {
    this(new SourceReader(), new Segmenter());
  }

  public CorpusLoader(SourceReader reader, Segmenter segmenter) {
    this.reader = reader;
    this.segmenter = segmenter;
  }

  /** A file to read and the name it is known by (see {@link SourceNames}). */
  public record Source(Path file, String relativeName) {
    /** The folder {@link #relativeName} is relative to: the folder given, or the file's own. */
    public Path folder() {
      Path folder = file.toAbsolutePath();
      for (int i = 0; i < relativeName.split("/").length; i++) {
        folder = folder.getParent();
      }
      return folder;
    }
  }

  /**
   * The articles of all inputs; ids are unique across the whole corpus and depend only on each
   * article's own document, never on the order the documents were read in ({@link
   * CorpusArticleIds}).
   */
  public List<Article> load(List<Path> inputs) throws CorpusException {
    return load(inputs, DocumentNote.NONE);
  }

  /**
   * As {@link #load(List)}, with what {@code given} states (the {@code --publisher} and {@code
   * --date} options: a society's own pages, fed without their section headers) in place of what
   * each document and its folder's documents.tsv say.
   */
  public List<Article> load(List<Path> inputs, DocumentNote given) throws CorpusException {
    List<List<Article>> byDocument = new ArrayList<>();
    for (SourceDocument read : readDocuments(inputs)) {
      SourceDocument doc = given == null ? read : read.with(given);
      List<Article> articles = articles(doc);
      if (articles.isEmpty()) {
        throw new CorpusException(
            doc.name(),
            CorpusException.Problem.NO_ARTICLES,
            "no text to read (not a single letter)");
      }
      byDocument.add(articles);
    }
    return CorpusArticleIds.unique(byDocument);
  }

  /**
   * A newsletter (a document with society section headers) is read item by item; any other document
   * (a news page, a press release) is one article, so text with sentences is never refused.
   */
  private List<Article> articles(SourceDocument doc) {
    List<Article> items = segmenter.segment(doc);
    if (items.stream().anyMatch(a -> a.society() != null)) {
      return items;
    }
    return singlePage.read(doc).map(List::of).orElse(List.of());
  }

  /**
   * The documents of all inputs, read but not segmented, each with what the documents.tsv of the
   * folder it was found in states about it.
   */
  public List<SourceDocument> readDocuments(List<Path> inputs) throws CorpusException {
    List<SourceDocument> docs = new ArrayList<>();
    Map<Path, DocumentNotes> notes = new HashMap<>();
    Map<String, Path> bySlug = new HashMap<>();
    Set<Path> read = new HashSet<>();
    for (Source source : sources(inputs)) {
      // A folder and a file in it, or one file given twice, is one source, not two with one text.
      if (!read.add(identity(source.file()))) {
        continue;
      }
      String slug = SourceNames.slug(source.relativeName());
      Path other = bySlug.putIfAbsent(slug, source.file());
      if (other != null) {
        throw new CorpusException(
            source.file(),
            CorpusException.Problem.SAME_NAME,
            "would be known as source \""
                + slug
                + "\" like "
                + other
                + " (a file is named by its path"
                + " relative to the folder given); give the folder that holds both, so that their paths tell them apart");
      }
      DocumentNotes folderNotes = notes.get(source.folder());
      if (folderNotes == null) {
        folderNotes = DocumentNotes.of(source.folder());
        notes.put(source.folder(), folderNotes);
      }
      docs.add(
          reader
              .read(source.file(), source.relativeName())
              .with(folderNotes.of(source.relativeName())));
    }
    return docs;
  }

  /** The files the inputs stand for: files as given, folders walked recursively and sorted. */
  public static List<Path> files(List<Path> inputs) throws CorpusException {
    return sources(inputs).stream().map(Source::file).toList();
  }

  /**
   * The files the inputs stand for, each with its name: a file given by itself is named by its file
   * name, a file found in a folder by its path relative to that folder.
   */
  public static List<Source> sources(List<Path> inputs) throws CorpusException {
    List<Source> sources = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new CorpusException(
            input.toString(), CorpusException.Problem.MISSING, "no such file or folder");
      }
      if (!Files.isDirectory(input)) {
        sources.add(new Source(input, input.getFileName().toString()));
        continue;
      }
      List<Path> found = walk(input);
      if (found.isEmpty()) {
        throw new CorpusException(
            input.toString(),
            CorpusException.Problem.NO_ARTICLES,
            "the folder holds no " + String.join(" ", EXTENSIONS) + " files");
      }
      for (Path file : found) {
        sources.add(new Source(file, SourceNames.relativeName(input, file)));
      }
    }
    return sources;
  }

  private static Path identity(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize(); // the reader reports what is wrong with it
    }
  }

  private static List<Path> walk(Path folder) throws CorpusException {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths
          .filter(p -> !isHidden(folder, p))
          .filter(Files::isRegularFile)
          .filter(CorpusLoader::hasTextExtension)
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new CorpusException(
          folder.toString(),
          CorpusException.Problem.NOT_READABLE,
          "cannot list the folder (" + e.getMessage() + ")",
          e);
    }
  }

  // Hidden files and anything under a hidden folder (".git", editor backups) are not corpus text.
  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasTextExtension(Path p) {
    return isDocumentName(p.getFileName().toString());
  }

  /** Whether a file of this name is a document the loader reads (by its extension). */
  public static boolean isDocumentName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }
}
