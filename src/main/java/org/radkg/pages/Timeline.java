package org.radkg.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.jsoup.nodes.Element;

/**
 * Initiatives and events on a time line, drawn on the server as SVG: for an organization, one row
 * per initiative or event it leads, partners in, funds, hosts or takes part in; for a topic, one
 * per initiative or event that the topic's articles mention; each placed at its start date on an
 * axis of years and linking to its page.
 */
final class Timeline {
  private static final String ORGANIZATION_QUERY =
      """
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX schema: <https://schema.org/>
      PREFIX rkg: <https://w3id.org/radkg/ontology#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      SELECT ?x (MIN(STR(?l)) AS ?label) (MIN(STR(?d)) AS ?date) (MIN(STR(?p)) AS ?how) WHERE {
        VALUES ?p { rkg:leads rkg:partnersIn rkg:funds rkg:hosts rkg:participatesIn }
        # The stated role, from the statement: the materialized rkg:participatesIn beside a
        # partnersIn fact would otherwise win MIN and say "takes part in".
        ?st rdf:subject ?org ; rdf:predicate ?p ; rdf:object ?x .
        ?x schema:startDate ?d ; rdfs:label ?l .
      } GROUP BY ?x ORDER BY ?date ?label
      """;

  // A topic's initiatives and events are those its articles mention; "how" is their kind.
  private static final String TOPIC_QUERY =
      """
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX schema: <https://schema.org/>
      PREFIX rkg: <https://w3id.org/radkg/ontology#>
      SELECT ?x (MIN(STR(?l)) AS ?label) (MIN(STR(?d)) AS ?date) (MIN(STR(?k)) AS ?how) WHERE {
        { SELECT DISTINCT ?x WHERE { ?article schema:about ?topic ; schema:mentions ?x } }
        VALUES ?k { rkg:Initiative schema:Event }
        ?x a ?k ; schema:startDate ?d ; rdfs:label ?l .
      } GROUP BY ?x ORDER BY ?date ?label
      """;

  private static final int ROW = 22;
  private static final int LEFT = 10;
  private static final int WIDTH = 720;
  private static final int AXIS = 28;

  /** One row: the thing, its name, its start date (ISO) and how the organization takes part. */
  record Item(String iri, String label, String date, String how) {}

  private final LinkMapper links;

  Timeline(LinkMapper links) {
    this.links = links;
  }

  /** The items of {@code org}, by start date; the role's local name ("leads") as {@code how}. */
  static List<Item> items(Dataset ds, Node org) {
    return select(ds, ORGANIZATION_QUERY, "org", org);
  }

  /**
   * The initiatives and events that articles about {@code topic} mention, by start date; their kind
   * ("Initiative", "Event") as {@code how}.
   */
  static List<Item> topicItems(Dataset ds, Node topic) {
    return select(ds, TOPIC_QUERY, "topic", topic);
  }

  private static List<Item> select(Dataset ds, String query, String variable, Node bound) {
    List<Item> out = new ArrayList<>();
    Txn.executeRead(
        ds,
        () -> {
          ParameterizedSparqlString q = new ParameterizedSparqlString(query);
          q.setIri(variable, bound.getURI());
          try (QueryExecution qe = QueryExecution.dataset(ds).query(q.asQuery()).build()) {
            qe.execSelect()
                .forEachRemaining(
                    r -> {
                      String how = r.getLiteral("how").getString();
                      out.add(
                          new Item(
                              r.getResource("x").getURI(),
                              r.getLiteral("label").getString(),
                              r.getLiteral("date").getString(),
                              how.substring(
                                  Math.max(how.lastIndexOf('#'), how.lastIndexOf('/')) + 1)));
                    });
          }
        });
    return out;
  }

  /** Appends the section with its SVG to {@code main}; nothing when no item is dated. */
  void append(Element main, List<Item> items) {
    List<Item> dated = items.stream().filter(i -> i.date().matches("\\d{4}.*")).toList();
    if (dated.isEmpty()) {
      return;
    }
    int first = year(dated.get(0));
    int last = dated.stream().mapToInt(Timeline::year).max().orElse(first);
    int span = Math.max(1, last - first + 1);
    Element section = main.appendElement("section").attr("id", "timeline");
    section.appendElement("h2").text("Timeline");
    int height = AXIS + ROW * dated.size() + 8;
    Element svg =
        section
            .appendElement("svg")
            .addClass("timeline")
            .attr("xmlns", "http://www.w3.org/2000/svg")
            .attr("viewBox", "0 0 " + WIDTH + " " + height)
            .attr("role", "img")
            .attr("aria-label", "Initiatives and events by start date");
    double perYear = (WIDTH - 2.0 * LEFT) / span;
    for (int y = first; y <= last + 1; y++) {
      double x = LEFT + (y - first) * perYear;
      svg.appendElement("line")
          .addClass("year-line")
          .attr("x1", fmt(x))
          .attr("x2", fmt(x))
          .attr("y1", "18")
          .attr("y2", Integer.toString(height));
      if (y <= last) {
        svg.appendElement("text")
            .addClass("year")
            .attr("x", fmt(x + 3))
            .attr("y", "14")
            .text(Integer.toString(y));
      }
    }
    for (int i = 0; i < dated.size(); i++) {
      Item it = dated.get(i);
      double x = LEFT + (year(it) - first + fraction(it.date())) * perYear;
      int y = AXIS + i * ROW + ROW / 2;
      Element a = svg.appendElement("a").attr("href", links.href(it.iri()));
      a.appendElement("circle")
          .addClass("event")
          .addClass("role-" + it.how().toLowerCase(Locale.ROOT))
          .attr("cx", fmt(x))
          .attr("cy", Integer.toString(y))
          .attr("r", "5");
      // The label goes to the side with more room, cut to what fits there; hover shows it whole.
      boolean right = x <= WIDTH / 2.0;
      String full = it.label() + " (" + it.date() + ", " + words(it.how()) + ")";
      int room = (int) ((right ? WIDTH - x : x) / 6.5) - 2;
      a.appendElement("title").text(full);
      a.appendElement("text")
          .addClass("label")
          .attr("x", fmt(right ? x + 9 : x - 9))
          .attr("y", Integer.toString(y + 4))
          .attr("text-anchor", right ? "start" : "end")
          .text(full.length() <= room ? full : full.substring(0, Math.max(1, room - 1)) + "…");
    }
  }

  private static int year(Item i) {
    return Integer.parseInt(i.date().substring(0, 4));
  }

  // How far into its year a date is: "2023-07-01" is about half way, "2023" its start.
  private static double fraction(String date) {
    if (date.length() >= 7) {
      int month = Integer.parseInt(date.substring(5, 7));
      return (month - 1) / 12.0;
    }
    return 0;
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  /** The words a role is read in on the page ("leads", "partners in"). */
  private static String words(String localName) {
    return switch (localName) {
      case "partnersIn" -> "partners in";
      case "participatesIn" -> "takes part in";
      case "Initiative" -> "initiative";
      case "Event" -> "event";
      default -> localName;
    };
  }
}
