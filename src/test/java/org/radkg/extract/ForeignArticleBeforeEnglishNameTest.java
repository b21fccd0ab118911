package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Another language's article opening a sentence before an English name is not part of it. */
class ForeignArticleBeforeEnglishNameTest {
  @Test
  void anArticleBeforeAnEnglishNameOpensTheSentenceNotTheName() {
    List<String> names =
        TestArticles.phraseNames(
            "Le European Tarvo Dosimetry Group (ETDG) est une association sans but lucratif.");
    assertTrue(names.contains("European Tarvo Dosimetry Group"), names.toString());
    assertFalse(names.contains("Le European Tarvo Dosimetry Group"), names.toString());
  }

  @Test
  void aPlaceOpenedByAnArticleKeepsIt() {
    List<String> names =
        TestArticles.phraseNames("Los Alamos Imaging Society met in May with its partners.");
    assertTrue(names.contains("Los Alamos Imaging Society"), names.toString());
  }
}
