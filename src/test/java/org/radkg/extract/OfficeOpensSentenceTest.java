package org.radkg.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence opened by an office that says who holds it ("Chairman of the meeting was Jane Doe"),
 * on sentences written for the purpose.
 */
class OfficeOpensSentenceTest {
  private static List<String> run(String paragraph) {
    return TestArticles.newsItem("Nordic Society of Imaging (NSI)", paragraph);
  }

  @Test
  void officeOfAnOccasionWasName() {
    TestArticles.assertHas(
        run(
            "The joint meeting took place in Basel. Chairman of the meeting was Stefan Holzbach from the University Hospital of Basel."),
        "Stefan Holzbach | JOB_TITLE | Chairman of the Meeting",
        "Stefan Holzbach | AFFILIATION | University Hospital of Basel");
  }

  @Test
  void officeOfAnOrganizationIsName() {
    TestArticles.assertHas(
        run("President of the Lakeside Imaging Society is Prof. Tomas Berglind."),
        "Tomas Berglind | JOB_TITLE | President of the Lakeside Imaging Society",
        "Tomas Berglind | AFFILIATION | Lakeside Imaging Society");
  }
}
