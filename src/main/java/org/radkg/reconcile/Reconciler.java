package org.radkg.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.radkg.search.SearchIndex;
import org.radkg.vocab.NameKey;

/**
 * Scores the entities of the search index against one reconciliation query, deterministically:
 *
 * <ul>
 *   <li>name similarity: 1 when the query equals one of the entity's names or its acronym once
 *       case, accents, punctuation and a leading "the" are set aside; else 1 minus the edit
 *       distance over the longer length, for the closest name;
 *   <li>score: 100 × the name similarity, minus 10 for each property hint the entity contradicts
 *       (it has a value for that property and none equals the hint); a hint it agrees with or says
 *       nothing about changes nothing and is reported as a feature;
 *   <li>match: true only for a candidate whose name is equal, that contradicts no hint, and that no
 *       other candidate of the asked types shares the equal name with;
 *   <li>an entity IRI given as the query is that entity, score 100, match true.
 * </ul>
 *
 * Candidates of other types than the query asks for are left out; ties are ordered by name.
 */
final class Reconciler {
  /** Candidates the index is asked for before scoring: more than any limit, so ties are seen. */
  private static final int POOL = 60;

  private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();

  /** A scored candidate with the features its score came from. */
  record Candidate(
      SearchIndex.Hit hit, double score, boolean match, Map<String, Object> features) {}

  private final SearchIndex index;
  private final Function<String, Map<String, List<EntityFacts.Value>>> facts;

  /**
   * @param index the names of the served graph
   * @param facts an entity's property values by IRI (read only for queries with hints)
   */
  Reconciler(SearchIndex index, Function<String, Map<String, List<EntityFacts.Value>>> facts) {
    this.index = index;
    this.facts = facts;
  }

  /** The best candidates for {@code q}, best first, at most its limit. */
  List<Candidate> candidates(ReconciliationQuery q) {
    String text = q.query().isEmpty() ? hintText(q) : q.query();
    if (text.isEmpty()) {
      return List.of();
    }
    var byIri = index.byIri(text);
    if (byIri.isPresent() && ofType(byIri.get(), q)) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("identifier", true);
      return List.of(new Candidate(byIri.get(), 100.0, true, f));
    }
    List<Candidate> scored = new ArrayList<>();
    String wanted = normalized(text);
    for (SearchIndex.Hit hit : index.search(text, POOL)) {
      if (!ofType(hit, q)) {
        continue;
      }
      double similarity = similarity(wanted, hit);
      Map<String, Object> features = new LinkedHashMap<>();
      features.put("name_similarity", Math.round(similarity * 1000) / 1000.0);
      int contradicted = 0;
      if (!q.hints().isEmpty()) {
        Map<String, List<EntityFacts.Value>> values = facts.apply(hit.iri());
        for (ReconciliationQuery.Hint h : q.hints()) {
          Boolean agrees = agrees(h, values);
          if (agrees != null) {
            features.put(h.pid() + "_match", agrees);
            if (!agrees) {
              contradicted++;
            }
          }
        }
      }
      double score = Math.max(0, Math.round((100 * similarity - 10 * contradicted) * 10) / 10.0);
      features.put("contradicted_hints", contradicted);
      scored.add(new Candidate(hit, score, similarity == 1.0 && contradicted == 0, features));
    }
    long equalNames =
        scored.stream().filter(c -> (double) c.features().get("name_similarity") == 1.0).count();
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : scored) {
      out.add(equalNames > 1 ? new Candidate(c.hit(), c.score(), false, c.features()) : c);
    }
    out.sort(
        Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparing(c -> c.hit().label())
            .thenComparing(c -> c.hit().iri()));
    return out.subList(0, Math.min(q.limit(), out.size()));
  }

  private static boolean ofType(SearchIndex.Hit hit, ReconciliationQuery q) {
    return q.types().isEmpty() || q.types().stream().anyMatch(t -> t.includes(hit.typeIris()));
  }

  // A query of hints alone is looked for by its acronym or other string values.
  private static String hintText(ReconciliationQuery q) {
    return q.hints().stream()
        .filter(h -> h.pid().equals("acronym"))
        .map(ReconciliationQuery.Hint::value)
        .findFirst()
        .orElse("");
  }

  static double similarity(String wanted, SearchIndex.Hit hit) {
    double best = 0;
    List<String> names = new ArrayList<>(hit.names());
    names.add(hit.label());
    if (hit.acronym() != null) {
      names.add(hit.acronym());
    }
    for (String name : names) {
      String n = normalized(name);
      if (n.equals(wanted)) {
        return 1.0;
      }
      int longer = Math.max(n.length(), wanted.length());
      if (longer > 0) {
        best = Math.max(best, 1.0 - (double) EDITS.apply(n, wanted) / longer);
      }
    }
    // An unequal name never scores as an equal one, however long.
    return Math.min(best, 0.99);
  }

  // True when a value equals the hint, false when values exist and none does, null when the
  // entity has no value for the property (or the property is not one the service knows).
  private static Boolean agrees(
      ReconciliationQuery.Hint h, Map<String, List<EntityFacts.Value>> values) {
    List<EntityFacts.Value> mine = values.get(h.pid());
    if (mine == null || mine.isEmpty()) {
      return null;
    }
    String wanted = normalized(h.value());
    for (EntityFacts.Value v : mine) {
      if (v.id() != null && v.id().equals(h.value())) {
        return true;
      }
      String s = v.str() != null ? v.str() : v.name();
      if (s != null && normalized(s).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name as compared: lower case, accents and punctuation dropped, one space between words, a
   * leading "the" left out.
   */
  static String normalized(String text) {
    String s = NameKey.of(text);
    return s.startsWith("the ") ? s.substring(4) : s;
  }
}
