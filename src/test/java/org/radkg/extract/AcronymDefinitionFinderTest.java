package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymDefinitionFinderTest {
  private final AcronymDefinitionFinder finder = new AcronymDefinitionFinder();

  private List<AcronymDefinition> find(String text) {
    return finder.find(text, 0, text.length());
  }

  private static String pair(AcronymDefinition d) {
    return d.longForm() + " = " + d.acronym();
  }

  @Test
  void mixedCaseLongForm() {
    List<String> found =
        find("The EUropean Federation for CAncer IMages (EUCAIM) project started.").stream()
            .map(AcronymDefinitionFinderTest::pair)
            .toList();
    assertEquals(List.of("EUropean Federation for CAncer IMages = EUCAIM"), found);
  }

  @Test
  void aPossessiveAfterTheLongFormIsNotPartOfTheName() {
    List<String> found =
        find(
                "This follows the Harbour Society of Imaging’s (HSI) new plan and the Lake Physics Board's (LPB) advice.")
            .stream()
            .map(AcronymDefinitionFinderTest::pair)
            .toList();
    assertEquals(List.of("Harbour Society of Imaging = HSI", "Lake Physics Board = LPB"), found);
  }

  @Test
  void aShortFormIntroducedByKnownAs() {
    String text = "The Harbour Dose Guideline (commonly known as HDG) sets limits.";
    List<AcronymDefinition> found = find(text);
    assertEquals(
        List.of("Harbour Dose Guideline = HDG"),
        found.stream().map(AcronymDefinitionFinderTest::pair).toList());
    assertEquals(
        "HDG",
        text.substring(found.get(0).acronymSpan().begin(), found.get(0).acronymSpan().end()));
  }

  @Test
  void reverseOrder() {
    List<String> found =
        find("The AOSOR (Asian Oceanian School of Radiology) was conceived in 2012.").stream()
            .map(AcronymDefinitionFinderTest::pair)
            .toList();
    assertEquals(List.of("Asian Oceanian School of Radiology = AOSOR"), found);
  }

  @Test
  void hyphenatedAcronym() {
    List<String> found =
        find("The Alzheimer’s Network for Treatment and Diagnostics (ALZ-NET) collects data.")
            .stream()
            .map(AcronymDefinitionFinderTest::pair)
            .toList();
    assertEquals(1, found.size(), found::toString);
    assertTrue(found.get(0).endsWith("= ALZ-NET"), found::toString);
    assertTrue(found.get(0).contains("Network for Treatment and Diagnostics"), found::toString);
  }

  @Test
  void nonOrganizationDefinitionKeepsItsOwnLongForm() {
    List<String> found =
        find(
                "The ISR, as Non-State Actor (NSA) in official relations with the WHO, coordinated a statement.")
            .stream()
            .map(AcronymDefinitionFinderTest::pair)
            .toList();
    assertEquals(List.of("Non-State Actor = NSA"), found);
  }
}
