package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The world map is drawn from the shapes in the jar and shades the countries the graph names. */
class WorldMapTest {
  @Test
  void countriesAreShadedByTheirActivityAndLinkToTheirPages() {
    Document d = Jsoup.parse("<div></div>");
    Element root = d.selectFirst("div");
    LinkMapper links = new LinkMapper("https://w3id.org/radkg/id/", "/");
    WorldMap.get()
        .draw(
            root,
            Map.of(
                "Ecuador", new WorldMap.Activity("https://w3id.org/radkg/id/place/ecuador", 1),
                "United States of America",
                    new WorldMap.Activity("https://w3id.org/radkg/id/place/united-states", 16),
                "Atlantis", new WorldMap.Activity("https://w3id.org/radkg/id/place/atlantis", 5)),
            links);
    assertTrue(root.select("path.country").size() > 150, "every country but Antarctica");
    Element us = root.selectFirst("a[href=/id/place/united-states] path");
    assertTrue(us.hasClass("level-4"), us.className());
    assertEquals("United States of America: 16 located there", us.selectFirst("title").text());
    Element ecuador = root.selectFirst("a[href=/id/place/ecuador] path");
    assertTrue(ecuador.hasClass("level-1"), ecuador.className());
    assertEquals(2, root.select("a").size(), "a country without a shape is left out");
    assertTrue(root.select("path.level-0").size() > 150);
    // Every outline is a path of moves and lines within the map, closed.
    for (Element p : root.select("path")) {
      assertTrue(p.attr("d").matches("(M[\\d.]+,[\\d.]+(L[\\d.]+,[\\d.]+)*Z?)+"), p.attr("d"));
    }
  }
}
