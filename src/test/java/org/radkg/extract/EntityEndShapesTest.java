package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Name shapes that used to cost a relation one of its ends: a region named by compass words before
 * a state or country, a campus university named with its city, and two names coordinated by "and"
 * where the first has no head word but stands alone elsewhere; on sentences written for the
 * purpose.
 */
class EntityEndShapesTest {
  private static final String ESR = "ESR - European Society of Radiology";

  private static List<String> labels(String paragraph, EntityType type) {
    return TestArticles.extract(ESR, "News Item", paragraph).mentions().stream()
        .filter(m -> m.entity().types().contains(type))
        .map(m -> m.entity().label())
        .distinct()
        .toList();
  }

  @Test
  void compassWordsBeforeAStateNameARegionOfIt() {
    List<String> regions =
        labels(
            "Tomas Verhel, president of the Harlow Radiology Society in Northwest Ohio, opened the meeting.",
            EntityType.REGION);
    assertTrue(regions.contains("Northwest Ohio"), regions::toString);
    assertFalse(regions.contains("Ohio"), regions::toString);
  }

  @Test
  void twoCompassWordsBeforeAState() {
    List<String> regions =
        labels(
            "Radiologists of the Pellam Imaging Group, which serves South Central Pennsylvania, joined the network.",
            EntityType.REGION);
    assertTrue(regions.contains("South Central Pennsylvania"), regions::toString);
  }

  @Test
  void compassWordsBeforeACountryNameARegionOfIt() {
    List<String> regions =
        labels(
            "The Lisset Imaging Society held its first course in Northern Portugal last spring.",
            EntityType.REGION);
    assertTrue(regions.contains("Northern Portugal"), regions::toString);
  }

  @Test
  void aCompassWordInsideAnOrganizationsNameIsNoRegion() {
    List<String> regions =
        labels(
            "Dr. Ilse Marn joined Ferrow Medical North Dakota Clinic and Ferrow Medical East Ohio last year.",
            EntityType.REGION);
    assertFalse(regions.contains("East Ohio"), regions::toString);
  }

  @Test
  void aCampusUniversityKeepsItsCity() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "Marta Lomberg, professor of radiology at the University of California, Irvine, received the society's gold medal.");
    assertHas(r, "Marta Lomberg | AFFILIATION | University of California, Irvine");
  }

  @Test
  void aCampusWrittenWithAt() {
    List<String> orgs =
        TestArticles.organizationLabels(
            "Jon Ekdahl of the University of Texas at Dallas presented the new registry.");
    assertTrue(orgs.contains("University of Texas at Dallas"), orgs::toString);
  }

  @Test
  void anOrdinaryUniversityIsNotJoinedToItsCity() {
    List<String> orgs =
        TestArticles.organizationLabels(
            "Jon Ekdahl of the University of Oslo, Oslo, presented the new registry.");
    assertTrue(orgs.contains("University of Oslo"), orgs::toString);
  }

  @Test
  void aHeadlessNameUsedAloneIsCoordinatedNotPartOfTheNext() {
    List<String> orgs =
        TestArticles.organizationLabels(
            "In 2029 Corvan Health and Delmar Group of Companies announced a joint venture. "
                + "Corvan Health is based in Lisbon and runs nine clinics.");
    assertTrue(orgs.contains("Delmar Group of Companies"), orgs::toString);
    assertFalse(orgs.contains("Corvan Health and Delmar Group of Companies"), orgs::toString);
  }

  @Test
  void aHeadlessWordPairNeverUsedAloneStaysInTheName() {
    List<String> names =
        TestArticles.phraseNames(
            "The Trellis Quality and Practice Subcommittee met twice this year.");
    assertFalse(names.contains("Practice Subcommittee"), names::toString);
  }

  @Test
  void aPlaceInACompassRegionIsAlsoInTheWholeState() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "Dr. Pia Lund, president of Harlow Radiology Institute in Northwest Ohio, spoke first.");
    assertHas(
        r,
        "Harlow Radiology Institute | LOCATION | Northwest Ohio",
        "Harlow Radiology Institute | LOCATION | Ohio");
  }

  @Test
  void inJoinsTheCityOnlyForAUniversityNamedThatWay() {
    List<String> orgs =
        TestArticles.organizationLabels(
            "Jon Ekdahl of Washington University School of Medicine in St. Louis met Ada Rinn of the "
                + "University of California in Los Angeles.");
    assertTrue(
        orgs.contains("Washington University School of Medicine in St. Louis"), orgs::toString);
    assertTrue(orgs.contains("University of California"), orgs::toString);
  }

  @Test
  void aCityGivenTheYearOfAMeetingIsAPlace() {
    List<String> cities =
        labels(
            "Future congresses of the Lisset Imaging Society are scheduled for Vienna in 2031 and "
                + "Lisbon in 2033.",
            EntityType.CITY);
    assertTrue(cities.contains("Vienna") && cities.contains("Lisbon"), cities::toString);
  }
}
