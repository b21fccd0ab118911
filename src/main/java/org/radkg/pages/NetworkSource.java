package org.radkg.pages;

import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.radkg.network.Affiliation;
import org.radkg.network.CollaborationNetwork;
import org.radkg.network.NetworkExtractor;
import org.radkg.network.NetworkFilter;
import org.radkg.network.NetworkProjector;
import org.radkg.network.Organization;
import org.radkg.network.ProjectedNetwork;
import org.radkg.query.QueryRunner;

/**
 * The collaboration network of the served store, read once per store generation (keyed by the
 * dataset object, so a reload reads the new one) with the topics and reporting societies the
 * explorer's filter form offers; each request then only projects it.
 */
final class NetworkSource {
  private static final String TOPICS =
      """
      PREFIX schema: <https://schema.org/>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT DISTINCT ?topic ?label WHERE { ?article schema:about ?topic OPTIONAL { ?topic rdfs:label ?label } }
      """;

  /**
   * The network and the filter choices: topic value (slug) to label, society acronyms (or labels).
   */
  record Material(
      CollaborationNetwork network,
      SortedMap<String, String> topics,
      SortedSet<String> societies,
      Map<NetworkFilter, ProjectedNetwork> projections) {
    /**
     * The network projected through {@code filter}, remembered for the generation: the page, its
     * exports and the same filter asked again share one projection (the most recent {@value
     * #PROJECTIONS} filters are kept).
     */
    ProjectedNetwork projected(NetworkFilter filter) {
      synchronized (projections) {
        ProjectedNetwork p = projections.get(filter);
        if (p == null) {
          p = NetworkProjector.project(network, filter);
          projections.put(filter, p);
        }
        return p;
      }
    }

    /** Keeps {@code p} as the projection through {@code filter} (prepared by the build). */
    void remember(NetworkFilter filter, ProjectedNetwork p) {
      synchronized (projections) {
        projections.put(filter, p);
      }
    }
  }

  /** How many filters' projections a generation keeps. */
  static final int PROJECTIONS = 16;

  private final PerGeneration<Material> cached;

  /** {@code load} gives a generation's material (see {@link PreparedPages#network}). */
  NetworkSource(Function<ServedDataset, Material> load) {
    this.cached = new PerGeneration<>(load);
  }

  /**
   * The material of the generation {@code served}, as its build prepared it or else read from the
   * store; concurrent first requests read it once.
   */
  Material material(ServedDataset served) {
    return cached.get(served);
  }

  /** The material read from the store {@code ds}. */
  static Material read(Dataset ds, Duration timeout) {
    return of(NetworkExtractor.extract(ds, timeout), topics(ds, timeout));
  }

  /** The topics the filter form offers: slug to label. */
  static SortedMap<String, String> topics(Dataset ds, Duration timeout) {
    SortedMap<String, String> topics = new TreeMap<>();
    for (Map<String, Node> row : QueryRunner.select(ds, TOPICS, timeout)) {
      Node t = row.get("topic");
      if (t == null || !t.isURI()) {
        continue;
      }
      Node label = row.get("label");
      String slug = t.getURI().substring(t.getURI().lastIndexOf('/') + 1);
      topics.putIfAbsent(
          slug, label != null && label.isLiteral() ? label.getLiteralLexicalForm() : slug);
    }
    return topics;
  }

  /** The material of {@code net} and its topics, with no projection made yet. */
  static Material of(CollaborationNetwork net, SortedMap<String, String> topics) {
    SortedSet<String> societies = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (Affiliation a : net.affiliations()) {
      Organization s = a.society() == null ? null : net.organizations().get(a.society());
      if (s != null) {
        societies.add(s.acronym() != null ? s.acronym() : s.label());
      }
    }
    Map<NetworkFilter, ProjectedNetwork> projections =
        new java.util.LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<NetworkFilter, ProjectedNetwork> eldest) {
            return size() > PROJECTIONS;
          }
        };
    return new Material(net, topics, societies, projections);
  }
}
