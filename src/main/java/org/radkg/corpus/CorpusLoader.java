package org.radkg.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads files and folders into articles, in a deterministic order (inputs as given, folder contents
 * sorted by path); every input must exist and every file must yield at least one article.
 */
public final class CorpusLoader {
  /** The file name endings read from folders; other files there are ignored. */
  public static final List<String> EXTENSIONS = List.of(".txt", ".text", ".md", ".html", ".htm");

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

  /** The articles of all inputs; ids are unique across the whole corpus. */
  public List<Article> load(List<Path> inputs) throws CorpusException {
    return load(inputs, null);
  }

  /**
   * The articles of all inputs, each document credited to {@code publisher} when not null (the
   * {@code --publisher} option: a society's own pages, fed without their section headers).
   */
  public List<Article> load(List<Path> inputs, String publisher) throws CorpusException {
    List<Article> all = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (SourceDocument read : readDocuments(inputs)) {
      SourceDocument doc = read.withPublisher(publisher);
      List<Article> articles = articles(doc);
      if (articles.isEmpty()) {
        throw new CorpusException(doc.name(), CorpusException.Problem.NO_ARTICLES,
            "no text to read (not a single letter)");
      }
      for (Article a : articles) {
        all.add(withUniqueId(a, ids));
      }
    }
    return all;
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

  /** The documents of all inputs, read but not segmented. */
  public List<SourceDocument> readDocuments(List<Path> inputs) throws CorpusException {
    List<SourceDocument> docs = new ArrayList<>();
    for (Path file : files(inputs)) {
      docs.add(reader.read(file));
    }
    return docs;
  }

  /** The files the inputs stand for: files as given, folders walked recursively and sorted. */
  public static List<Path> files(List<Path> inputs) throws CorpusException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new CorpusException(input.toString(), CorpusException.Problem.MISSING, "no such file or folder");
      }
      if (!Files.isDirectory(input)) {
        files.add(input);
        continue;
      }
      List<Path> found = walk(input);
      if (found.isEmpty()) {
        throw new CorpusException(input.toString(), CorpusException.Problem.NO_ARTICLES,
            "the folder holds no " + String.join(" ", EXTENSIONS) + " files");
      }
      files.addAll(found);
    }
    return files;
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
      throw new CorpusException(folder.toString(), CorpusException.Problem.NOT_READABLE,
          "cannot list the folder (" + e.getMessage() + ")", e);
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
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  // Two files with the same stem ("news.txt", "news.html") mint the same ids; the later one yields.
  private static Article withUniqueId(Article a, Set<String> ids) {
    String id = a.id();
    for (int k = 2; !ids.add(id); k++) {
      id = a.id() + "-" + k;
    }
    return id.equals(a.id()) ? a
        : new Article(id, a.society(), a.title(), a.titleBegin(), a.bodyBegin(), a.bodyEnd(), a.source());
  }
}
