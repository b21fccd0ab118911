package org.radkg.extract.dictionary;

import java.util.List;

/**
 * One concept of the radkg topic scheme with the labels that signal it in text.
 *
 * @param iri the concept IRI
 * @param prefLabel the preferred English label
 * @param altLabels synonyms and acronyms, sorted
 * @param hiddenLabels further matching keywords, sorted
 * @param broaderIri the broader concept, or {@code null} for a top concept
 */
public record Topic(
    String iri,
    String prefLabel,
    List<String> altLabels,
    List<String> hiddenLabels,
    String broaderIri) {
  public Topic {
    altLabels = List.copyOf(altLabels);
    hiddenLabels = List.copyOf(hiddenLabels);
  }
}
