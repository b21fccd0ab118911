package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Initiatives named by a code or a title after their kind word, on sentences written for the purpose. */
class NamedProjectsTest {
  private static List<String> names(String text) {
    return NamedProjects.find(text, 0, text.length()).stream().map(m -> m.entity().label() + "@" + text.substring(m.begin(), m.end())).toList();
  }

  @Test
  void aProjectCodeAfterOrBeforeItsKindWordIsAnInitiative() {
    assertEquals(List.of("LAT/6/031@LAT/6/031"), names("Under the regional project LAT/6/031 the agency trained twelve physicists."));
    assertEquals(List.of("EUR4012@EUR4012"), names("The EUR4012 project closed in 2019."));
    // A code without a kind word is no project ("Room B-12", "COVID-19").
    assertEquals(List.of(), names("The meeting was held in Room B-12 during the COVID-19 pandemic."));
  }

  @Test
  void aTitleInQuotesOrAfterCalledIsAnInitiative() {
    assertEquals(List.of("Safer Scans for Rural Clinics@Safer Scans for Rural Clinics"),
        names("The final meeting of the regional project “Safer Scans for Rural Clinics (SSRC)” took place in May."));
    assertEquals(List.of("Imaging For All Tomorrow@Imaging For All Tomorrow"),
        names("The society has launched a national campaign called Imaging For All Tomorrow to raise funds."));
    // A quoted remark after a kind word is no title.
    assertEquals(List.of(), names("The study, in his words, \"was a great success for all of us\"."));
  }
}
