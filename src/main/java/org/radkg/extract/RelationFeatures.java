package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a masked sentence into relation candidates: every ordered pair of slots that some predicate
 * of the vocabulary could join, described by the words between and around the pair, the slots'
 * classes, order and distance, and the rules' verdict for the pair.
 */
public final class RelationFeatures {
  private static final Pattern TOKEN =
      Pattern.compile("⟦[A-Z]\\d+⟧|\\p{L}[\\p{L}\\d'’-]*|\\d+|[^\\s\\p{L}\\d]");
  // Beyond this many slots a sentence is a list or a run-on: only pairs near each other are kept.
  private static final int MAX_SLOT_GAP = 12;
  private static final int MAX_WORDS_BETWEEN = 40;

  private RelationFeatures() {}

  /** The predicate's local name as gold files write it ("memberOf", "location"). */
  public static String localName(Predicate p) {
    String iri = p.iri();
    return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
  }

  /** The candidates of {@code s}; {@code ruleRelations} are what the rules read in it. */
  public static List<RelationCandidate> candidates(MaskedSentence s, List<Relation> ruleRelations) {
    List<RelationCandidate> out = new ArrayList<>();
    if (s.slots().size() < 2) {
      return out;
    }
    List<String> tokens = new ArrayList<>();
    List<Integer> slotToken = new ArrayList<>();
    for (int i = 0; i < s.slots().size(); i++) {
      slotToken.add(-1);
    }
    Matcher m = TOKEN.matcher(s.masked());
    while (m.find()) {
      String t = m.group();
      if (t.startsWith("⟦")) {
        slotToken.set(Integer.parseInt(t.substring(2, t.length() - 1)), tokens.size());
        tokens.add("<" + t.charAt(1) + ">");
      } else {
        tokens.add(t.toLowerCase(Locale.ROOT).replace('’', '\''));
      }
    }
    for (int i = 0; i < s.slots().size(); i++) {
      Slot a = s.slot(i);
      if (a.entity() == null || slotToken.get(i) < 0) {
        continue;
      }
      for (int j = 0; j < s.slots().size(); j++) {
        Slot b = s.slot(j);
        if (i == j || Math.abs(i - j) > MAX_SLOT_GAP || slotToken.get(j) < 0 || !joinable(a, b)) {
          continue;
        }
        int lo = Math.min(slotToken.get(i), slotToken.get(j));
        int hi = Math.max(slotToken.get(i), slotToken.get(j));
        if (hi - lo - 1 > MAX_WORDS_BETWEEN) {
          continue;
        }
        String verdict = verdict(a, b, ruleRelations);
        out.add(
            new RelationCandidate(
                s,
                a,
                b,
                features(tokens, lo, hi, a, b, i < j, Math.abs(i - j) - 1, verdict),
                !verdict.equals("none")));
      }
    }
    return out;
  }

  private static boolean joinable(Slot a, Slot b) {
    Term object = b.date() != null ? b.date().literal() : b.entity();
    if (object == null || (b.date() != null && b.date().value() == null)) {
      return false;
    }
    for (Predicate p : Predicate.values()) {
      if (p != Predicate.JOB_TITLE && RelationExtractor.allowed(a.entity(), p, object)) {
        return true;
      }
    }
    return false;
  }

  // What the rules read between the two slots' items, either way round.
  private static String verdict(Slot a, Slot b, List<Relation> rules) {
    Term bt = b.date() != null ? b.date().literal() : b.entity();
    for (Relation r : rules) {
      if (r.subject().equals(a.entity()) && r.object().equals(bt)) {
        return "fwd-" + localName(r.predicate());
      }
      if (b.entity() != null && r.subject().equals(b.entity()) && r.object().equals(a.entity())) {
        return "rev-" + localName(r.predicate());
      }
    }
    return "none";
  }

  private static List<String> features(
      List<String> tokens,
      int lo,
      int hi,
      Slot a,
      Slot b,
      boolean forward,
      int slotsBetween,
      String verdict) {
    List<String> f = new ArrayList<>();
    String types = "" + a.code() + b.code() + (forward ? ">" : "<");
    f.add("t=" + types);
    f.add("rule=" + verdict);
    f.add("trule=" + types + verdict);
    int gap = hi - lo - 1;
    String dist =
        gap <= 3
            ? String.valueOf(gap)
            : gap <= 6 ? "4-6" : gap <= 10 ? "7-10" : gap <= 20 ? "11-20" : "21+";
    f.add("d=" + dist);
    f.add("td=" + types + dist);
    f.add("ns=" + Math.min(slotsBetween, 3));
    f.add("tns=" + types + Math.min(slotsBetween, 3));
    f.add("an=" + (a.anaphoric() ? "s" : "") + (b.anaphoric() ? "o" : ""));
    StringBuilder seq = new StringBuilder();
    for (int k = lo + 1; k < hi; k++) {
      String w = tokens.get(k);
      f.add("b=" + w);
      f.add("tb=" + types + w);
      if (gap <= 6) {
        seq.append(' ').append(w);
      }
    }
    if (gap > 0) {
      f.add("bf=" + types + tokens.get(lo + 1));
      f.add("bl=" + types + tokens.get(hi - 1));
      if (gap > 1) {
        f.add("bb=" + types + tokens.get(lo + 1) + "_" + tokens.get(lo + 2));
        f.add("bll=" + types + tokens.get(hi - 2) + "_" + tokens.get(hi - 1));
      }
    }
    f.add("bs=" + types + (gap <= 6 ? seq.toString() : " LONG"));
    f.add("l1=" + (lo > 0 ? tokens.get(lo - 1) : "^"));
    f.add("tl1=" + types + (lo > 0 ? tokens.get(lo - 1) : "^"));
    f.add("l2=" + (lo > 1 ? tokens.get(lo - 2) : "^"));
    f.add("r1=" + (hi + 1 < tokens.size() ? tokens.get(hi + 1) : "$"));
    f.add("tr1=" + types + (hi + 1 < tokens.size() ? tokens.get(hi + 1) : "$"));
    f.add("r2=" + (hi + 2 < tokens.size() ? tokens.get(hi + 2) : "$"));
    // The words before the first slot say what the sentence is about ("hosted by", "Funded by").
    for (int k = Math.max(0, lo - 4); k < lo; k++) {
      f.add("lw=" + tokens.get(k));
    }
    return f;
  }
}
