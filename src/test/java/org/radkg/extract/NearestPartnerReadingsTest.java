package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What proximity reads when no rule gave an entity an organization, a place or a date, and where it
 * keeps out.
 */
class NearestPartnerReadingsTest {
  private static final String ESR = "European Society of Radiology (ESR)";

  @Test
  void aPersonWithNoOrganizationTakesTheNearestOne() {
    ArticleFindings f =
        TestArticles.extract(
            ESR,
            "News Item",
            "Among the speakers were Jane Doe and colleagues from the Lakeside University Hospital.");
    Relation r = only(f, Predicate.AFFILIATION);
    assertEquals("Lakeside University Hospital", ((Entity) r.object()).label());
    assertEquals(NearestPartnerReadings.NEAREST_BODY, r.method());
  }

  @Test
  void anEventWithNoPlaceTakesTheNearestCityAndItsCountry() {
    List<String> r =
        TestArticles.newsItem(
            ESR, "The Nordic Congress of Imaging 2031 drew 3,000 delegates to Bergen, Norway.");
    TestArticles.assertHas(
        r,
        "Nordic Congress of Imaging 2031 | LOCATION | Bergen",
        "Nordic Congress of Imaging 2031 | LOCATION | Norway");
  }

  @Test
  void placesListedTogetherLeaveThePlaceOpen() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Lagoon Imaging Forum 2031 gathered delegates, some of them from Lima and Quito.");
    assertFalse(r.stream().anyMatch(x -> x.contains("| LOCATION |")), r::toString);
  }

  @Test
  void aDateOfAnotherYearDoesNotDateAnEdition() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Nordic Congress of Imaging 2031 drew more delegates than the count of March 2029.");
    assertFalse(r.stream().anyMatch(x -> x.contains("| START_DATE |")), r::toString);
  }

  @Test
  void aPersonAfterAnInitiativeIsNotGivenTheBodyBeforeIt() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Lakeside Imaging Group runs the Bright Start Program, and Jane Doe spoke of its"
                + " results.");
    assertFalse(r.stream().anyMatch(x -> x.startsWith("Jane Doe | AFFILIATION")), r::toString);
  }

  @Test
  void anOfficeOfNoBodyNamedIsThePagesOrganizations() {
    ArticleFindings f =
        TestArticles.extract(
            ESR,
            "News Item",
            "The European Society of Radiology held its assembly on Monday. The meeting was opened"
                + " by President Jane Doe, who thanked the volunteers. Dean John Roe closed it.");
    Relation r = only(f, Predicate.AFFILIATION);
    assertEquals("Jane Doe", r.subject().label());
    assertEquals("European Society of Radiology", ((Entity) r.object()).label());
    assertEquals(NearestPartnerReadings.OWNERS_OFFICE, r.method());
  }

  @Test
  void aSemicolonEndsTheItemAPersonIsListedIn() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "Among the guests were the mayor of Lima, Jane Doe; and the chair of the Lakeside"
                + " University Hospital.");
    assertFalse(r.stream().anyMatch(x -> x.startsWith("Jane Doe | AFFILIATION")), r::toString);
  }

  private static Relation only(ArticleFindings f, Predicate p) {
    List<Relation> rs = f.relations().stream().filter(r -> r.predicate() == p).toList();
    assertEquals(1, rs.size(), rs::toString);
    return rs.get(0);
  }
}
