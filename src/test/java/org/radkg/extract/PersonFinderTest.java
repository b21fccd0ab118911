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
    assertEquals(
        List.of("Umar Mahmood"),
        names("Umar Mahmood, MD, PhD, RSNA Board Liaison for International Affairs, said."));
  }

  @Test
  void titledName() {
    assertEquals(
        List.of("Noriyuki Tomiyama"),
        names("AOSR President, Prof. Noriyuki Tomiyama, attended the symposium."));
    assertEquals(
        List.of("Kenji Sato"), names("The JRS President, Prof. Kenji Sato, opened the meeting."));
  }

  @Test
  void nameDoesNotReachAcrossLines() {
    assertEquals(
        List.of("Hiroshi Tanaka"),
        names(
            "News Item\n\nHiroshi Tanaka, MD, PhD, JRS Director of International Affairs, visited."));
  }

  @Test
  void nameKnownByTheRoleAfterIt() {
    assertEquals(
        List.of("Jane Doe"),
        names("Jane Doe, Deputy Director General of the Agency, opened the course."));
    assertEquals(
        List.of("Karl Fenwick"),
        names("“We are glad,” said Karl Fenwick, chair of the XYZ Commission on Quality."));
    assertEquals(
        List.of("Jane Doe"), names("Jane Doe, IAEA Deputy Director General, welcomed them."));
  }

  @Test
  void nameKnownByTheOfficeOfABodyBeforeIt() {
    assertEquals(
        List.of("Valdir Mugrave"),
        names("The president of the Lakeside Imaging Society, Valdir Mugrave, said it."));
    assertEquals(
        List.of("Jean-Marc Belvaux"), names("Le président de la SFR, Jean-Marc Belvaux, a dit."));
    assertEquals(
        List.of("Tavio Brenck"), names("O presidente do CBR, Tavio Brenck, e os diretores."));
    // A letter's salutations under an office line are no names.
    assertEquals(
        List.of(),
        names("Chairman of the ESR Board of Directors\n\nDear ESR Member,\nDear Colleague,\n"));
  }

  @Test
  void placeOrOrganizationBeforeARoleIsNoPerson() {
    assertEquals(
        List.of(), names("Northfield Cancer Center, director of imaging services, said nothing."));
    assertEquals(List.of(), names("In Vienna, the director spoke."));
  }

  @Test
  void titleBeforeNameIsNotPartOfIt() {
    assertEquals(
        List.of("Jane Doe"),
        names("The course was opened by IAEA Deputy Director General Jane Doe last week."));
    assertEquals(List.of(), names("The Deputy Director General (DDG) signed the arrangement."));
    assertEquals(
        List.of("Tomas Berg"),
        names("We welcome President Elect Tomas Berg as the new president."));
  }

  @Test
  void middleInitialsDottedDegreesAndPossessives() {
    assertEquals(
        List.of("Martin Q. Hollis"),
        names("Martin Q. Hollis, M.D., former chair of radiology, retired."));
    assertEquals(
        List.of("Ada Brenton", "Ada Brenton"),
        names("Ada Brenton, Ph.D., spoke. Ada Brenton's lab grew."));
  }

  @Test
  void surnameAfterFullNameIsThatPerson() {
    assertEquals(
        List.of("Jane Doe", "Jane Doe"),
        names("Jane Doe, chair of the board, spoke. Later Dr. Doe said more."));
  }

  @Test
  void nameWithAndWithoutInitialIsOnePersonKnownByBoth() {
    List<Mention> found =
        finder.find("Prof. Ulla M. Varga spoke. Later Prof. Ulla Varga, MD, answered.", 0, 64);
    assertEquals(
        List.of("Ulla M. Varga", "Ulla M. Varga"),
        found.stream().map(m -> m.entity().label()).toList());
    assertEquals(java.util.Set.of("Ulla Varga"), found.get(0).entity().altLabels());
  }

  @Test
  void surnameInCapitalsIsKeptButFellowshipsAreNot() {
    assertEquals(
        List.of("Min Jae Park"), names("An interview with Professor Min Jae PARK about training."));
    assertEquals(List.of("Liam Brody"), names("Professor Liam Brody FRANZCR opened the session."));
  }

  @Test
  void nameKnownByItsGivenName() {
    assertEquals(List.of("Ingrid Solberg"), names("Ingrid Solberg, Outreach Committee"));
    assertEquals(
        List.of("Walter Okonjo"), names("The grant went to Walter Okonjo from ABCU last spring."));
    assertEquals(
        List.of("Gerhard P. Lindqvist"), names("KSX Gerhard P. Lindqvist reported on the budget."));
    assertEquals(List.of("Pieter van Houten"), names("Pieter van Houten opened the meeting."));
  }

  @Test
  void givenNameInsideALongerNameIsNoPerson() {
    assertEquals(List.of(), names("She trained at Thomas Jefferson University Hospital in 2001."));
    assertEquals(List.of(), names("The Roberto Clemente Award went to the team."));
    assertEquals(
        List.of(), names("The winners were announced at the Annual Meeting in Hong Kong."));
  }

  @Test
  void placeNamedLikeAPersonIsNoPerson() {
    String text = "She is a writer based in Carol Springs, Florida.";
    int at = text.indexOf("Springs");
    assertEquals(
        List.of(),
        finder.find(text, 0, text.length(), span -> span.begin() <= at && at < span.end()));
  }

  @Test
  void surnameOrGivenNameAloneLaterIsTheSamePerson() {
    String text =
        "Walter Okonjo, MD, opened the course. Later Okonjo thanked the staff, and Walter's students sang. "
            + "The Okonjo Foundation paid.";
    List<Mention> found = finder.find(text, 0, text.length());
    assertEquals(
        List.of("Walter Okonjo", "Walter Okonjo", "Walter Okonjo"),
        found.stream().map(m -> m.entity().label()).toList());
    assertEquals("Okonjo", text.substring(found.get(1).begin(), found.get(1).end()));
    assertEquals("Walter", text.substring(found.get(2).begin(), found.get(2).end()));
  }

  @Test
  void givenNamedPersonAfterAnOrdinaryWordOpeningTheSentence() {
    assertEquals(
        List.of("Tomas Berger"),
        names("When Tomas Berger, a former lecturer of physics, arrived, he found two scanners."));
    // A capitalized word that is no ordinary word still keeps a run from being a person: it may
    // open a name.
    assertEquals(List.of(), names("Lakeside Frank Hall hosts the course."));
  }

  @Test
  void nameWithAnOrganizationInBracketsIsAPerson() {
    assertEquals(
        List.of("Pravesh Mehtabi"),
        names(
            "The update was presented by Pravesh Mehtabi (Lakeside General Hospital, Denver, USA)."));
    // Ordinary words before an organization in brackets are no name.
    assertEquals(
        List.of(), names("The work of Global Health (World Health Organization, Geneva) grows."));
    assertEquals(List.of(), names("The course by Odenwalt Kessing (Denver, USA) was full."));
  }

  @Test
  void surnameOfTwoWordsLaterIsTheSamePerson() {
    String text =
        "Dr. Dante R. Lozaro Vinent opened the day. Lozaro Vinent is head of imaging at a hospital.";
    List<Mention> found = finder.find(text, 0, text.length());
    assertEquals(
        List.of("Dante R. Lozaro Vinent", "Dante R. Lozaro Vinent"),
        found.stream().map(m -> m.entity().label()).toList());
    assertEquals("Lozaro Vinent", text.substring(found.get(1).begin(), found.get(1).end()));
  }

  @Test
  void feastOrPlaceAfterAnAbbreviatedSaintIsNoPerson() {
    assertEquals(List.of(), names("The staff marked St. Lucia Day with a lecture."));
  }

  @Test
  void middleInitialBetweenUnlistedWordsIsAPersonsName() {
    assertEquals(
        List.of("Zoltavia K. Mirenkova"),
        names("The second report was written by Zoltavia K. Mirenkova; the third came later."));
    // Ordinary words around a letter are no name: "Vitamin D. Researchers".
    assertEquals(
        List.of(), names("They studied vitamin levels, and Vitamin D. Researchers agreed."));
  }

  @Test
  void speakerOfAQuoteIsAPersonWhenTheNameHasNoOrdinaryWord() {
    assertEquals(
        List.of("Tashqur Vendalo"), names("\"The course is open to all,\" said Tashqur Vendalo."));
    assertEquals(
        List.of("Tashqur Vendalo"), names("\"The course is open to all,\" Tashqur Vendalo said."));
    // A company's name holds an ordinary word: "Zephyr Imaging said".
    assertEquals(List.of(), names("\"The scanner ships in May,\" Zephyr Imaging said."));
  }

  @Test
  void doctorWrittenOutIsATitleAndANameBeforeAnAwardsHeadIsNoPerson() {
    assertEquals(
        List.of("Marta Reyes"),
        names("At the opening, Doctor Marta Reyes, President of the Society, spoke."));
    assertEquals(
        List.of(),
        names(
            "The society gave its Thomas Whitcombe Medal and its Laura Finch Award to two physicists."));
    assertEquals(
        List.of(),
        names(
            "The course is funded by a 2019 Peter Lanford-Osei International Education Scholar Grant."));
  }

  @Test
  void aGivenNameThatIsAlsoAnEnglishWordStartsAName() {
    assertEquals(
        List.of("Harry R. Jacobson"),
        names("Harry R. Jacobson, vice chancellor for health affairs, welcomed the guests."));
    assertEquals(List.of("Dawn Whitfield"), names("The award went to Dawn Whitfield of Leeds."));
  }

  @Test
  void aPossessiveOrganizationBeforeANameEndsThere() {
    assertEquals(List.of("John Smith"), names("The stand was run by ACR’s John Smith."));
    assertEquals(
        List.of("Annemarie Wren", "Val Thomas"),
        names("Showing him the workstation are GE's Annemarie Wren and Val Thomas."));
  }
}
