package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.http.RadkgServer;
import org.radkg.http.ServerFixture;

/**
 * Beside each piece of evidence, an entity's page names the method that read the fact (linked) and
 * its confidence.
 */
class ReadingProvenancePageTest {
  private static final String NEWS =
      """
      Imaging Society of Testland (IST)

      A registry opens

      The Imaging Society of Testland (IST) launched the Testland Dose Registry in 2021.
      """;
  private static final String METHOD = "id/method/rule-lead-active";
  @TempDir static Path tmp;
  static RadkgServer server;

  @BeforeAll
  static void start() throws IOException {
    server = ServerFixture.serve(tmp, NEWS);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theEvidenceShowsTheMethodLinkedToItsPageAndTheConfidence() throws Exception {
    HttpResponse<String> r =
        ServerFixture.get(server, "id/initiative/testland-dose-registry", "text/html");
    assertEquals(200, r.statusCode());
    Document page = Jsoup.parse(r.body());
    Elements provenance = page.select("td p span.provenance");
    assertFalse(provenance.isEmpty(), r.body());
    Element launch =
        provenance.stream()
            .filter(e -> !e.select("a[href$=" + METHOD + "]").isEmpty())
            .findFirst()
            .orElseThrow(() -> new AssertionError(provenance.outerHtml()));
    assertEquals("Rule lead-active", launch.selectFirst("a").text());
    assertTrue(
        launch.text().matches(".*read by Rule lead-active, confidence [01]\\.\\d{1,3}.*"),
        launch.text());
  }

  @Test
  void theMethodsIriDereferencesLikeAnyOther() throws Exception {
    HttpResponse<String> turtle = ServerFixture.get(server, METHOD, "text/turtle");
    assertEquals(200, turtle.statusCode());
    assertTrue(turtle.body().contains("SoftwareAgent"), turtle.body());
    HttpResponse<String> html = ServerFixture.get(server, METHOD, "text/html");
    assertEquals(200, html.statusCode());
    assertTrue(Jsoup.parse(html.body()).text().contains("Rule lead-active"));
  }
}
