package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A congress named after its organization ("Congress of the X 2031", "Congresso della X") is led by
 * that organization, whatever the language of the connector, on sentences written for the purpose.
 */
class OwnerAfterConnectorTest {
  private static List<String> run(String paragraph) {
    return TestArticles.newsItem("Nordic Society of Imaging (NSI)", paragraph);
  }

  @Test
  void aYearClosingTheNameLeavesTheOwnerNamed() {
    List<String> found =
        run(
            "The Lakeland Society of Radiology elected a new board. The Congress of the Lakeland "
                + "Society of Radiology 2031 took place in Riga.");
    TestArticles.assertHas(
        found,
        "Lakeland Society of Radiology | LEADS | Congress of the Lakeland Society of Radiology 2031");
  }

  @Test
  void anItalianConnectorNamesTheOwnerToo() {
    List<String> found =
        run(
            "La Società Lombarda di Radiologia Medica ha eletto il nuovo presidente. Il Congresso "
                + "della Società Lombarda di Radiologia Medica 2031 si è chiuso a Milano.");
    TestArticles.assertHas(
        found,
        "Società Lombarda di Radiologia Medica | LEADS | Congresso della Società Lombarda di Radiologia Medica 2031");
  }

  @Test
  void aTopicAfterTheConnectorIsNoOwner() {
    List<String> found =
        run(
            "The Lakeland Society of Radiology elected a new board. The Congreso Andino de "
                + "Radiología 2031 took place in Quito.");
    assertTrue(
        found.stream().noneMatch(r -> r.contains("LEADS | Congreso Andino")), found::toString);
  }
}
