package org.radkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reprint has the same headline, nearly the same words and the very same names and years. */
class ReprintsTest {
  private static final String PAGE =
      """
      Fjord Society Signs a Training Pact

      The Fjord Society of Radiology and the Baltic Imaging Council signed a training pact in Bergen
      in 2025. Residents of both societies will spend three months in each other's departments.
      """;

  @TempDir Path tmp;

  private List<Article> load(String first, String second) throws Exception {
    Files.writeString(tmp.resolve("one.txt"), first);
    Files.writeString(tmp.resolve("two.txt"), second);
    return new CorpusLoader().load(List.of(tmp));
  }

  @Test
  void theSamePageTwiceIsOneStory() throws Exception {
    List<Article> articles = load(PAGE, PAGE.replace("departments.", "radiology departments."));
    Reprints r = Reprints.of(articles);
    assertEquals(1, r.count());
    assertSame(articles.get(1), r.of(articles.get(0)).get(0));
    assertTrue(r.isReprint(articles.get(1)));
  }

  @Test
  void anotherSocietyOrYearIsAnotherStoryHoweverAlikeTheWords() throws Exception {
    assertEquals(0, Reprints.of(load(PAGE, PAGE.replace("Bergen", "Tromso"))).count());
    assertEquals(0, Reprints.of(load(PAGE, PAGE.replace("2025", "2026"))).count());
  }

  @Test
  void aLongerPageUnderTheSameHeadlineIsAnotherStory() throws Exception {
    String longer =
        PAGE
            + "The pact follows a survey of 400 residents that found few had trained abroad, and"
            + " both councils plan to extend it to technologists and physicists next year after a"
            + " review of the first exchanges by an independent panel.\n";
    assertEquals(0, Reprints.of(load(PAGE, longer)).count());
  }
}
