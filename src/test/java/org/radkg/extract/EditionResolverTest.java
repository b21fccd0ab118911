package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EditionResolverTest {
  private static final Entity NIS =
      entity("Nordic Imaging Society", "NIS", EntityType.ORGANIZATION, EntityType.SOCIETY);
  private static final Entity NCI = entity("Nordic Congress of Imaging", "NCI", EntityType.EVENT);
  private static final EditionResolver RESOLVER =
      new EditionResolver(new Lexicon(List.of(NIS, NCI)));
  private static final DateFinder DATES = new DateFinder();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private static Entity entity(String label, String acronym, EntityType... types) {
    TreeSet<String> alt = new TreeSet<>();
    if (acronym != null) {
      alt.add(acronym);
    }
    return new Entity(
        org.radkg.vocab.Slugs.of(label),
        label,
        acronym,
        alt,
        EnumSet.of(types[0], types),
        new TreeSet<>(),
        null);
  }

  /**
   * Mentions of {@code e} at every occurrence of {@code surface}, in text order with the others.
   */
  private static List<Mention> mentions(String text, Object... surfaceAndEntity) {
    List<Mention> out = new ArrayList<>();
    for (int k = 0; k < surfaceAndEntity.length; k += 2) {
      String surface = (String) surfaceAndEntity[k];
      for (int b = text.indexOf(surface); b >= 0; b = text.indexOf(surface, b + 1)) {
        out.add(new Mention((Entity) surfaceAndEntity[k + 1], b, b + surface.length()));
      }
    }
    out.sort(Lexicon.BY_POSITION);
    return out;
  }

  private static List<Mention> resolved(String text, List<Mention> mentions) {
    List<DateMention> dates = DATES.find(text, 0, text.length());
    RESOLVER.resolve(
        text,
        mentions,
        SPLITTER.split(text, 0, text.length()),
        dates,
        EditionResolver.referenceYear(text, 0, text.length(), dates));
    return mentions;
  }

  private static List<String> labels(List<Mention> mentions) {
    return mentions.stream().map(m -> m.entity().label()).toList();
  }

  @Test
  void aDatelineOrElseTheYearTheDatesNameMostIsTheReferenceYear() {
    String release =
        "ZURICH, Switzerland (March 3, 2011) -- The society met in 2009, in 2009 again and in 2010.";
    assertEquals(
        2011,
        EditionResolver.referenceYear(
            release, 0, release.length(), DATES.find(release, 0, release.length())));
    String letter = "We met in May 2019 and in June 2019; the plan runs to 2024.";
    assertEquals(
        2019,
        EditionResolver.referenceYear(
            letter, 0, letter.length(), DATES.find(letter, 0, letter.length())));
    assertNull(EditionResolver.referenceYear("No date here.", 0, 13, List.of()));
  }

  @Test
  void thisYearsMeetingIsTheEditionOfTheReferenceYearAndSoAreItsOtherMentions() {
    Entity meeting = entity("NIS Annual Meeting", null, EntityType.EVENT);
    String text =
        "The Nordic Imaging Society thanks its 2017 volunteers. This year's Annual Meeting took place in Oslo. "
            + "Next year's Annual Meeting moves to Turku. The Annual Meeting drew 900 people.";
    List<Mention> out =
        resolved(text, mentions(text, "Nordic Imaging Society", NIS, "Annual Meeting", meeting));
    // "next year's" is 2018: the article names two editions, so the undated last mention stays the
    // series.
    assertEquals(
        List.of(
            "Nordic Imaging Society",
            "NIS Annual Meeting 2017",
            "NIS Annual Meeting 2018",
            "NIS Annual Meeting"),
        labels(out));

    String one =
        "The Nordic Imaging Society thanks its 2017 volunteers. This year's Annual Meeting took place in Oslo. "
            + "The Annual Meeting drew 900 people.";
    List<Mention> single =
        resolved(one, mentions(one, "Nordic Imaging Society", NIS, "Annual Meeting", meeting));
    assertEquals("NIS Annual Meeting 2017", single.get(2).entity().label());
    assertTrue(
        single.get(2).entity().altLabels().contains("Nordic Imaging Society Annual Meeting 2017"),
        single.get(2).entity().altLabels()::toString);
  }

  @Test
  void aRelativeYearTheSentenceStatesOnceDatesItsSeries() {
    String text =
        "WARSAW (June 1, 2030) -- Next year, the Nordic Congress of Imaging moves to Turku.";
    assertEquals(
        "Nordic Congress of Imaging 2031",
        labels(resolved(text, mentions(text, "Nordic Congress of Imaging", NCI))).get(0));
    String twice =
        "WARSAW (June 1, 2030) -- Not this year but next year, the Nordic Congress of Imaging moves to Turku.";
    assertEquals(
        "Nordic Congress of Imaging",
        labels(resolved(twice, mentions(twice, "Nordic Congress of Imaging", NCI))).get(0));
  }

  @Test
  void anOrdinalEditionIsTheReferenceYearsUnlessTheArticleNamesSeveralOrdinals() {
    String report = "Annual report 2015. NIS's 40th Annual Meeting opened the year.";
    Entity meeting = entity("NIS Annual Meeting", null, EntityType.EVENT);
    assertEquals(
        "NIS Annual Meeting 2015",
        labels(resolved(report, mentions(report, "Annual Meeting", meeting))).get(0));

    // A course is named with its ordinal ("1st Summer School"), not given a year.
    Entity school = entity("Summer School on Imaging", null, EntityType.EVENT);
    EditionResolver knowing = new EditionResolver(new Lexicon(List.of(school)));
    String course = "News of 2015. The society sponsored the 1st Summer School on Imaging.";
    List<Mention> c = mentions(course, "Summer School on Imaging", school);
    List<DateMention> dates = DATES.find(course, 0, course.length());
    knowing.resolve(course, c, SPLITTER.split(course, 0, course.length()), dates, 2015);
    assertEquals("Summer School on Imaging", c.get(0).entity().label());

    // The date right after the 4th congress is its own, not the 5th's; and two ordinals fix no year
    // for the others.
    String history =
        "Looking back from 2020. At the 4th Nordic Congress of Imaging on May 2, 1990 the board chose Riga "
            + "for the 5th Nordic Congress of Imaging. The Nordic Congress of Imaging grew.";
    List<String> l =
        labels(resolved(history, mentions(history, "Nordic Congress of Imaging", NCI)));
    assertEquals(
        List.of(
            "Nordic Congress of Imaging 1990",
            "Nordic Congress of Imaging",
            "Nordic Congress of Imaging"),
        l);
  }

  @Test
  void aSentenceThatSpeaksOfTheSeriesKeepsItAndTheEditionIsPartOfIt() {
    String text =
        "The society runs many events, such as NCI. In March 2030 the Nordic Congress of Imaging meets in Bergen.";
    List<Mention> out =
        resolved(text, mentions(text, "NCI", NCI, "Nordic Congress of Imaging", NCI));
    assertEquals(
        List.of("Nordic Congress of Imaging", "Nordic Congress of Imaging 2030"), labels(out));
    List<Relation> partOf =
        RESOLVER.partOfSeries(text, out, SPLITTER.split(text, 0, text.length()));
    assertEquals(1, partOf.size());
    assertEquals(Predicate.PART_OF, partOf.get(0).predicate());
    assertEquals("Nordic Congress of Imaging", ((Entity) partOf.get(0).object()).label());
  }

  @Test
  void aSymposiumOfAnArticleAboutOneCongressEditionIsPartOfIt() {
    Entity congress = entity("Nordic Congress of Imaging 2032", null, EntityType.EVENT);
    Entity symposium = entity("Fjord Symposium on Dose", null, EntityType.EVENT);
    Entity other = entity("Baltic Congress of Imaging 2031", null, EntityType.EVENT);
    String text =
        "The Nordic Congress of Imaging 2032 drew 4,000 people. The Fjord Symposium on Dose was full.";
    List<Mention> mentions =
        mentions(
            text,
            "Nordic Congress of Imaging 2032",
            congress,
            "Fjord Symposium on Dose",
            symposium);
    List<Relation> partOf =
        RESOLVER.partOfSeries(text, mentions, SPLITTER.split(text, 0, text.length()));
    assertEquals(List.of(), partOf);
    List<Relation> sessions =
        RESOLVER.sessionsOfCongress(text, mentions, SPLITTER.split(text, 0, text.length()));
    assertEquals(1, sessions.size());
    assertEquals(symposium, sessions.get(0).subject());
    assertEquals(congress, sessions.get(0).object());

    // Two congresses named as often: the symposium's is unsaid.
    String two =
        "The Nordic Congress of Imaging 2032 and the Baltic Congress of Imaging 2031 met. The Fjord Symposium on Dose was full.";
    List<Mention> both =
        mentions(
            two,
            "Nordic Congress of Imaging 2032",
            congress,
            "Baltic Congress of Imaging 2031",
            other,
            "Fjord Symposium on Dose",
            symposium);
    assertEquals(
        List.of(), RESOLVER.sessionsOfCongress(two, both, SPLITTER.split(two, 0, two.length())));
  }

  @Test
  void oneEventSpelledTwoWaysBecomesOneEntityWithBothNames() {
    Entity full =
        entity(
            "Nordic Imaging Society World Congress 2031",
            "NIS World Congress 2031",
            EntityType.EVENT);
    TreeSet<String> alt = new TreeSet<>(List.of("Nordic Imaging Society World Congress 2031"));
    Entity owned =
        new Entity(
            "nis-world-congress-2031",
            "NIS World Congress 2031",
            null,
            alt,
            EnumSet.of(EntityType.EVENT),
            new TreeSet<>(),
            null);
    List<Mention> mentions =
        new ArrayList<>(List.of(new Mention(full, 0, 10), new Mention(owned, 20, 30)));
    EditionResolver.mergeSpellings(mentions);
    assertEquals(mentions.get(0).entity(), mentions.get(1).entity());
    assertTrue(mentions.get(1).entity().altLabels().contains("NIS World Congress 2031"));
  }

  @Test
  void theCongressIsTheEventTheArticleNamesMostNotTheLastOneNamedInPassing() {
    Entity main = entity("Nordic Congress of Imaging 2031", null, EntityType.EVENT);
    Entity other = entity("Baltic Radiology Days 2030", null, EntityType.EVENT);
    List<Mention> before =
        List.of(new Mention(main, 0, 5), new Mention(main, 10, 15), new Mention(other, 20, 25));
    assertEquals(main, AnaphoraResolver.mainEvent(before));
    String text = "x".repeat(30) + "The congress will be held in Bergen.";
    List<Slot> slots =
        new AnaphoraResolver().resolve(text, new Span(30, text.length()), before, NIS);
    assertTrue(slots.stream().anyMatch(s -> main.equals(s.entity())), slots::toString);

    // "The next congress" is another edition: neither the main one nor the last one named.
    String next = "x".repeat(30) + "The next congress will be held in Riga in May 2033.";
    List<Slot> none =
        new AnaphoraResolver().resolve(next, new Span(30, next.length()), before, NIS);
    assertTrue(
        none.stream().noneMatch(s -> s.entity() != null && s.entity().is(EntityType.EVENT)),
        none::toString);
  }

  @Test
  void aSocietysYearBeforeItsWorldCongressNamesThatEdition() {
    String paragraph =
        "In May the Ruritanian Ultrasound Society hosted the WFUMB 2031 World Congress in Porto, Portugal.";
    ArticleFindings f =
        TestArticles.extract(
            "WFUMB - World Federation for Ultrasound in Medicine and Biology",
            "Congress News",
            paragraph);
    // One mention over the whole "WFUMB 2031 World Congress", not "WFUMB 2031" and an undated
    // "World Congress".
    int at = f.article().source().text().indexOf("WFUMB 2031 World Congress");
    assertTrue(
        f.mentions().stream()
            .anyMatch(
                m ->
                    m.begin() == at
                        && m.end() == at + "WFUMB 2031 World Congress".length()
                        && Lexicon.namesOf(m.entity()).contains("WFUMB World Congress 2031")),
        () -> f.mentions().toString());
  }

  @Test
  void aSeriesDatedRightAfterByADayWithoutAYearIsTheEditionOfTheReferenceYear() {
    String text =
        "Our 2031 report. The new guideline was presented at the Nordic Congress of Imaging (3–6 June, Bergen, Norway).";
    assertEquals(
        "Nordic Congress of Imaging 2031",
        labels(resolved(text, mentions(text, "Nordic Congress of Imaging", NCI))).get(0));
    // A day without a year elsewhere in the sentence dates something else.
    String elsewhere =
        "Our 2031 report. The Nordic Congress of Imaging board met in Bergen, and on 3 June the guideline was out.";
    assertEquals(
        "Nordic Congress of Imaging",
        labels(resolved(elsewhere, mentions(elsewhere, "Nordic Congress of Imaging", NCI))).get(0));
    // A forum on one day is a session of something, not an edition.
    Entity forum = entity("Fjord Rural Imaging Forum", null, EntityType.EVENT);
    String session = "Our 2031 report. Highlights: the Fjord Rural Imaging Forum on 3 June.";
    assertEquals(
        "Fjord Rural Imaging Forum",
        labels(resolved(session, mentions(session, "Fjord Rural Imaging Forum", forum))).get(0));
  }

  @Test
  void theDatesAndPlacesInParenthesesAfterACongressAreItsOwn() {
    List<String> r =
        TestArticles.newsItem(
            "ESR - European Society of Radiology",
            "In 2031 the society's statement was presented at the Nordic Congress of Imaging (3–6 June, Bergen, Norway), and sparked debate.");
    TestArticles.assertHas(
        r,
        "Nordic Congress of Imaging 2031 | LOCATION | Bergen",
        "Nordic Congress of Imaging 2031 | LOCATION | Norway",
        "Nordic Congress of Imaging 2031 | START_DATE | 2031-06-03");
  }

  @Test
  void aSentenceOpeningWithWhereAndWhenTheEventTakesPlaceLocatesAndDatesIt() {
    List<String> r =
        TestArticles.newsItem(
            "ESR - European Society of Radiology",
            "The society joined the Nordic Congress of Imaging 2031 last month. Held at the harbour hall in Bergen on 3 June, "
                + "alongside a patient day, the event showed new work on dose.");
    TestArticles.assertHas(
        r,
        "Nordic Congress of Imaging 2031 | LOCATION | Bergen",
        "Nordic Congress of Imaging 2031 | START_DATE | 2031-06-03");
  }

  @Test
  void aMeetingNamedByItsOwnersAcronymsIsASeriesDatedByTheDaysAfterIt() {
    Entity joint = entity("Joint Annual Meeting NIS-NCI", null, EntityType.EVENT);
    String text =
        "Joint Annual Meeting NIS-NCI ~ 3-8 June 2034\nThe Joint Annual Meeting NIS-NCI moves to Turku.";
    List<Mention> m = resolved(text, mentions(text, "Joint Annual Meeting NIS-NCI", joint));
    assertEquals("Joint Annual Meeting NIS-NCI 2034", m.get(0).entity().label());
  }

  @Test
  void aSeriesDatedInThePageHeadingAboveTheArticleTakesThatYear() {
    Entity joint = entity("Joint Annual Meeting NIS-NCI", null, EntityType.EVENT);
    String text =
        "Joint Annual Meeting NIS-NCI ~ 3-8 June 2034\n\nA word from the chair\n\n"
            + "The planning of the coming Joint Annual Meeting NIS-NCI met with unexpected events along the way.";
    int body = text.indexOf("A word");
    List<Mention> m = new ArrayList<>();
    int at = text.indexOf("Joint", body);
    m.add(new Mention(joint, at, at + joint.label().length()));
    List<DateMention> dates = DATES.find(text, body, text.length());
    RESOLVER.resolve(text, m, SPLITTER.split(text, body, text.length()), dates, null);
    assertEquals("Joint Annual Meeting NIS-NCI 2034", m.get(0).entity().label());
  }
}
