package org.radkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads, in an article about one event, the organizations a sentence that names no initiative or
 * event shows at work in its programme ("a session moderated by the NRC", "workshops provided by
 * representatives from the NCI and the NIH", "guest speakers from companies like Philips"): each
 * takes part in the event the article names most.
 */
final class ArticleEventParticipation {
  // A list of organization slots, as RelationRule's list macro reads one.
  private static final String LIST =
      "(?<l>⟦O\\d+⟧(?:\\s*\\(⟦O\\d+⟧\\))?(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*,?\\s+as well as\\s+)(?:the\\s+)?⟦O\\d+⟧(?:\\s*\\(⟦O\\d+⟧\\))?)*)";
  private static final String PROGRAMME_ITEM =
      "(?:sessions?|workshops?|lectures?|talks?|presentations?|symposi(?:um|a)|panels?|keynotes?|plenar(?:y|ies)|exhibits?|booths?|demonstrations?|tutorials?)";
  private static final String AGENTS =
      "(?:(?:representatives|experts|speakers|delegates|delegations?|members|staff|faculty|scientists|officials|leaders|researchers)\\s+(?:from|of)\\s+)?";
  private static final Pattern[] PATTERNS = {
    // "a session on radiation safety moderated by the NRC and workshops provided by representatives
    // from the NCI".
    Pattern.compile(
        "\\b"
            + PROGRAMME_ITEM
            + "\\b[^.;⟦⟧]{0,80}?\\b(?:presented|moderated|provided|given|led|organi[sz]ed|run|hosted|chaired|sponsored|delivered|offered|held|taught|co-organi[sz]ed)\\s+by\\s+"
            + AGENTS
            + "(?:the\\s+)?"
            + LIST,
        Pattern.CASE_INSENSITIVE),
    // "guest speakers from companies like Philips", "speakers from the NCI and the FDA".
    Pattern.compile(
        "\\b(?:speakers|presenters|panellists|panelists|lecturers|exhibitors|delegations?|delegates|representatives)\\s+from\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:(?:like|such\\s+as|including)\\s+)?(?:the\\s+)?"
            + LIST,
        Pattern.CASE_INSENSITIVE)
  };
  // Only a sentence free of other activities: one naming an initiative or an event says whose they
  // are.
  private static final Pattern ACTIVITY = Pattern.compile("⟦[IE]\\d+⟧");

  private ArticleEventParticipation() {}

  /** The event {@code mentions} name most often, when one is named at least twice, else none. */
  static Entity mainEvent(List<Mention> mentions) {
    Map<Entity, Integer> counts = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.entity().is(EntityType.EVENT)) {
        counts.merge(m.entity(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /**
   * The participations {@code s} states in {@code event}, the article's main event (none when it is
   * null).
   */
  static List<Relation> read(MaskedSentence s, Entity event) {
    List<Relation> out = new ArrayList<>();
    String masked = s.masked();
    if (event == null || masked.indexOf('⟦') < 0 || ACTIVITY.matcher(masked).find()) {
      return out;
    }
    Evidence evidence = new Evidence(s.text(), s.span().begin(), s.span().end());
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(masked);
      while (m.find()) {
        for (int i : MaskedSentence.slotIndexes(m.group("l"))) {
          Entity org = s.slot(i).entity();
          if (org != null && RelationExtractor.allowed(org, Predicate.PARTICIPATES_IN, event)) {
            out.add(
                new Relation(
                    org,
                    Predicate.PARTICIPATES_IN,
                    event,
                    evidence,
                    ReadingMethod.ARTICLE_EVENT_PROGRAMME));
          }
        }
      }
    }
    return out;
  }
}
