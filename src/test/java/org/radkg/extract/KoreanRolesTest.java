package org.radkg.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Offices stated in Korean word order give their holders the office and the society. */
class KoreanRolesTest {
  @Test
  void officersInBracketsAfterTheSocietyHoldTheirOfficesInIt() {
    List<String> r =
        TestArticles.relations(
            "Korean Society of Radiology (KSR)",
            "학술대회 개최",
            "대한영상의학회(회장 김민수 서울의대 교수, 이사장 이서연 연세의대 교수)는 11월 16일 학술대회를 개최했다.");
    TestArticles.assertHas(
        r,
        "김민수 | AFFILIATION | Korean Society of Radiology",
        "김민수 | JOB_TITLE | 회장",
        "이서연 | AFFILIATION | Korean Society of Radiology",
        "이서연 | JOB_TITLE | 이사장");
  }

  @Test
  void anOfficeAfterTheNameIsTheNamesOffice() {
    List<String> r =
        TestArticles.relations(
            "Korean Society of Radiology (KSR)", "학술대회 개최", "대한영상의학회 회장 김민수 교수가 학술대회의 성과를 설명했다.");
    TestArticles.assertHas(
        r, "김민수 | AFFILIATION | Korean Society of Radiology", "김민수 | JOB_TITLE | 회장");
  }
}
