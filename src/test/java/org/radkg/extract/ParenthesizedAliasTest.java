package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.radkg.vocab.Slugs;

/**
 * A name's own acronym in parentheses does not come between the name and what the sentence says
 * next to it.
 */
class ParenthesizedAliasTest {
  private static final String ESR = "European Society of Radiology (ESR)";

  @Test
  void anOfficeOfABodyDefinedWithItsAcronymStillNamesItsHolder() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The meeting was opened by the President of the Radiological Society of South Africa"
                + " (RSSA), Dr Jane Doe, on Monday.");
    TestArticles.assertHas(
        r,
        "Jane Doe | AFFILIATION | Radiological Society of South Africa",
        "Jane Doe | JOB_TITLE | President of the Radiological Society of South Africa");
  }

  @Test
  void theFoldedAcronymStaysOutOfTheUnmaskedWords() {
    String text = "Jane Doe, President of the Lagoon Imaging Society (LIS), spoke.";
    Entity society = entity(EntityType.ORGANIZATION, "Lagoon Imaging Society");
    Entity jane = entity(EntityType.PERSON, "Jane Doe");
    List<Slot> slots =
        List.of(
            slot('H', jane, text, "Jane Doe"),
            slot('O', society, text, "Lagoon Imaging Society"),
            slot('O', society, text, "LIS"));
    MaskedSentence s = new MaskedSentence(text, new Span(0, text.length()), slots);
    assertEquals("⟦H0⟧, President of the ⟦O1⟧, spoke.", s.masked());
    int org = s.masked().indexOf("⟦O1⟧");
    assertEquals(
        "President of the Lagoon Imaging Society",
        s.unmask(s.masked().indexOf("President"), org + "⟦O1⟧".length()));
  }

  @Test
  void anotherBodyInParenthesesStaysInTheMaskedWords() {
    String text = "Jane Doe of the Lagoon Imaging Society (Bright Hospital) spoke.";
    List<Slot> slots =
        List.of(
            slot('H', entity(EntityType.PERSON, "Jane Doe"), text, "Jane Doe"),
            slot(
                'O',
                entity(EntityType.ORGANIZATION, "Lagoon Imaging Society"),
                text,
                "Lagoon Imaging Society"),
            slot('O', entity(EntityType.ORGANIZATION, "Bright Hospital"), text, "Bright Hospital"));
    MaskedSentence s = new MaskedSentence(text, new Span(0, text.length()), slots);
    assertEquals(List.of(0, 1, 2), MaskedSentence.slotIndexes(s.masked()));
  }

  private static Entity entity(EntityType type, String label) {
    return new Entity(
        Slugs.of(label),
        label,
        null,
        new TreeSet<>(),
        java.util.EnumSet.of(type),
        new TreeSet<>(),
        null);
  }

  private static Slot slot(char code, Entity e, String text, String surface) {
    int i = text.indexOf(surface);
    return new Slot(code, e, null, new Span(i, i + surface.length()), false);
  }
}
