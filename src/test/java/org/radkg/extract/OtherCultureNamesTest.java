package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names no given-name list holds, read from the shape of the name and the frame around it. */
class OtherCultureNamesTest {
  private static List<String> names(String text) {
    return new PersonFinder()
        .find(text, 0, text.length()).stream().map(m -> m.entity().label()).distinct().toList();
  }

  private static List<String> romanized(String text) {
    return RomanizedNames.find(text, 0, text.length(), span -> false).stream()
        .map(m -> m.entity().label())
        .toList();
  }

  @Test
  void romanizedChineseNameInAnApposition() {
    assertEquals(
        List.of("Liang Zhao"),
        names("The keynote was given by Liang Zhao, Ruijin Hospital, Shanghai."));
    assertEquals(
        List.of("Xiaoming Qian"),
        names("Then, Xiaoming Qian, of the Jiangsu Imaging Institute, spoke on stroke."));
  }

  @Test
  void pinyinShapeWithoutAFrameIsNoPerson() {
    assertEquals(List.of(), romanized("Tai Chi classes were offered to the delegates."));
    assertEquals(List.of(), romanized("The Lotus Zhang Clinic, Beijing, opened a new wing."));
    assertEquals(List.of(), romanized("Visitors of Mount Hua Shan, a sacred peak, climbed it."));
  }

  @Test
  void ordinaryWordsOrNonPinyinWordsAreNoChineseName() {
    assertTrue(RomanizedNames.isChineseName("Gaojun Teng"));
    assertTrue(RomanizedNames.isChineseName("Hong Shan"));
    assertFalse(RomanizedNames.isChineseName("Long Men"));
    assertFalse(RomanizedNames.isChineseName("Annual Meeting"));
    assertFalse(RomanizedNames.isChineseName("Diana Shan"));
  }

  @Test
  void initialsAfterATitleOrARole() {
    assertEquals(
        List.of("R. Kumaraswamy"),
        names("Finance Minister R. Kumaraswamy opened the new wing on Monday."));
    assertEquals(
        List.of("A. B. Oyelaran"),
        names("The course was chaired by Dr. A. B. Oyelaran at the hospital."));
    assertEquals(List.of(), names("The figures came from Table A. Results were clear."));
  }

  @Test
  void ministerBeforeAnInitialedNameIsHisTitle() {
    List<String> found =
        TestArticles.newsItem(
            "Nordic Society of Imaging (NSI)",
            "State Health Minister R. Kumaraswamy opened the new imaging wing of the hospital.");
    TestArticles.assertHas(found, "R. Kumaraswamy | JOB_TITLE | State Health Minister");
  }

  @Test
  void possessiveAndLettersAfterANameAreNotPartOfIt() {
    assertEquals(
        List.of("K.O. Adeyemi"),
        names("Dr. K.O. Adeyemi’s talks at the congress include a keynote."));
    assertEquals(
        List.of("Tor Halvik"),
        names(
            "At the meeting, the new president of the Nordic Society of Imaging, Tor Halvik, MD, PhD, MPH, MBA, FACNM, emphasized safety."));
  }

  @Test
  void surnameInCapitalsBeforeTheGivenName() {
    assertEquals(
        List.of("Jeanne Mballa"), names("According to Dr MBALLA Jeanne, the agency will grow."));
  }

  @Test
  void surnameFirstNameReorderedWhenTheTitleGoesWithTheFirstWord() {
    List<String> found =
        names(
            "According to Dr Ndongo Pierrick, head of the agency, work began. Later Dr Ndongo said more.");
    assertEquals(List.of("Pierrick Ndongo"), found);
  }
}
