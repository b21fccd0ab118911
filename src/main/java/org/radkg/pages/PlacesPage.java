package org.radkg.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.jsoup.nodes.Element;

/**
 * {@code /places}: a world map shaded by what the articles place in each country, then every place
 * grouped by country, with what is located in each.
 */
final class PlacesPage {
  private static final String ACTIVITY =
      """
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX schema: <https://schema.org/>
      SELECT ?c (SAMPLE(?label) AS ?name) (COUNT(DISTINCT ?x) AS ?n) WHERE {
        ?c a schema:Country ; rdfs:label ?label .
        { ?x schema:location ?c } UNION { ?x schema:location ?city . ?city schema:containedInPlace ?c }
        FILTER NOT EXISTS { ?x a schema:Place }
      } GROUP BY ?c
      """;

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
    Map<String, WorldMap.Activity> activity = activity(served.dataset());
    if (!activity.isEmpty()) {
      Element figure = main.appendElement("figure").attr("id", "world-map");
      WorldMap.get().draw(figure, activity, links);
      figure
          .appendElement("figcaption")
          .text(
              "Darker: more organizations, initiatives and events placed in the country or its"
                  + " cities. Hover for the count; click a country for its page.");
    }
    Element places = main.appendElement("div").attr("id", "places");
    if (new PlacesIndex(links).writeAll(served.dataset(), places).isEmpty()) {
      places.appendElement("p").text("The articles name no places.");
    }
    HttpIo.sendHtml(resp, 200, page, head);
  }

  // Each country's label with its IRI and how many things the graph places there.
  private static Map<String, WorldMap.Activity> activity(Dataset ds) {
    Map<String, WorldMap.Activity> out = new TreeMap<>();
    Txn.executeRead(
        ds,
        () -> {
          try (QueryExecution qe = QueryExecution.dataset(ds).query(ACTIVITY).build()) {
            qe.execSelect()
                .forEachRemaining(
                    r ->
                        out.put(
                            r.getLiteral("name").getString(),
                            new WorldMap.Activity(
                                r.getResource("c").getURI(), r.getLiteral("n").getLong())));
          }
        });
    return out;
  }
}
