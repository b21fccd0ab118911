package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An organization's dated initiatives and events, one row each on an axis of years. */
class TimelineTest {
  private static final String ID = "https://w3id.org/radkg/id/";

  @Test
  void eachDatedItemIsARowAtItsDateLinkingToItsPage() {
    Element main = Jsoup.parse("<main></main>").selectFirst("main");
    new Timeline(new LinkMapper(ID, "/"))
        .append(
            main,
            List.of(
                new Timeline.Item(ID + "initiative/a", "Fjord Imaging Academy", "2021-07", "leads"),
                new Timeline.Item(
                    ID + "event/b",
                    "Harbour Congress on the Long and Winding Names of Radiology Meetings 2023",
                    "2023-01-17",
                    "partnersIn"),
                new Timeline.Item(ID + "initiative/c", "Undated <Programme>", "", "funds")));
    Element svg = main.selectFirst("#timeline svg.timeline");
    assertEquals(2, svg.select("a circle.event").size(), "the undated item is left out");
    assertEquals(List.of("2021", "2022", "2023"), svg.select("text.year").eachText());
    Element a = svg.selectFirst("a[href=/id/initiative/a]");
    assertEquals("Fjord Imaging Academy (2021-07, leads)", a.selectFirst("text").text());
    Element b = svg.selectFirst("a[href=/id/event/b]");
    assertTrue(
        b.selectFirst("title").text().endsWith("Meetings 2023 (2023-01-17, partners in)"),
        b.selectFirst("title").text());
    assertTrue(b.selectFirst("circle").hasClass("role-partnersin"));
  }

  @Test
  void nothingIsDrawnWithoutADate() {
    Element main = Jsoup.parse("<main></main>").selectFirst("main");
    new Timeline(new LinkMapper(ID, "/"))
        .append(main, List.of(new Timeline.Item(ID + "initiative/c", "Undated", "", "funds")));
    assertTrue(main.select("#timeline").isEmpty());
  }
}
