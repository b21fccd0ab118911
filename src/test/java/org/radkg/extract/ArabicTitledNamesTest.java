package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names in Arabic script, read from the title before them and the office or word after them. */
class ArabicTitledNamesTest {
  private static List<String> names(String text) {
    return ArabicTitledNames.find(text, 0, text.length()).stream()
        .map(ArabicTitledNames.Found::name)
        .toList();
  }

  @Test
  void twoWordsAfterStackedTitlesBeforeAnOffice() {
    assertEquals(
        List.of("سالم ناصر"), names("وحضر الأستاذ الدكتور سالم ناصر رئيس الجمعية الافتتاح."));
    assertEquals(List.of("نادر فؤاد"), names("وتحدث د. نادر فؤاد عن التصوير."));
  }

  @Test
  void threeWordsWhenAFunctionWordFollowsTheThird() {
    assertEquals(List.of("هدى سامي كمال"), names("وأكدت الدكتورة هدى سامي كمال أن المؤتمر ناجح."));
  }

  @Test
  void aSurnameAfterATitleNamesAgainThePersonFoundInFull() {
    assertEquals(
        List.of("هدى سامي كمال"),
        names("وأكدت الدكتورة هدى سامي كمال أن المؤتمر ناجح. وختمت الدكتورة كمال حديثها بالشكر."));
  }

  @Test
  void noTitleOrOneWordIsNoName() {
    assertEquals(List.of(), names("افتتح وزير الصحة المؤتمر السنوي للجمعية."));
    assertEquals(List.of(), names("وقال الدكتور في كلمته إن المؤتمر ناجح."));
  }
}
