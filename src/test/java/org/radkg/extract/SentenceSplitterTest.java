package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> split(String text) {
    return splitter.split(text, 0, text.length()).stream()
        .map(s -> text.substring(s.begin(), s.end()))
        .toList();
  }

  @Test
  void noSplitAfterKnownAbbreviations() {
    String text =
        "The lecture was given by Prof. Kenji Sato of Tokyo. The course was held in St. Vincent and the Grenadines. "
            + "Martin Luther King Jr. Hospital joined the program.";
    assertEquals(3, split(text).size(), split(text)::toString);
    assertEquals("The lecture was given by Prof. Kenji Sato of Tokyo.", split(text).get(0));
  }
}
