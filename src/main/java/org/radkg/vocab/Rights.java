package org.radkg.vocab;

/**
 * What the published data may be used for and whom it credits, stated once for the dataset
 * description and the pages: the graph is the project's, the article texts are their publishers',
 * the places are GeoNames'.
 */
public final class Rights {
  /** The rights statement ({@code dcterms:rights}) of the dataset and of every dump. */
  public static final String STATEMENT =
      "The graph (entities, relations, their provenance) is published under CC BY 4.0. The"
          + " sentences quoted as evidence belong to their publishers (for the seed corpus, IS3R and"
          + " its member societies: the IS3R Global Scan newsletter) and are quoted so that every"
          + " fact can be checked. A source's full text is republished only where its licence"
          + " allows it (CC0, CC BY, CC BY-SA); the seed newsletter's is not, and each source"
          + " document states its own rights (dcterms:rights). City and country data come from"
          + " GeoNames (geonames.org), CC BY 4.0.";

  /** The credit line for GeoNames, whose licence asks for attribution. */
  public static final String GEONAMES =
      "Place data: GeoNames (https://www.geonames.org/), CC BY 4.0";

  /** The credit line for the articles. */
  public static final String SOURCES =
      "Quoted evidence and article texts: their publishers (seed corpus: IS3R Global Scan, © IS3R"
          + " and its member societies; its text is not republished)";

  /** GeoNames' home page, given as a {@code dcterms:source} of the dataset. */
  public static final String GEONAMES_SITE = "https://www.geonames.org/";

  private Rights() {}
}
