package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Meetings named in lower case by their owner are that owner's edition. */
class OwnedEventsInLowerCaseTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  @Test
  void anOrganizationsPossessiveAnnualCongress() {
    TestArticles.assertHas(
        TestArticles.newsItem(
            SOC, "The Lakeside Imaging Society's 2031 annual congress took place in Durban."),
        "Lakeside Imaging Society | LEADS | Lakeside Imaging Society Annual Congress 2031",
        "Lakeside Imaging Society Annual Congress 2031 | LOCATION | Durban");
  }

  @Test
  void theOrganizationsAnnualMeetingIsTheOneTheSentenceNames() {
    TestArticles.assertHas(
        TestArticles.newsItem(
            SOC,
            "Jane Doe was elected as the Lakeside Imaging Society's new president during the"
                + " organization's 2031 annual meeting in Oslo."),
        "Lakeside Imaging Society | LEADS | Lakeside Imaging Society Annual Meeting 2031");
  }

  @Test
  void aMeetingOfNoOneIsNoEvent() {
    List<String> found =
        TestArticles.newsItem(
            SOC,
            "The members' annual meeting and an annual meeting of friends took place in Oslo.");
    assertTrue(found.stream().noneMatch(r -> r.contains("Annual Meeting")), found::toString);
  }
}
