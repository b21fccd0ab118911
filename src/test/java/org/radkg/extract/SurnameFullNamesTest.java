package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person named by the surname alone takes the full name the article writes elsewhere; sentences
 * written for the purpose.
 */
class SurnameFullNamesTest {
  private final PersonFinder finder = new PersonFinder();

  @Test
  void aLoneSurnameTakesTheFullNameWrittenWithoutCues() {
    String text =
        "The meeting was attended by the Lakeside Imaging Society Marta Velkonen, and others.\nMrs Velkonen said it was fine.";
    List<String> labels =
        finder.find(text, 0, text.length()).stream().map(m -> m.entity().label()).toList();
    assertEquals(List.of("Marta Velkonen", "Marta Velkonen"), labels);
  }

  @Test
  void aSurnameWithNoFullNameStaysAsWritten() {
    String text = "Mrs Velkonen said it was fine; the Velkonen Prize went to the team.";
    assertEquals(
        List.of("Velkonen"),
        finder.find(text, 0, text.length()).stream()
            .map(m -> m.entity().label())
            .distinct()
            .toList());
  }

  @Test
  void aNameWrittenAgainWithoutItsInitialIsTheSamePerson() {
    String text =
        "Dr. Hemi R. Tavakori spoke first.\nThe panel: Breast Committee Chair, Hemi Tavakori; and others.";
    assertEquals(
        List.of("Hemi R. Tavakori", "Hemi R. Tavakori"),
        finder.find(text, 0, text.length()).stream().map(m -> m.entity().label()).toList());
  }
}
