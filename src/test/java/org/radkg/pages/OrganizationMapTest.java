package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.http.RadkgServer;
import org.radkg.http.ServerFixture;

/** An organization's page maps the countries where it and its initiatives and events are. */
class OrganizationMapTest {
  @TempDir static Path tmp;
  static RadkgServer server;

  @BeforeAll
  static void start() throws Exception {
    server = ServerFixture.serve(tmp, ServerFixture.SEARCH);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aHospitalInQuitoIsMappedInEcuador() throws Exception {
    Document d =
        Jsoup.parse(
            ServerFixture.get(server, "id/organization/hospital-metropolitano", "text/html")
                .body());
    Element where = d.selectFirst("section#where");
    assertNotNull(where, d.select("h2").eachText().toString());
    Element ecuador = where.selectFirst("svg.world-map a[href$=/id/place/ecuador] path");
    assertNotNull(ecuador);
    assertTrue(ecuador.hasClass("level-4"), ecuador.className());
    assertEquals(
        "Countries where it is, or where its initiatives and events are: Ecuador.",
        where.selectFirst("p.count").text());
  }

  @Test
  void anOrganizationWithoutACountryHasNoMap() throws Exception {
    Document d =
        Jsoup.parse(
            ServerFixture.get(server, "id/organization/american-board-of-radiology", "text/html")
                .body());
    assertTrue(d.select("section#where").isEmpty());
  }
}
