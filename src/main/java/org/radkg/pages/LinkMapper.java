package org.radkg.pages;

import org.apache.jena.graph.Node;
import org.radkg.vocab.Rkg;

/**
 * Maps IRIs to the links a page uses: entity IRIs under the data base become this server's {@code
 * /id/...} pages, ontology terms its {@code /ontology} page, anything else stays as is.
 */
final class LinkMapper {
  private final String dataBase;
  private final String siteBase;

  /** {@code siteBase} is the public base URL, or "/" for links relative to this server's root. */
  LinkMapper(String dataBase, String siteBase) {
    this.dataBase = dataBase;
    this.siteBase = siteBase;
  }

  String siteBase() {
    return siteBase;
  }

  String href(String iri) {
    if (iri.startsWith(dataBase)) {
      return siteBase + "id/" + iri.substring(dataBase.length());
    }
    if (iri.startsWith(Rkg.ONTOLOGY)) {
      return siteBase + "ontology" + iri.substring(Rkg.ONTOLOGY.length());
    }
    return iri;
  }

  /**
   * The kind of a local entity, the first segment of its path ({@code organization}, {@code
   * place}...), or null.
   */
  String kindOf(String iri) {
    if (!iri.startsWith(dataBase)) {
      return null;
    }
    String rest = iri.substring(dataBase.length());
    int slash = rest.indexOf('/');
    return slash > 0 ? rest.substring(0, slash) : null;
  }

  /** The entity IRI a local {@code id/...} path stands for. */
  String iriOf(String idPath) {
    return dataBase + idPath;
  }

  /** A short name for a term: {@code rkg:leads}, {@code schema:Person}, or the IRI itself. */
  static String compact(Node n) {
    if (!n.isURI()) {
      return n.toString();
    }
    String iri = n.getURI();
    for (String[] p : Rkg.PREFIXES) {
      if (iri.startsWith(p[1]) && iri.length() > p[1].length()) {
        return p[0] + ":" + iri.substring(p[1].length());
      }
    }
    return iri;
  }
}
