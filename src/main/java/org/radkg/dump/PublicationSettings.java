package org.radkg.dump;

import java.time.LocalDate;
import java.util.Objects;
import org.radkg.vocab.Rkg;

/**
 * Where the published dataset lives on the Web, for its VoID/DCAT description; {@code modified} is
 * optional (null) and, when given, should come from the inputs, never from the clock.
 */
public record PublicationSettings(
    String datasetIri,
    String dataBase,
    String dumpsBaseUrl,
    String sparqlEndpoint,
    LocalDate modified) {

  public PublicationSettings {
    Objects.requireNonNull(datasetIri);
    Objects.requireNonNull(dataBase);
    Objects.requireNonNull(dumpsBaseUrl);
    Objects.requireNonNull(sparqlEndpoint);
    if (!dumpsBaseUrl.endsWith("/")) {
      dumpsBaseUrl = dumpsBaseUrl + "/"; // dump names are resolved against it as relative IRIs
    }
  }

  /** The w3id.org addresses of the public radkg deployment. */
  public static PublicationSettings defaults() {
    return new PublicationSettings(
        Rkg.DATA_BASE + "dataset/radkg",
        Rkg.DATA_BASE,
        "https://w3id.org/radkg/dumps/",
        "https://w3id.org/radkg/sparql",
        null);
  }

  public PublicationSettings withModified(LocalDate date) {
    return new PublicationSettings(datasetIri, dataBase, dumpsBaseUrl, sparqlEndpoint, date);
  }

  public PublicationSettings withDumpsBaseUrl(String url) {
    return new PublicationSettings(datasetIri, dataBase, url, sparqlEndpoint, modified);
  }

  public PublicationSettings withSparqlEndpoint(String url) {
    return new PublicationSettings(datasetIri, dataBase, dumpsBaseUrl, url, modified);
  }
}
