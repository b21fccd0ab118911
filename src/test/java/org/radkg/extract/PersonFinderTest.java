package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonFinderTest {
  private final PersonFinder finder = new PersonFinder();

  private List<String> names(String text) {
    return finder.find(text, 0, text.length()).stream().map(m -> m.entity().label()).toList();
  }

  @Test
  void nameWithDegrees() {
    assertEquals(List.of("Umar Mahmood"), names("Umar Mahmood, MD, PhD, RSNA Board Liaison for International Affairs, said."));
  }

  @Test
  void titledName() {
    assertEquals(List.of("Noriyuki Tomiyama"), names("AOSR President, Prof. Noriyuki Tomiyama, attended the symposium."));
    assertEquals(List.of("Kenji Sato"), names("The JRS President, Prof. Kenji Sato, opened the meeting."));
  }

  @Test
  void nameDoesNotReachAcrossLines() {
    assertEquals(List.of("Hiroshi Tanaka"), names("News Item\n\nHiroshi Tanaka, MD, PhD, JRS Director of International Affairs, visited."));
  }
}
