package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events written without a capitalized name of their own: lower-case society meetings and quoted
 * titles.
 */
class EventNamingTest {
  private static List<String> labels(ArticleFindings f) {
    return f.mentions().stream().map(m -> m.entity().label()).distinct().toList();
  }

  private static void assertLabel(List<String> labels, String expected) {
    assertTrue(labels.contains(expected), () -> "missing " + expected + " in " + labels);
  }

  @Test
  void aLowerCaseAnnualMeetingOfASocietyIsThatSocietysMeeting() {
    ArticleFindings f =
        TestArticles.extract(
            "ACR - American College of Radiology",
            "Meeting News",
            "BOSTON (May 2, 2033) -- The city will welcome the 61st annual meeting of the American College of Radiology next week.");
    assertLabel(labels(f), "ACR Annual Meeting 2033");
    assertLabel(labels(f), "American College of Radiology");
  }

  @Test
  void aLowerCaseMeetingOfAKnownSeriesAlsoGoesByTheNameAsWritten() {
    ArticleFindings f =
        TestArticles.extract(
            "ACR - American College of Radiology",
            "Meeting News",
            "The 23rd annual meeting of the British Society of Interventional Radiology opened in Liverpool.");
    assertTrue(
        f.mentions().stream()
            .anyMatch(
                m ->
                    m.entity()
                        .altLabels()
                        .contains(
                            "23rd Annual Meeting of the British Society of Interventional Radiology")),
        () -> f.mentions().toString());
  }

  @Test
  void anAppositionNamingTheEventAgainMakesNoSecondEvent() {
    ArticleFindings f =
        TestArticles.extract(
            "ACR - American College of Radiology",
            "Meeting News",
            "The Lakeside Imaging Forum 2033, the annual meeting of the American College of Radiology, opened in Denver.");
    assertTrue(
        labels(f).stream().noneMatch(l -> l.contains("Annual Meeting")),
        () -> labels(f).toString());
  }

  @Test
  void aSocietysLowerCaseConferenceIsItsConferenceAndTheSocietyStaysNamed() {
    ArticleFindings f =
        TestArticles.extract(
            "ESR - European Society of Radiology",
            "Africa",
            "Delegates gathered at the 7th African Society of Radiology conference in March 2031 in Accra, Ghana.");
    List<String> labels = labels(f);
    assertLabel(labels, "African Society of Radiology Conference 2031");
    assertLabel(labels, "African Society of Radiology");
  }

  @Test
  void aQuotedTitleAfterEditionOfOrBeforeSessionNamesAnEvent() {
    ArticleFindings f =
        TestArticles.extract(
            "ESR - European Society of Radiology",
            "Partners",
            "The college will host the first edition of ‘Imaging on the Coast’ in Recife, Brazil. "
                + "Speakers met during the ‘Radiology meets the Andes’ session.");
    List<String> labels = labels(f);
    assertLabel(labels, "Imaging on the Coast");
    assertLabel(labels, "Radiology meets the Andes");
  }

  @Test
  void aTitleInStraightQuotesBeforeSideEventOrAfterEventTitledNamesAnEvent() {
    ArticleFindings f =
        TestArticles.extract(
            "ESR - European Society of Radiology",
            "Partners",
            "Guests at the 'Dose Matters Now' side event, held during the 12th Nordic Congress of Imaging. "
                + "The society spoke at an event titled ‘Shared Reading Rooms’ in Oslo. It's the society's 'best' year.");
    List<String> labels = labels(f);
    assertLabel(labels, "Dose Matters Now");
    assertLabel(labels, "Shared Reading Rooms");
    assertTrue(
        labels.stream().noneMatch(l -> l.equals("best") || l.startsWith("s the")),
        labels::toString);
  }

  @Test
  void theEventIsTheOneJustNamedNotTheCongressAroundIt() {
    List<String> r =
        TestArticles.newsItem(
            "ESR - European Society of Radiology",
            "The Nordic Congress of Imaging 2031 opened in Bergen. During the Nordic Congress of Imaging 2031, speakers "
                + "joined the 'Dose Matters Now' side event. The event, jointly organized by the Karolinska Institute and the University of Oslo, was full.");
    TestArticles.assertHas(r, "Karolinska Institute | PARTNERS_IN | Dose Matters Now");
    assertTrue(
        r.stream().noneMatch(x -> x.startsWith("Karolinska Institute | PARTNERS_IN | Nordic")),
        r::toString);
  }

  @Test
  void anAcronymAYearAndAnEventNounNameThatYearsEdition() {
    ArticleFindings f =
        TestArticles.extract(
            "ESR - European Society of Radiology",
            "Meeting News",
            "Abstracts for the BSRQ 2032 symposium are due soon; the BSRQ 2030 meeting drew a record crowd.");
    List<String> labels = labels(f);
    assertLabel(labels, "BSRQ 2032");
    assertLabel(labels, "BSRQ 2030");
  }

  @Test
  void aTitleCaseSubtitleAfterAColonIsPartOfAnUndatedEventsName() {
    ArticleFindings f =
        TestArticles.extract(
            "ESR - European Society of Radiology",
            "Forum News",
            "The society recently held the Nordic Imaging Forum: Safe Use of Contrast Media on March 4 in Bergen.");
    assertLabel(labels(f), "Nordic Imaging Forum: Safe Use of Contrast Media");
  }

  @Test
  void aSocietysPossessiveAnnualCongressIsItsCongress() {
    ArticleFindings f =
        TestArticles.extract(
            "ESR - European Society of Radiology",
            "Office News",
            "The society will open a second office after the American College of Radiology's annual congress in Denver.");
    assertTrue(
        f.mentions().stream()
            .anyMatch(
                m ->
                    m.entity().is(EntityType.EVENT)
                        && m.entity().altLabels().contains("ACR Annual Congress")),
        () -> labels(f).toString());
  }

  @Test
  void aCapitalizedAnnualMeetingOfANamedSocietyIsThatSocietysMeeting() {
    Entity society =
        Entity.of(
            "harbour-imaging-society",
            "Harbour Imaging Society",
            EntityType.ORGANIZATION,
            EntityType.SOCIETY);
    String text =
        "Notice about Cancellation of the 33rd Annual Meeting of the Harbour Imaging Society in Bergen";
    int at = text.indexOf("Harbour");
    List<Mention> found =
        new EventFinder(new Lexicon(List.of(society)))
            .find(
                text,
                0,
                text.length(),
                List.of(new Mention(society, at, at + society.label().length())));
    assertTrue(
        found.stream()
            .anyMatch(
                m ->
                    text.substring(m.begin(), m.end()).equals("Annual Meeting")
                        && m.entity().is(EntityType.EVENT)),
        found::toString);
  }

  @Test
  void anAwarenessDayDatedRightAfterItsNameIsThatYearsCelebration() {
    ArticleFindings f =
        TestArticles.extract(
            "ESR - European Society of Radiology",
            "Day News",
            "This issue covers the World Sonography Day, which was on October 3, 2031. "
                + "On the occasion of the Global Dose Awareness Day (GDAD 2030), talks were given.");
    List<String> labels = labels(f);
    assertLabel(labels, "World Sonography Day 2031");
    assertLabel(labels, "Global Dose Awareness Day 2030");
  }

  @Test
  void anAwarenessDayWithAYearAfterItsNameIsThatYearsCelebration() {
    List<String> labels =
        labels(
            TestArticles.extract(
                "ESR - European Society of Radiology",
                "Day News",
                "On World Sonography Day 2031 the Zorblan Society partners with local clinics."));
    assertLabel(labels, "World Sonography Day 2031");
    assertTrue(labels.stream().noneMatch("World Sonography Day"::equals), labels::toString);
  }

  @Test
  void anAwarenessDayInASentenceThatDatesItsCelebrationIsThatYearsCelebration() {
    List<String> quoted =
        labels(
            TestArticles.extract(
                "ESR - European Society of Radiology",
                "Day News",
                "We encourage members to celebrate this year's \"World Sonography Day\" on the 8th November 2031 as a branch."));
    assertLabel(quoted, "World Sonography Day 2031");
    List<String> defined =
        labels(
            TestArticles.extract(
                "ESR - European Society of Radiology",
                "Day News",
                "Thursday 7 November 2031, the Zorblan Agency will join the celebration of the "
                    + "5th International Day of Medical Sonography (IDMS)."));
    assertLabel(defined, "International Day of Medical Sonography 2031");
    // Undated, or dated without a celebration: the recurring day stays a campaign.
    List<String> undated =
        labels(
            TestArticles.extract(
                "ESR - European Society of Radiology",
                "Day News",
                "Each year we commemorate World Sonography Day on October 3. "
                    + "The Zorblan Society, which supports World Sonography Day, opened a clinic on 2 May 2031."));
    assertTrue(undated.stream().noneMatch(l -> l.endsWith("2031")), undated::toString);
  }

  @Test
  void theCelebrationOfADayIsNamedByTheDay() {
    List<String> labels =
        labels(
            TestArticles.extract(
                "ESR - European Society of Radiology",
                "Day News",
                "Reports include the Celebration of the International Day of Medical Sonography 2031 in Plovdiv."));
    assertLabel(labels, "International Day of Medical Sonography 2031");
    assertTrue(labels.stream().noneMatch(l -> l.startsWith("Celebration")), labels::toString);
  }

  @Test
  void anUnknownAcronymWithAYearNamesAnEditionOnlyWhereTheSentenceSpeaksOfAGathering() {
    ArticleFindings f =
        TestArticles.extract(
            "ESR - European Society of Radiology",
            "Year in review",
            "QXMR 2034 drew record attendance with numerous scientific sessions in Lisbon. "
                + "The society also adopted VRPL 2034, its plan for the next decade.");
    List<String> labels = labels(f);
    assertLabel(labels, "QXMR 2034");
    assertTrue(labels.stream().noneMatch(l -> l.startsWith("VRPL")), labels::toString);
    List<String> defined =
        labels(
            TestArticles.extract(
                "ESR - European Society of Radiology",
                "Year in review",
                "The coalition was launched at the Nordic Stroke Conference 2034 (NSCX 2034) in Oslo, with many sessions."));
    assertTrue(defined.stream().noneMatch(l -> l.startsWith("NSCX")), defined::toString);
  }

  @Test
  void aSocietysCongressCountedByAnOrdinalBetweenThemIsThatEdition() {
    ArticleFindings f =
        TestArticles.extract(
            "ESR - European Society of Radiology",
            "Lagoon news",
            "At the ESR’s 14th world congress, held in Quito in late May, members voted.");
    List<String> names =
        f.mentions().stream()
            .filter(m -> m.entity().is(EntityType.EVENT))
            .flatMap(m -> Lexicon.namesOf(m.entity()).stream())
            .distinct()
            .toList();
    assertLabel(names, "14th ESR World Congress");
    assertLabel(names, "14th World Congress of the European Society of Radiology");
  }

  @Test
  void aQuotedThemeOfAnEventIsNoEvent() {
    ArticleFindings subtitle =
        TestArticles.extract(
            "ESR - European Society of Radiology",
            "Congress News",
            "The Nordic Congress of Imaging 2033 opens in Oslo. The subtitle of this meeting is \u201cImaging for the Next Generation.\u201d");
    assertTrue(
        labels(subtitle).stream().noneMatch(l -> l.startsWith("Imaging for the Next")),
        () -> labels(subtitle).toString());
    ArticleFindings object =
        TestArticles.extract(
            "ESR - European Society of Radiology",
            "Congress News",
            "The congress offered sessions designed to encourage radiologists to look \u201cBehind the Screen\u201d and beyond.");
    assertTrue(
        labels(object).stream().noneMatch(l -> l.startsWith("Behind the Screen")),
        () -> labels(object).toString());
    ArticleFindings titled =
        TestArticles.extract(
            "ESR - European Society of Radiology",
            "Webinar News",
            "Members joined a webinar on the theme of \u201cSafer Imaging for Children\u201d last week.");
    assertLabel(labels(titled), "Safer Imaging for Children");
  }

  @Test
  void anEventRenamedByAnAppositionIsOneEvent() {
    ArticleFindings f =
        TestArticles.extract(
            "ESR - European Society of Radiology",
            "Congress News",
            "The Lakeside Imaging Forum 2033, also known as the Nordic Winter Congress 2033, was opened in Oslo by the Baltic Radiological Society.");
    assertLabel(labels(f), "Nordic Winter Congress 2033");
    assertTrue(
        labels(f).stream().noneMatch(l -> l.startsWith("Lakeside")), () -> labels(f).toString());
    ArticleFindings namely =
        TestArticles.extract(
            "ESR - European Society of Radiology",
            "Congress News",
            "The 12th Lakeside Imaging Forum 2033 namely the \u201cNordic Winter Congress 2033\u201d drew 900 delegates to Oslo.");
    assertTrue(
        labels(namely).stream().noneMatch(l -> l.contains("Lakeside")),
        () -> labels(namely).toString());
  }
}
