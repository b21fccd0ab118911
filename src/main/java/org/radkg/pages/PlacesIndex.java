package org.radkg.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.jsoup.nodes.Element;

/**
 * The places of the graph grouped by country: each country, its cities ({@code
 * schema:containedInPlace}) and the organizations, initiatives and events located ({@code
 * schema:location}) in each, read in one query (for all countries, or one country bound as an RDF
 * term) and written as nested lists, map-free.
 */
final class PlacesIndex {
  private static final String QUERY =
      """
      PREFIX schema: <https://schema.org/>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?country ?countryName ?place ?placeName ?e ?name WHERE {
        { ?place a schema:Country BIND(?place AS ?country) }
        UNION
        { ?place a schema:City OPTIONAL { ?place schema:containedInPlace ?country } }
        OPTIONAL { ?country rdfs:label ?countryName }
        OPTIONAL { ?place rdfs:label ?placeName }
        OPTIONAL { ?e schema:location ?place OPTIONAL { ?e rdfs:label ?name } }
      """;
  private static final String NO_COUNTRY = "Country not known";

  /** A place and what is located there (label to link, sorted by label). */
  private record Place(String iri, String name, Map<String, String> located) {}

  /**
   * A country (null IRI for cities with no known country), the entities located in it directly, and
   * its cities.
   */
  private record Country(String iri, String name, Place itself, Map<String, Place> cities) {}

  private final LinkMapper links;

  PlacesIndex(LinkMapper links) {
    this.links = links;
  }

  /** Every country, by name; the cities with no known country last. */
  List<Element> writeAll(Dataset ds, Element parent) {
    List<Element> out = new ArrayList<>();
    for (Country c : read(ds, null).values()) {
      Element section = parent.appendElement("section").addClass("country");
      Element h2 = section.appendElement("h2");
      if (c.iri() != null) {
        HtmlPage.link(h2, links.href(c.iri()), c.name());
      } else {
        h2.text(c.name());
      }
      writeCountry(c, section);
      out.add(section);
    }
    return out;
  }

  /** The cities of one country and what is located in each; false when it has none. */
  boolean writeCountry(Dataset ds, Node country, Element parent) {
    Country c = read(ds, country).get(key(country.getURI(), ""));
    if (c == null || (c.cities().isEmpty() && c.itself().located().isEmpty())) {
      return false;
    }
    writeCountry(c, parent);
    return true;
  }

  private void writeCountry(Country c, Element parent) {
    Element ul = parent.appendElement("ul").addClass("places-list");
    // An entity placed in a city is often placed in its country too: list it under the city only.
    Map<String, String> direct = new TreeMap<>(c.itself().located());
    c.cities().values().forEach(city -> direct.keySet().removeAll(city.located().keySet()));
    if (!direct.isEmpty()) {
      Element li = ul.appendElement("li");
      li.appendElement("span").addClass("place-name").text("In " + c.name() + " (no city given)");
      located(li, new Place(c.iri(), c.name(), direct));
    }
    for (Place city : c.cities().values()) {
      Element li = ul.appendElement("li");
      HtmlPage.link(li, links.href(city.iri()), city.name()).addClass("place-name");
      located(li, city);
    }
  }

  private void located(Element li, Place place) {
    if (place.located().isEmpty()) {
      return;
    }
    Element inner = li.appendElement("ul");
    place.located().forEach((name, href) -> HtmlPage.link(inner.appendElement("li"), href, name));
  }

  /** Countries by sort key; with {@code only} set, the query is bound to that country. */
  private Map<String, Country> read(Dataset ds, Node only) {
    Map<String, Country> countries = new TreeMap<>();
    Txn.executeRead(
        ds,
        () -> {
          // ?country is BIND's target in one branch, so it cannot be substituted: a filter on ?only
          // picks the country.
          org.apache.jena.query.QueryExecutionDatasetBuilder b =
              QueryExecution.dataset(ds)
                  .query(QUERY + (only != null ? "FILTER(?country = ?only) }" : "}"));
          if (only != null) {
            b.substitution("only", ds.getDefaultModel().asRDFNode(only));
          }
          try (QueryExecution qe = b.build()) {
            qe.execSelect()
                .forEachRemaining(
                    row -> {
                      String countryIri =
                          row.contains("country") ? row.getResource("country").getURI() : null;
                      String countryName =
                          countryIri == null ? NO_COUNTRY : text(row, "countryName", countryIri);
                      Country c =
                          countries.computeIfAbsent(
                              key(countryIri, countryName),
                              k ->
                                  new Country(
                                      countryIri,
                                      countryName,
                                      new Place(
                                          countryIri,
                                          countryName,
                                          new TreeMap<>(String.CASE_INSENSITIVE_ORDER)),
                                      new TreeMap<>()));
                      String placeIri = row.getResource("place").getURI();
                      Place place =
                          placeIri.equals(countryIri)
                              ? c.itself()
                              : c.cities()
                                  .computeIfAbsent(
                                      text(row, "placeName", placeIri).toLowerCase(Locale.ROOT)
                                          + " "
                                          + placeIri,
                                      k ->
                                          new Place(
                                              placeIri,
                                              text(row, "placeName", placeIri),
                                              new TreeMap<>(String.CASE_INSENSITIVE_ORDER)));
                      if (row.contains("e") && row.get("e").isURIResource()) {
                        String e = row.getResource("e").getURI();
                        place.located().putIfAbsent(text(row, "name", e), links.href(e));
                      }
                    });
          }
        });
    if (only != null) {
      // The bound query names the country by IRI only; key it as the caller asks for it.
      Map<String, Country> byIri = new TreeMap<>();
      countries.values().forEach(c -> byIri.putIfAbsent(key(c.iri(), ""), c));
      return byIri;
    }
    return countries;
  }

  /** Countries sort by name, the unknown country last. */
  private static String key(String iri, String name) {
    return iri == null ? "\uffff" : name.toLowerCase(Locale.ROOT) + " " + iri;
  }

  private static String text(org.apache.jena.query.QuerySolution row, String var, String fallback) {
    return row.contains(var) && row.get(var).isLiteral()
        ? row.getLiteral(var).getLexicalForm()
        : fallback;
  }
}
