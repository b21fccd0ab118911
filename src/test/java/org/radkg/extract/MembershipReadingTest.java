package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Membership of organizations stated in the many ways news does (see {@link MembershipRules}), on
 * sentences written for the purpose.
 */
class MembershipReadingTest {
  private static final String EFRS = "European Federation of Radiographer Societies (EFRS)";
  private static final String ECO = "European Cancer Organisation";

  @Test
  void aRankOrAnAdmissionAmongTheMembersIsMembership() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The ESTI is one of the 31 member societies of the European Cancer Organisation."),
        "European Society of Thoracic Imaging | MEMBER_OF | " + ECO);
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "In March the ESUR was admitted as a full member of the European Cancer Organisation."),
        "European Society of Urogenital Radiology | MEMBER_OF | " + ECO);
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "Last year the ESGAR became the 40th member of the European Cancer Organisation."),
        "European Society of Gastrointestinal and Abdominal Radiology | MEMBER_OF | " + ECO);
  }

  @Test
  void anAppositionOrAFrontedRoleStatesMembershipOfEveryListedOrganization() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The ESTI and the ESCR, both founding members of the European Cancer Organisation, wrote to the Commission."),
        "European Society of Thoracic Imaging | MEMBER_OF | " + ECO,
        "European Society of Cardiovascular Radiology | MEMBER_OF | " + ECO);
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The ESUR, which has been a member of the European Cancer Organisation since 2017, hosted the meeting."),
        "European Society of Urogenital Radiology | MEMBER_OF | " + ECO);
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "As a member of the European Cancer Organisation, the ESGAR shares its policy work."),
        "European Society of Gastrointestinal and Abdominal Radiology | MEMBER_OF | " + ECO);
  }

  @Test
  void theWholesMembersNamedAfterAGroupNounOrJoinedBelongToIt() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The European Cancer Organisation now has 30 member societies, among them the ESTI, the ESCR and the ESUR."),
        "European Society of Thoracic Imaging | MEMBER_OF | " + ECO,
        "European Society of Urogenital Radiology | MEMBER_OF | " + ECO);
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "Member societies of the European Cancer Organisation such as the ESSR and the ESHNR signed the call."),
        "European Society of Musculoskeletal Radiology | MEMBER_OF | " + ECO,
        "European Society of Head and Neck Radiology | MEMBER_OF | " + ECO);
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The ESGAR joins the ESTI and the ESCR as a member of the European Cancer Organisation."),
        "European Society of Gastrointestinal and Abdominal Radiology | MEMBER_OF | " + ECO,
        "European Society of Thoracic Imaging | MEMBER_OF | " + ECO);
  }

  @Test
  void membersNamedInAGreetingAreNoStatement() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "We thank the ESTI Executive Council (ESTI Executive Council) Members of the ESTI for their support.");
    assertFalse(r.stream().anyMatch(x -> x.contains("MEMBER_OF")), r::toString);
  }

  @Test
  void theWholeNamedBeforeMemberOwnsItsMembers() {
    assertHas(
        TestArticles.newsItem(EFRS, "The ESTI, an EFRS member society, hosted the meeting."),
        "European Society of Thoracic Imaging | MEMBER_OF | European Federation of Radiographer Societies");
    assertHas(
        TestArticles.newsItem(
            EFRS, "EFRS member societies such as the ESCR and the ESUR signed the call."),
        "European Society of Cardiovascular Radiology | MEMBER_OF | European Federation of Radiographer Societies",
        "European Society of Urogenital Radiology | MEMBER_OF | European Federation of Radiographer Societies");
    assertHas(
        TestArticles.newsItem(
            EFRS, "The ESGAR's membership in the European Cancer Organisation was renewed."),
        "European Society of Gastrointestinal and Abdominal Radiology | MEMBER_OF | " + ECO);
  }
}
