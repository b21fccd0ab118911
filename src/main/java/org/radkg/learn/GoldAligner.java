package org.radkg.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.radkg.eval.GoldFact;
import org.radkg.eval.NameNormalizer;
import org.radkg.extract.Entity;
import org.radkg.extract.Lexicon;
import org.radkg.extract.RelationCandidate;
import org.radkg.extract.RelationModel;

/**
 * Labels relation candidates by the gold facts of their article, matching names as the evaluator
 * does: a gold name matches a mention whose label, alternative labels or acronym normalize to the
 * gold name or its entity row's acronym; collaborations match either way round.
 */
final class GoldAligner {
  private final List<GoldFact> relations = new ArrayList<>();
  private final Map<String, Set<String>> keys = new HashMap<>();

  GoldAligner(List<GoldFact> gold) {
    for (GoldFact f : gold) {
      if (f.isEntity()) {
        Set<String> k = keys.computeIfAbsent(f.subject(), x -> new HashSet<>());
        k.add(NameNormalizer.normalize(f.subject()));
        if (!f.acronym().isEmpty()) {
          k.add(NameNormalizer.normalize(f.acronym()));
        }
        k.remove("");
      } else {
        relations.add(f);
      }
    }
  }

  int relationCount() {
    return relations.size();
  }

  /** The gold predicate the candidate states, or "none". */
  String label(RelationCandidate c) {
    Set<String> subject = names(c.subjectEntity());
    Set<String> object = c.object().date() != null ? Set.of() : names(c.object().entity());
    String literal = c.object().date() != null ? c.object().date().value() : null;
    for (GoldFact g : relations) {
      boolean forward =
          matches(subject, g.subject())
              && (literal != null
                  ? literal.equals(g.object().trim())
                  : matches(object, g.object()));
      boolean backward =
          g.predicate().equals("collaboratesWith")
              && literal == null
              && matches(object, g.subject())
              && matches(subject, g.object());
      if (forward || backward) {
        return g.predicate();
      }
    }
    return RelationModel.NONE;
  }

  private boolean matches(Set<String> names, String goldName) {
    Set<String> k = keys.getOrDefault(goldName, Set.of(NameNormalizer.normalize(goldName)));
    for (String n : names) {
      if (k.contains(n)) {
        return true;
      }
    }
    return false;
  }

  static Set<String> names(Entity e) {
    Set<String> out = new HashSet<>();
    for (String n : Lexicon.namesOf(e)) {
      out.add(NameNormalizer.normalize(n));
    }
    return out;
  }
}
