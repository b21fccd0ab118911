package org.radkg.pages;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.radkg.vocab.Rkg;

/**
 * Names the graph's terms and the queries' columns in words for the pages: a relation by its label
 * in the ontology ("member of", "leads"), else its local name split into words ("collaboratesWith"
 * is "collaborates with"); a result column the same way ("hostLabel" is "host").
 */
final class TermWords {
  private static final String ONTOLOGY = "/radkg/ontology/radkg.ttl";
  private static final Map<String, String> LABELS = load();

  private TermWords() {}

  /** The words for {@code term} (an IRI). */
  static String of(Node term) {
    if (!term.isURI()) {
      return term.toString();
    }
    String label = LABELS.get(term.getURI());
    return label != null ? label : words(localName(term.getURI()));
  }

  /** The words for a result column: "hostLabel" is "host", "anArticle" is "an article". */
  static String column(String variable) {
    String v =
        variable.endsWith("Label") && variable.length() > 5
            ? variable.substring(0, variable.length() - 5)
            : variable;
    return words(v);
  }

  // "collaboratesWith" -> "collaborates with", "start_date" -> "start date", "ROR" stays "ROR".
  static String words(String name) {
    String spaced =
        name.replace('_', ' ')
            .replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ")
            .replaceAll("(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})", " ")
            .strip();
    StringBuilder out = new StringBuilder();
    for (String w : spaced.split("\\s+")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
      out.append(acronym ? w : w.toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  private static String localName(String iri) {
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return iri.substring(cut + 1);
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = TermWords.class.getResourceAsStream(ONTOLOGY)) {
      if (in == null) {
        return out;
      }
      Model m = ModelFactory.createDefaultModel();
      RDFDataMgr.read(m, in, Lang.TURTLE);
      m.getGraph()
          .find(Node.ANY, Rkg.label, Node.ANY)
          .forEachRemaining(
              (Triple t) -> {
                if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                  out.putIfAbsent(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
                }
              });
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
