package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Meetings a text counts in lower case, on sentences written for the purpose. */
class OrdinalMeetingsTest {
  private static List<String> names(String text) {
    return OrdinalMeetings.find(text, 0, text.length()).stream()
        .map(m -> m.entity().label() + "@" + text.substring(m.begin(), m.end()))
        .toList();
  }

  @Test
  void aCountedLowerCaseMeetingOfANamedBodyIsOneEvent() {
    assertEquals(
        List.of(
            "Second Official Meeting of the Zorblan Imaging Initiative@second official meeting"),
        names(
            "The second official meeting of the ‘Zorblan Imaging Initiative’ took place in Lima."));
    assertEquals(
        List.of("3rd Regional Workshop of the Zorblan Society of Sonography@3rd regional workshop"),
        names(
            "Delegates attended the 3rd regional workshop of the Zorblan Society of Sonography in Lima."));
  }

  @Test
  void anAnnualMeetingOrACapitalizedNameIsLeftToTheEditionReaders() {
    assertEquals(
        List.of(),
        names(
            "The 61st annual meeting of the Zorblan Society opened. The Second Meeting of the Zorblan Board closed."));
  }
}
