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
    assertEquals(
        List.of(corpus.resolve("a.txt"), corpus.resolve("b/two.md")),
        CorpusLoader.files(List.of(corpus)));
    List<Article> articles = new CorpusLoader().load(List.of(corpus));
    assertEquals(
        List.of("a-unknown-local-news-item", "b_two--md-unknown-local-news-item"),
        articles.stream().map(Article::id).toList());
  }

  @Test
  void filesWithTheSameStemGetTheirOwnIdsWhateverTheOrder() throws Exception {
    Path txt = Files.writeString(dir.resolve("news.txt"), ARTICLE);
    Path md = Files.writeString(dir.resolve("news.md"), ARTICLE);
    assertEquals(
        List.of("news-unknown-local-news-item", "news--md-unknown-local-news-item"),
        new CorpusLoader().load(List.of(txt, md)).stream().map(Article::id).toList());
    assertEquals(
        List.of("news--md-unknown-local-news-item", "news-unknown-local-news-item"),
        new CorpusLoader().load(List.of(md, txt)).stream().map(Article::id).toList());
  }

  @Test
  void twoFilesThatWouldShareASourceNameAreRefused() throws Exception {
    Path a =
        Files.writeString(
            Files.createDirectories(dir.resolve("2023")).resolve("index.txt"), ARTICLE);
    Path b =
        Files.writeString(
            Files.createDirectories(dir.resolve("2024")).resolve("index.txt"), ARTICLE);
    CorpusException e =
        assertThrows(CorpusException.class, () -> new CorpusLoader().load(List.of(a, b)));
    assertEquals(CorpusException.Problem.SAME_NAME, e.problem());
    assertTrue(
        e.getMessage().startsWith(b + ": would be known as source \"index\" like " + a),
        e.getMessage());
    assertEquals(2, new CorpusLoader().load(List.of(dir)).size(), "their folder tells them apart");
  }

  @Test
  void aFileGivenTwiceIsOneSource() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path a = Files.writeString(corpus.resolve("a.txt"), ARTICLE);
    assertEquals(
        List.of("a-unknown-local-news-item"),
        new CorpusLoader().load(List.of(corpus, a, a)).stream().map(Article::id).toList());
  }

  @Test
  void anIdTwoDocumentsMintGoesToTheShorterSourceNameWhateverTheOrder() throws Exception {
    // "news" + "esr-unknown-local-news-item" meets "news-esr" + "unknown-local-news-item".
    Path news =
        Files.writeString(
            dir.resolve("news.txt"),
            "European Society of Radiology (ESR)\n\nUnknown Local News Item\n\nSomething happened. People came.\n");
    Path newsEsr = Files.writeString(dir.resolve("news-esr.txt"), ARTICLE);
    String hashed =
        "news-esr-unknown-local-news-item--" + org.radkg.vocab.Slugs.hash("news-esr.txt");
    assertEquals(
        List.of("news-esr-unknown-local-news-item", hashed),
        new CorpusLoader().load(List.of(news, newsEsr)).stream().map(Article::id).toList());
    assertEquals(
        List.of(hashed, "news-esr-unknown-local-news-item"),
        new CorpusLoader().load(List.of(newsEsr, news)).stream().map(Article::id).toList());
  }

  @Test
  void seedCorpusLoads() throws Exception {
    assertEquals(50, new CorpusLoader().load(List.of(Path.of("data/corpus"))).size());
  }

  @Test
  void missingInput() {
    CorpusException e =
        assertThrows(
            CorpusException.class, () -> new CorpusLoader().load(List.of(dir.resolve("absent"))));
    assertEquals(CorpusException.Problem.MISSING, e.problem());
  }

  @Test
  void emptyFolder() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CorpusException e =
        assertThrows(CorpusException.class, () -> new CorpusLoader().load(List.of(empty)));
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
    CorpusException e =
        assertThrows(CorpusException.class, () -> new CorpusLoader().load(List.of(marks)));
    assertEquals(CorpusException.Problem.NO_ARTICLES, e.problem());
    assertTrue(e.getMessage().startsWith("marks.txt: no text to read"), e.getMessage());
  }
}
