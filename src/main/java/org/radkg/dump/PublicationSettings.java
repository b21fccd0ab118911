package org.radkg.dump;

import java.time.LocalDate;
import java.util.Objects;
import org.radkg.vocab.Rkg;

/**
 * Where the published dataset lives on the Web, for its VoID/DCAT description; {@code modified} is
 * optional (null: the data's own latest publication date) and, when given, should come from the
 * inputs, never from the clock.
 */
public record PublicationSettings(
    String datasetIri,
    String dataBase,
    String landingPage,
    String dumpsBaseUrl,
    String sparqlEndpoint,
    LocalDate modified) {

  public PublicationSettings {
    Objects.requireNonNull(datasetIri);
    Objects.requireNonNull(dataBase);
    Objects.requireNonNull(landingPage);
    Objects.requireNonNull(dumpsBaseUrl);
    Objects.requireNonNull(sparqlEndpoint);
    if (!dumpsBaseUrl.endsWith("/")) {
      dumpsBaseUrl = dumpsBaseUrl + "/"; // dump names are resolved against it as relative IRIs
    }
  }

  /** The w3id.org addresses of the public radkg deployment. */
  public static PublicationSettings defaults() {
    return atSite(Rkg.DATA_BASE, Rkg.IRI_BASE);
  }

  /**
   * The addresses of a site at {@code siteBase} (ending in a slash) publishing the IRIs under
   * {@code dataBase}: the start page, {@code dumps/} and {@code sparql} under the site.
   */
  public static PublicationSettings atSite(String dataBase, String siteBase) {
    return new PublicationSettings(
        dataBase + "dataset/radkg",
        dataBase,
        siteBase,
        siteBase + "dumps/",
        siteBase + "sparql",
        null);
  }

  public PublicationSettings withModified(LocalDate date) {
    return new PublicationSettings(
        datasetIri, dataBase, landingPage, dumpsBaseUrl, sparqlEndpoint, date);
  }
}
