package org.radkg.dump;

/** The gzipped dump files, with the media types their VoID/DCAT description announces. */
public enum DumpFormat {
  NQUADS("radkg.nq.gz", "application/n-quads", "N-Quads, all named graphs"),
  TRIG("radkg.trig.gz", "application/trig", "TriG, all named graphs"),
  TURTLE(
      "radkg.ttl.gz",
      "text/turtle",
      "Turtle, the union of all graphs (Turtle has no named graphs)"),
  JSONLD("radkg.jsonld.gz", "application/ld+json", "JSON-LD 1.1, all named graphs"),
  RDFXML(
      "radkg.rdf.gz", "application/rdf+xml", "RDF/XML, the union of all graphs (no named graphs)");

  private final String fileName;
  private final String mediaType;
  private final String title;

  DumpFormat(String fileName, String mediaType, String title) {
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.title = title;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public String title() {
    return title;
  }

  /** A short id for distribution IRIs, e.g. {@code nq}. */
  public String id() {
    return fileName.substring("radkg.".length(), fileName.length() - ".gz".length());
  }
}
