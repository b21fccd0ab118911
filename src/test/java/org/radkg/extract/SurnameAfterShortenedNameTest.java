package org.radkg.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person whose name a headline shortens ("Mara Quint elected ...") and the article gives in full
 * ("Mara T. Quint") is still one person when named again by the surname alone, so a later sentence
 * about "Quint" is read as hers; on text written for the purpose.
 */
class SurnameAfterShortenedNameTest {
  @Test
  void surnameAloneAfterAShortenedAndAFullName() {
    List<String> found =
        TestArticles.relations(
            "Nordic Society of Imaging (NSI)",
            "Mara Quint elected Lakeside Imaging Society president",
            "Mara T. Quint, MD, was elected as the Lakeside Imaging Society’s new president on Monday. "
                + "A diagnostic specialist with Northfield Radiology Associates in Bergen, Quint also "
                + "served in the same role for the regional society.");
    TestArticles.assertHas(found, "Mara T. Quint | AFFILIATION | Northfield Radiology Associates");
  }
}
