package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A name written in a script without spaces between words (Chinese, Japanese, Korean) is found with
 * the particle or title glued to it.
 */
class UnspacedNamesTest {
  private static final Entity KSR =
      new Entity(
          "korean-society-of-radiology",
          "Korean Society of Radiology",
          "KSR",
          new TreeSet<>(List.of("대한영상의학회")),
          EnumSet.of(EntityType.SOCIETY),
          new TreeSet<>(),
          null);
  private static final Lexicon LEXICON = new Lexicon(List.of(KSR));

  @Test
  void aKoreanNameIsFoundBeforeItsParticle() {
    String text = "대한영상의학회는 9월 21일 KCR 2016을 개최한다.";
    List<Mention> found = LEXICON.find(text, 0, text.length());
    assertEquals(1, found.size(), found::toString);
    assertEquals(KSR, found.get(0).entity());
    assertEquals("대한영상의학회", text.substring(found.get(0).begin(), found.get(0).end()));
  }

  @Test
  void anEnglishNameStillNeedsWholeWords() {
    String text = "The KSRs and the KSR met.";
    List<Mention> found = LEXICON.find(text, 0, text.length());
    assertEquals(1, found.size(), found::toString);
    assertEquals("KSR", text.substring(found.get(0).begin(), found.get(0).end()));
  }

  @Test
  void theNativeNameIsLookedUpToo() {
    assertEquals(KSR, LEXICON.lookup("대한영상의학회").orElseThrow());
  }
}
