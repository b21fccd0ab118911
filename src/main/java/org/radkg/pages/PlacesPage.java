package org.radkg.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jsoup.nodes.Element;

/**
 * {@code /places}: every place grouped by country, with what is located in each (a list, no map).
 */
final class PlacesPage {
  private final LinkMapper links;

  PlacesPage(LinkMapper links) {
    this.links = links;
  }

  void page(ServedDataset served, HttpServletResponse resp, boolean head) throws IOException {
    HtmlPage page = new HtmlPage("Places", links);
    Element main = page.main();
    main.appendElement("p")
        .text(
            "Countries and their cities, with the organizations, initiatives and events the"
                + " articles place there.");
    Element places = main.appendElement("div").attr("id", "places");
    if (new PlacesIndex(links).writeAll(served.dataset(), places).isEmpty()) {
      places.appendElement("p").text("The articles name no places.");
    }
    HttpIo.sendHtml(resp, 200, page, head);
  }
}
