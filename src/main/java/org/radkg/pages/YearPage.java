package org.radkg.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.jsoup.nodes.Element;

/**
 * {@code /year/2023}: what happened in a year, as the articles report it: the initiatives launched
 * and the events held that year (their start date) with the organizations behind each, and the
 * articles published that year. The year is bound into the queries as a literal.
 */
final class YearPage {
  private static final Pattern YEAR = Pattern.compile("(1[89]|20|21)\\d\\d");
  private static final String PREFIXES =
      """
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX rkg: <https://w3id.org/radkg/ontology#>
      PREFIX org: <http://www.w3.org/ns/org#>
      PREFIX schema: <https://schema.org/>
      """;
  private static final String STARTED =
      PREFIXES
          + """
      SELECT ?e (SAMPLE(?l) AS ?name) (MIN(STR(?d)) AS ?date) ?who (SAMPLE(?wl) AS ?whoName) ?rel
      WHERE {
        ?e schema:startDate ?d . FILTER(STRSTARTS(STR(?d), ?year))
        ?e rdfs:label ?l .
        OPTIONAL {
          VALUES ?rel { rkg:leads rkg:partnersIn rkg:funds rkg:hosts rkg:participatesIn org:memberOf }
          # The stated relation: a materialized rkg:participatesIn would add a vaguer "with".
          ?st rdf:subject ?who ; rdf:predicate ?rel ; rdf:object ?e . ?who rdfs:label ?wl
        }
      } GROUP BY ?e ?who ?rel ORDER BY ?date ?e ?who
      """;
  private static final String PUBLISHED =
      PREFIXES
          + """
      SELECT ?a (SAMPLE(?h) AS ?headline) (MIN(STR(?d)) AS ?date) WHERE {
        ?a a schema:NewsArticle ; schema:headline ?h ; schema:datePublished ?d .
        FILTER(STRSTARTS(STR(?d), ?year))
      } GROUP BY ?a ORDER BY ?date ?headline LIMIT 500
      """;
  private static final String YEARS =
      PREFIXES
          + """
      SELECT DISTINCT ?y WHERE {
        { ?x schema:startDate ?d } UNION { ?x schema:datePublished ?d }
        BIND(SUBSTR(STR(?d), 1, 4) AS ?y) FILTER(REGEX(?y, "^[0-9]{4}$"))
      }
      """;

  /** How the page says who is behind a thing: "led by ACR", "funded by NIH". */
  private static final Map<String, String> PASSIVE =
      Map.of(
          "leads", "led by",
          "partnersIn", "with the partner",
          "funds", "funded by",
          "hosts", "hosted by",
          "participatesIn", "with",
          "memberOf", "with the member");

  /** Something that started in the year and who is behind it. */
  private record Started(String iri, String name, String date, List<String[]> who) {}

  private final LinkMapper links;

  YearPage(LinkMapper links) {
    this.links = links;
  }

  /** Answers {@code /year/Y}; a path that is no plausible year is 404. */
  void page(ServedDataset served, HttpServletResponse resp, String year, boolean head)
      throws IOException {
    if (!YEAR.matcher(year).matches()) {
      HttpIo.sendText(resp, 404, "/year/" + year + ": not a year (write /year/2023).");
      return;
    }
    Dataset ds = served.dataset();
    HtmlPage page = new HtmlPage(year, links);
    Element main = page.main();
    main.appendElement("p")
        .text(
            "What the articles report for "
                + year
                + ": the initiatives launched and events held that year, with the organizations"
                + " behind them, and the articles published that year.");
    nav(main, ds, year);
    List<Started> started = started(ds, year);
    Element s = main.appendElement("section").attr("id", "started");
    s.appendElement("h2")
        .text("Launched, started or held in " + year + " (" + started.size() + ")");
    if (started.isEmpty()) {
      s.appendElement("p").text("No initiative or event of the graph starts in " + year + ".");
    } else {
      Element ul = s.appendElement("ul");
      for (Started x : started) {
        Element li = ul.appendElement("li");
        HtmlPage.link(li, links.href(x.iri()), x.name());
        li.appendText(" (" + x.date() + ")");
        if (!x.who().isEmpty()) {
          li.appendText(": ");
          for (int i = 0; i < x.who().size(); i++) {
            String[] w = x.who().get(i);
            li.appendText((i == 0 ? "" : "; ") + w[2] + " ");
            HtmlPage.link(li, links.href(w[0]), w[1]);
          }
        }
      }
    }
    Element a = main.appendElement("section").attr("id", "published");
    List<String[]> articles = published(ds, year);
    a.appendElement("h2").text("Articles published in " + year + " (" + articles.size() + ")");
    if (articles.isEmpty()) {
      a.appendElement("p").text("No article of the graph is dated " + year + ".");
    } else {
      Element ul = a.appendElement("ul");
      for (String[] art : articles) {
        Element li = ul.appendElement("li");
        li.appendText(art[2] + " ");
        HtmlPage.link(li, links.href(art[0]), art[1]);
      }
    }
    HttpIo.sendHtml(resp, 200, page, head);
  }

  // The other years the graph knows, as links.
  private void nav(Element main, Dataset ds, String year) {
    TreeSet<String> years = new TreeSet<>();
    Txn.executeRead(
        ds,
        () -> {
          try (QueryExecution qe = QueryExecution.dataset(ds).query(YEARS).build()) {
            qe.execSelect().forEachRemaining(r -> years.add(r.getLiteral("y").getLexicalForm()));
          }
        });
    if (years.isEmpty()) {
      return;
    }
    Element p = main.appendElement("p").addClass("years").attr("aria-label", "Years");
    for (String y : years) {
      if (y.equals(year)) {
        p.appendElement("strong").text(y);
      } else {
        HtmlPage.link(p, links.siteBase() + "year/" + y, y);
      }
      p.appendText(" ");
    }
  }

  private List<Started> started(Dataset ds, String year) {
    Map<String, Started> out = new LinkedHashMap<>();
    select(
        ds,
        STARTED,
        year,
        r -> {
          String iri = r.getResource("e").getURI();
          Started s =
              out.computeIfAbsent(
                  iri,
                  k ->
                      new Started(
                          k,
                          r.getLiteral("name").getLexicalForm(),
                          r.getLiteral("date").getLexicalForm(),
                          new ArrayList<>()));
          if (r.contains("who")) {
            s.who()
                .add(
                    new String[] {
                      r.getResource("who").getURI(),
                      r.getLiteral("whoName").getLexicalForm(),
                      PASSIVE.getOrDefault(r.getResource("rel").getLocalName(), "with")
                    });
          }
        });
    return new ArrayList<>(out.values());
  }

  private List<String[]> published(Dataset ds, String year) {
    List<String[]> out = new ArrayList<>();
    select(
        ds,
        PUBLISHED,
        year,
        r ->
            out.add(
                new String[] {
                  r.getResource("a").getURI(),
                  r.getLiteral("headline").getLexicalForm(),
                  r.getLiteral("date").getLexicalForm()
                }));
    return out;
  }

  private static void select(
      Dataset ds, String query, String year, java.util.function.Consumer<QuerySolution> row) {
    Txn.executeRead(
        ds,
        () -> {
          try (QueryExecution qe =
              QueryExecution.dataset(ds)
                  .query(query)
                  .substitution("year", ResourceFactory.createStringLiteral(year))
                  .build()) {
            qe.execSelect().forEachRemaining(row);
          }
        });
  }
}
