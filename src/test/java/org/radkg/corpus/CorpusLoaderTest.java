package org.radkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders are walked in a fixed order; every input must exist and yield articles. */
class CorpusLoaderTest {
  static final String ARTICLE = "Local News Item\n\nSomething happened. People came.\n";

  @TempDir Path dir;

  @Test
  void walksFoldersSortedSkippingHiddenAndOtherFiles() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.createDirectories(corpus.resolve("b"));
    Files.createDirectories(corpus.resolve(".git"));
    Files.writeString(corpus.resolve("b/two.md"), ARTICLE);
    Files.writeString(corpus.resolve("a.txt"), ARTICLE);
    Files.writeString(corpus.resolve(".hidden.txt"), ARTICLE);
    Files.writeString(corpus.resolve(".git/x.txt"), ARTICLE);
    Files.write(corpus.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
    assertEquals(List.of(corpus.resolve("a.txt"), corpus.resolve("b/two.md")), CorpusLoader.files(List.of(corpus)));
    List<Article> articles = new CorpusLoader().load(List.of(corpus));
    assertEquals(List.of("a-unknown-local-news-item", "two-unknown-local-news-item"),
        articles.stream().map(Article::id).toList());
  }

  @Test
  void idsStayUniqueAcrossFilesWithTheSameStem() throws Exception {
    Path txt = Files.writeString(dir.resolve("news.txt"), ARTICLE);
    Path md = Files.writeString(dir.resolve("news.md"), ARTICLE);
    List<Article> articles = new CorpusLoader().load(List.of(txt, md));
    assertEquals(List.of("news-unknown-local-news-item", "news-unknown-local-news-item-2"),
        articles.stream().map(Article::id).toList());
  }

  @Test
  void seedCorpusLoads() throws Exception {
    assertEquals(50, new CorpusLoader().load(List.of(Path.of("data/corpus"))).size());
  }

  @Test
  void missingInput() {
    CorpusException e = assertThrows(CorpusException.class,
        () -> new CorpusLoader().load(List.of(dir.resolve("absent"))));
    assertEquals(CorpusException.Problem.MISSING, e.problem());
  }

  @Test
  void emptyFolder() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CorpusException e = assertThrows(CorpusException.class, () -> new CorpusLoader().load(List.of(empty)));
    assertEquals(CorpusException.Problem.NO_ARTICLES, e.problem());
    assertEquals(empty.toString(), e.file());
  }

  @Test
  void proseWithoutATitleIsOneArticleNotARefusal() throws Exception {
    Path prose = Files.writeString(dir.resolve("prose.txt"), "Just prose. Nothing else.\n");
    List<Article> articles = new CorpusLoader().load(List.of(prose));
    assertEquals(1, articles.size());
    assertEquals("Just prose.", articles.get(0).title());
  }

  @Test
  void fileWithoutALetter() throws Exception {
    Path marks = Files.writeString(dir.resolve("marks.txt"), "--- 1 2 3 ---\n");
    CorpusException e = assertThrows(CorpusException.class, () -> new CorpusLoader().load(List.of(marks)));
    assertEquals(CorpusException.Problem.NO_ARTICLES, e.problem());
    assertTrue(e.getMessage().startsWith("marks.txt: no text to read"), e.getMessage());
  }
}
