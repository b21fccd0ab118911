package org.radkg.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.radkg.corpus.Article;
import org.radkg.extract.ArticleFindings;
import org.radkg.extract.Entity;
import org.radkg.extract.Mention;
import org.radkg.extract.Relation;

/**
 * What an article's graph depends on besides its findings, as one digest: the article's place in
 * its document (the graph states code point offsets into it), what its document and its reprints
 * say of where it was published, the threshold, and the corpus-wide merged description (see {@link
 * EntityRegistry}) of every entity its findings name, with the countries those are in. The code,
 * the ontology's entailments and the committed confidences are not in it: they travel with the
 * code, which the findings' own key covers.
 */
final class ArticleGraphDependencies {
  private ArticleGraphDependencies() {}

  /**
   * The digest for the graph {@code writer} writes of {@code f}, as a reprint of {@code reprints}.
   */
  static String of(
      ArticleFindings f,
      List<Article> reprints,
      EntityRegistry registry,
      FindingsGraphWriter writer,
      String base,
      double minConfidence) {
    Digest d = new Digest();
    Article a = f.article();
    d.add("radkg article graph dependencies 1");
    d.add(base);
    d.add(Double.toString(minConfidence));
    // The findings' key covers the text around the article but not where it stands: its offsets,
    // and the code point index they are counted from.
    d.add(a.start() + " " + a.titleBegin() + " " + a.bodyBegin() + " " + a.bodyEnd());
    d.add(Integer.toString(a.source().codePointIndex(a.start())));
    d.add(a.source().iri() + " " + a.source().textPublished());
    Node g = writer.articleIri(a);
    for (Triple t : PublicationFacts.of(a, g, base, f.published() != null)) {
      d.add(t.toString());
    }
    for (Article r : reprints) {
      d.add("reprint");
      for (Triple t : PublicationFacts.ofReprint(r, g, base)) {
        d.add(t.toString());
      }
    }
    // Every entity the findings name, as merged over the corpus (a superset of those the graph
    // describes: a relation under the threshold is not written), then the countries they are in.
    Set<String> keys = new TreeSet<>();
    if (f.society() != null) {
      keys.add(f.society().key());
    }
    for (Mention m : f.mentions()) {
      keys.add(m.entity().key());
    }
    for (Entity t : f.topics()) {
      keys.add(t.key());
    }
    for (Relation r : f.relations()) {
      keys.add(r.subject().key());
      if (r.object() instanceof Entity e) {
        keys.add(e.key());
      }
    }
    Deque<String> todo = new ArrayDeque<>(keys);
    Set<String> seen = new TreeSet<>(keys);
    while (!todo.isEmpty()) {
      Entity e = registry.all().get(todo.pop());
      if (e != null && e.containedIn() != null && seen.add("place/" + e.containedIn())) {
        todo.push("place/" + e.containedIn());
      }
    }
    for (String k : seen) {
      d.add(k + " " + registry.all().get(k));
    }
    return d.hex();
  }

  private static final class Digest {
    private final MessageDigest md;

    Digest() {
      try {
        md = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("the JVM has no SHA-256", e);
      }
    }

    void add(String s) {
      md.update(s.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
    }

    String hex() {
      return HexFormat.of().formatHex(md.digest());
    }
  }
}
