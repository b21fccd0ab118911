package org.radkg.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.radkg.query.QueryRunner;
import org.radkg.vocab.Rkg;

/**
 * Reads a {@link CollaborationNetwork} from a local store or a SPARQL endpoint with the four
 * queries in {@code radkg/network/} (the only step that touches the graph; the projection is pure).
 */
public final class NetworkExtractor {
  private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
  private static final Pattern LEADING_YEAR = Pattern.compile("^(\\d{4})");

  /** What the four queries and the topics' read from the union default graph, by predicate. */
  private static final Set<Node> UNION_READS =
      Set.of(
          Rkg.type,
          Rkg.label,
          Rkg.acronym,
          Rkg.location,
          Rkg.containedInPlace,
          Rkg.startDate,
          Rkg.mentions,
          Rkg.about);

  /** What the affiliations' and topics' queries read inside an article's graph, by predicate. */
  private static final Set<Node> GRAPH_READS =
      Set.of(
          Rkg.participatesIn,
          Rkg.leads,
          Rkg.partnersIn,
          Rkg.funds,
          Rkg.hosts,
          Rkg.memberOf,
          Rkg.collaboratesWith,
          Rkg.subject,
          Rkg.predicate,
          Rkg.object,
          Rkg.reportedBy,
          Rkg.about);

  private final Function<String, List<Map<String, Node>>> select;

  private NetworkExtractor(Function<String, List<Map<String, Node>>> select) {
    this.select = select;
  }

  /**
   * True when the network's queries read {@code t} from the union graph: a union that differs only
   * by triples this is false for gives the same organizations, targets and topics.
   */
  public static boolean readsInUnion(Triple t) {
    return UNION_READS.contains(t.getPredicate());
  }

  /**
   * What the network's queries read of {@code q} inside its graph, or null: the quad itself, or for
   * an evidence sentence only the years written in it (see {@link
   * org.radkg.store.UnionChange#graphsReadAlike}).
   */
  public static Object readInGraph(Quad q) {
    if (GRAPH_READS.contains(q.getPredicate())) {
      return q;
    }
    if (q.getPredicate().equals(Rkg.evidence) && q.getObject().isLiteral()) {
      return List.of(q.getGraph(), q.getSubject(), years(q.getObject().getLiteralLexicalForm()));
    }
    return null;
  }

  private static Set<Integer> years(String evidence) {
    Set<Integer> out = new TreeSet<>();
    Matcher m = YEAR.matcher(evidence);
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }

  /** From a local dataset (its default graph read as the union of the article graphs). */
  public static CollaborationNetwork extract(Dataset dataset, Duration timeout) {
    return new NetworkExtractor(q -> QueryRunner.select(dataset, q, timeout)).extract();
  }

  /** From any SPARQL 1.1 endpoint that keeps the articles as named graphs. */
  public static CollaborationNetwork extract(String endpoint, Duration timeout) {
    return new NetworkExtractor(q -> QueryRunner.select(endpoint, q, timeout)).extract();
  }

  private CollaborationNetwork extract() {
    Map<String, Organization> orgs = new HashMap<>();
    for (Map<String, Node> r : run("organizations")) {
      String iri = iri(r.get("org"));
      if (iri == null) {
        continue;
      }
      orgs.put(
          iri,
          new Organization(
              iri,
              text(r.get("label"), Slugs.lastSegment(iri)),
              text(r.get("acronym"), null),
              number(r.get("society")) > 0,
              number(r.get("collaboration")) > 0,
              text(r.get("country"), null),
              number(r.get("articles"))));
    }
    Map<String, Target> targets = new HashMap<>();
    for (Map<String, Node> r : run("targets")) {
      String iri = iri(r.get("target"));
      if (iri == null) {
        continue;
      }
      String type =
          Slugs.lastSegment(iri(r.get("type")))
              .replace("OrganizationalCollaboration", "collaboration")
              .replace("Initiative", "initiative")
              .replace("Event", "event");
      Target t =
          targets.computeIfAbsent(
              iri,
              k ->
                  new Target(k, text(r.get("label"), Slugs.lastSegment(k)), type, new TreeSet<>()));
      Node date = r.get("date");
      if (date != null && date.isLiteral()) {
        Matcher m = LEADING_YEAR.matcher(date.getLiteralLexicalForm());
        if (m.find()) {
          t.years().add(Integer.parseInt(m.group(1)));
        }
      }
    }
    // One affiliation per (org, predicate, target, article); evidence years gathered over its
    // statements.
    Map<List<String>, Affiliation> affiliations = new HashMap<>();
    for (Map<String, Node> r : run("affiliations")) {
      String org = iri(r.get("org"));
      String target = iri(r.get("target"));
      String predicate = iri(r.get("p"));
      String article = iri(r.get("article"));
      if (org == null || target == null || article == null) {
        continue;
      }
      LinkKind kind =
          predicate.equals(Rkg.collaboratesWith.getURI())
              ? LinkKind.STATED
              : predicate.equals(Rkg.memberOf.getURI()) ? LinkKind.MEMBERSHIP : LinkKind.INITIATIVE;
      Affiliation a =
          affiliations.computeIfAbsent(
              List.of(org, predicate, target, article),
              k ->
                  new Affiliation(
                      org,
                      kind,
                      Slugs.lastSegment(predicate),
                      target,
                      article,
                      iri(r.get("society")),
                      new TreeSet<>()));
      Node evidence = r.get("evidence");
      if (evidence != null && evidence.isLiteral()) {
        a.evidenceYears().addAll(years(evidence.getLiteralLexicalForm()));
      }
    }
    Map<String, Set<String>> topics = new HashMap<>();
    for (Map<String, Node> r : run("topics")) {
      String article = iri(r.get("article"));
      String topic = iri(r.get("topic"));
      if (article != null && topic != null) {
        Set<String> keys = topics.computeIfAbsent(article, k -> new TreeSet<>());
        keys.add(topic);
        keys.add(Slugs.lastSegment(topic).toLowerCase(java.util.Locale.ROOT));
        String label = text(r.get("label"), null);
        if (label != null) {
          keys.add(label.toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return new CollaborationNetwork(orgs, targets, new ArrayList<>(affiliations.values()), topics);
  }

  private List<Map<String, Node>> run(String name) {
    String resource = "radkg/network/" + name + ".rq";
    try (InputStream in = NetworkExtractor.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return select.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String iri(Node n) {
    return n != null && n.isURI() ? n.getURI() : null;
  }

  private static String text(Node n, String fallback) {
    return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : fallback;
  }

  private static int number(Node n) {
    try {
      return n != null && n.isLiteral() ? Integer.parseInt(n.getLiteralLexicalForm()) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
