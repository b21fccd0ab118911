package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An organization a name states as its owner ("the 12th Annual Meeting of the X Society", "X
 * Society Screening Guidelines") is named by the article, on sentences written for the purpose.
 */
class OwnerMentionsTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  private static List<String> mentioned(String paragraph) {
    return TestArticles.extract(SOC, "News in brief", paragraph).mentions().stream()
        .map(m -> m.entity().label())
        .toList();
  }

  @Test
  void ownerAfterOfInAnEventNameIsMentioned() {
    List<String> names =
        mentioned(
            "Delegates from Lakeside met in Oslo at the 12th Annual Meeting of the Japanese Society of Radiological Technology last spring.");
    assertTrue(names.contains("Japanese Society of Radiological Technology"), names::toString);
  }

  @Test
  void ownerOpeningAnInitiativeNameIsMentioned() {
    List<String> names =
        mentioned(
            "Speakers at the Lakeside session reviewed the new American Cancer Society Lung Screening Guidelines for rural clinics.");
    assertTrue(names.contains("American Cancer Society"), names::toString);
  }

  @Test
  void ownerIsMentionedOnceWhenTheTextNamesItAlready() {
    List<String> names =
        mentioned(
            "The Japanese Society of Radiological Technology thanked Lakeside members who came to the 12th Annual Meeting of the Japanese Society of Radiological Technology.");
    assertTrue(
        names.stream().filter("Japanese Society of Radiological Technology"::equals).count() >= 1,
        names::toString);
  }

  @Test
  void noOwnerWithoutAnOwningName() {
    List<String> names =
        mentioned(
            "Radiographers from Lakeside met in Oslo for a regional workshop on dose audits.");
    assertFalse(names.contains("American Cancer Society"), names::toString);
  }
}
