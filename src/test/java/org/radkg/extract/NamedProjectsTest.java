package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Initiatives named by a code or a title after their kind word, on sentences written for the
 * purpose.
 */
class NamedProjectsTest {
  private static List<String> names(String text) {
    return NamedProjects.find(text, 0, text.length()).stream()
        .map(m -> m.entity().label() + "@" + text.substring(m.begin(), m.end()))
        .toList();
  }

  @Test
  void aProjectCodeAfterOrBeforeItsKindWordIsAnInitiative() {
    assertEquals(
        List.of("LAT/6/031@LAT/6/031"),
        names("Under the regional project LAT/6/031 the agency trained twelve physicists."));
    assertEquals(List.of("EUR4012@EUR4012"), names("The EUR4012 project closed in 2019."));
    // A code without a kind word is no project ("Room B-12", "COVID-19").
    assertEquals(
        List.of(), names("The meeting was held in Room B-12 during the COVID-19 pandemic."));
  }

  @Test
  void aTitleInQuotesOrAfterCalledIsAnInitiative() {
    assertEquals(
        List.of("Safer Scans for Rural Clinics@Safer Scans for Rural Clinics"),
        names(
            "The final meeting of the regional project “Safer Scans for Rural Clinics (SSRC)” took place in May."));
    assertEquals(
        List.of("Imaging For All Tomorrow@Imaging For All Tomorrow"),
        names(
            "The society has launched a national campaign called Imaging For All Tomorrow to raise funds."));
    // A quoted remark after a kind word is no title.
    assertEquals(
        List.of(), names("The study, in his words, \"was a great success for all of us\"."));
  }

  private static List<String> schemes(String text) {
    return NamedProjects.beforeLowercaseKind(text, 0, text.length(), List.of()).stream()
        .map(m -> m.entity().label() + "@" + text.substring(m.begin(), m.end()))
        .toList();
  }

  @Test
  void titleCaseWordsBeforeALowercaseKindWordNameAScheme() {
    assertEquals(
        List.of(
            "Governor's Rural Health Insurance Scheme@Governor's Rural Health Insurance scheme"),
        schemes(
            "Patients are treated for free under the Governor's Rural Health Insurance scheme, the minister said."));
    assertEquals(
        List.of("Chest Imaging Outreach Program@Chest Imaging Outreach program"),
        schemes("The Chest Imaging Outreach program started in 2019."));
    // An organization's project, or an acronym's, is no name of its own.
    assertEquals(
        List.of(), schemes("The European Union project ended. The WHO StopTB campaign began."));
  }

  @Test
  void aQuotedTitleAfterAResolutionOrBeforeAProgramWordIsAnInitiative() {
    assertEquals(
        List.of("Improving Sonography Access Worldwide@Improving Sonography Access Worldwide"),
        names(
            "The resolution, titled “Improving Sonography Access Worldwide,” was adopted by consensus."));
    assertEquals(
        List.of("Bridging Gaps Across the Andes@Bridging Gaps Across the Andes"),
        names("The gift supports the society’s “Bridging Gaps Across the Andes” program."));
    assertEquals(
        List.of(
            "Bridging Gaps Across the Andes@Bridging Gaps Across the Andes",
            "Bridging Gaps Across the Andes@Across the Andes"),
        names(
            "The gift supports the society’s “Bridging Gaps Across the Andes” program. "
                + "The “Across the Andes” program trains sonographers."));
    // A quoted title before an event's word is an event's, not a program's.
    assertEquals(List.of(), names("She chaired the “Imaging in the Andes” session."));
  }

  @Test
  void anAcronymsExpansionInBracketsAfterItsKindWordNamesTheProject() {
    List<Mention> found =
        NamedProjects.find(
            "The 4-year QUEST project (Quality, Use and Education in Sonography Training) began.",
            0,
            80);
    assertEquals(1, found.size(), found::toString);
    assertEquals(
        "Quality, Use and Education in Sonography Training", found.get(0).entity().label());
    assertEquals("QUEST", found.get(0).entity().acronym());
    // Brackets that do not spell the acronym are no expansion.
    assertEquals(List.of(), names("The QUEST project (funded since 2030) began."));
  }
}
