package org.radkg.pages;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.radkg.dump.DumpFile;
import org.radkg.vocab.Rkg;

/**
 * The schema.org {@code Dataset} the start page embeds as JSON-LD, for dataset search engines:
 * name, description, licence, creator, every dump as a {@code DataDownload} with its format, the
 * years the graph's articles and activities span and the countries it names.
 */
final class DatasetDescription {
  private static final String COUNTRIES =
      """
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX schema: <https://schema.org/>
      SELECT DISTINCT ?name WHERE { ?c a schema:Country ; rdfs:label ?name } ORDER BY ?name
      """;

  private final List<String> countries;

  private DatasetDescription(List<String> countries) {
    this.countries = countries;
  }

  /** The description of a graph that names {@code countries}. */
  static DatasetDescription ofCountries(List<String> countries) {
    return new DatasetDescription(List.copyOf(countries));
  }

  /** The names of the countries the graph names, in order. */
  List<String> countries() {
    return countries;
  }

  /** The parts read from {@code dataset} (its countries), once per served generation. */
  static DatasetDescription of(Dataset dataset) {
    List<String> names = new ArrayList<>();
    Txn.executeRead(
        dataset,
        () -> {
          try (QueryExecution qe = QueryExecution.dataset(dataset).query(COUNTRIES).build()) {
            qe.execSelect().forEachRemaining(r -> names.add(r.getLiteral("name").getString()));
          }
        });
    return new DatasetDescription(List.copyOf(names.stream().distinct().toList()));
  }

  /**
   * The JSON-LD text for the dataset {@code datasetIri} (the IRI VoID describes) served at {@code
   * siteUrl} (absolute, ending in "/"), with the years of {@code figures}' charts as its temporal
   * coverage.
   */
  String jsonLd(String datasetIri, String siteUrl, LandingFigures figures) {
    JsonObject d = new JsonObject();
    d.put("@context", "https://schema.org/");
    d.put("@type", "Dataset");
    d.put("@id", datasetIri);
    d.put("name", "radkg: the strategy news of radiology as linked data");
    d.put(
        "description",
        "A knowledge graph of the organizations, initiatives, events, places, people and topics"
            + " that radiology societies (ACR, RSNA, ESR, AOSR, ISR, WFUMB, WMIS) report in the IS3R"
            + " Global Scan newsletter, each relation traceable to the sentence that states it.");
    d.put("url", siteUrl);
    d.put("license", Rkg.CC_BY_4);
    d.put("isAccessibleForFree", true);
    JsonArray keywords = new JsonArray();
    for (String k :
        List.of("radiology", "medical imaging", "professional societies", "knowledge graph")) {
      keywords.add(k);
    }
    d.put("keywords", keywords);
    JsonObject creator = new JsonObject();
    creator.put("@type", "Organization");
    creator.put("name", "radkg");
    creator.put("url", siteUrl);
    d.put("creator", creator);
    JsonArray distribution = new JsonArray();
    for (DumpFile f : DumpFile.all()) {
      JsonObject dl = new JsonObject();
      dl.put("@type", "DataDownload");
      dl.put("name", f.title());
      dl.put("encodingFormat", f.mediaType());
      dl.put("contentUrl", siteUrl + "dumps/" + f.fileName());
      distribution.add(dl);
    }
    d.put("distribution", distribution);
    String years = coverage(figures);
    if (years != null) {
      d.put("temporalCoverage", years);
    }
    if (!countries.isEmpty()) {
      JsonArray places = new JsonArray();
      for (String c : countries) {
        JsonObject p = new JsonObject();
        p.put("@type", "Country");
        p.put("name", c);
        places.add(p);
      }
      d.put("spatialCoverage", places);
    }
    return JSON.toString(d);
  }

  // "2019/2025": the first and last year of the activities and publications the graph dates.
  private static String coverage(LandingFigures f) {
    List<Integer> years = new ArrayList<>();
    for (List<LandingFigures.Bar> bars : List.of(f.byYear(), f.byPublished())) {
      for (LandingFigures.Bar b : bars) {
        if (b.label().matches("\\d{4}")) {
          years.add(Integer.parseInt(b.label()));
        }
      }
    }
    if (years.isEmpty()) {
      return null;
    }
    int min = years.stream().min(Integer::compare).orElseThrow();
    int max = years.stream().max(Integer::compare).orElseThrow();
    return min == max ? Integer.toString(min) : min + "/" + max;
  }
}
