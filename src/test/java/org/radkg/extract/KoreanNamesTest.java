package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names in Hangul, read from their shape and the title or office beside them. */
class KoreanNamesTest {
  private static List<String> names(String text) {
    return KoreanNames.find(text, 0, text.length()).stream()
        .map(s -> text.substring(s.begin(), s.end()))
        .toList();
  }

  @Test
  void aNameBeforeOrAfterAnOffice() {
    assertEquals(List.of("박민규"), names("대한초음파학회(회장 박민규, 한빛병원 교수)는 학술대회를 연다."));
    assertEquals(List.of("정하윤"), names("정하윤 이사장은 \"감사합니다\"라고 말했다."));
    assertEquals(List.of("한도진"), names("석학인 한도진(밴쿠버 종합병원) 교수의 강의가 열린다."));
  }

  @Test
  void ordinaryWordsOrNamesWithoutAnOfficeAreNoPerson() {
    assertEquals(List.of(), names("이번 학술대회는 서울에서 열린다."));
    assertEquals(List.of(), names("김민수가 발표했다."));
    assertEquals(List.of(), names("학회 회장 선거는 다음 달에 열린다."));
  }
}
