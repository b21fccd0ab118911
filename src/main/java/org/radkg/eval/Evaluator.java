package org.radkg.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Scores an extracted dataset (one named graph per article) against gold facts, article by article,
 * and returns an {@link EvaluationReport}; it reads the dataset only and keeps no state between
 * calls.
 *
 * <p>Matching rules: an article is the graph whose schema:headline equals the gold title after
 * trimming. A gold entity matches an extracted entity of the same {@link CoarseType} when one of
 * the gold name and gold acronym equals (after {@link NameNormalizer}) one of the extracted label,
 * altLabels and acronym; each gold entity matches at most once. A gold relation is found when the
 * article's graph has a triple with the same predicate whose subject and object match in the same
 * way (literals: same lexical form). rkg:collaboratesWith matches either way round; a gold
 * rkg:participatesIn is found by any of its sub-properties. Only articles with gold facts are
 * scored.
 *
 * <p>Splits: one per split name of the gold facts (dev, test, then any other name such as "unseen"
 * alphabetically), then "all" summing them.
 */
public final class Evaluator {

  private static final Set<String> PARTICIPATION =
      Set.of("participatesIn", "leads", "partnersIn", "funds", "hosts");
  private static final Set<String> LITERAL_PREDICATES = Set.of("startDate", "jobTitle");

  /** Scores the dataset; opens a read transaction when the dataset needs one. */
  public EvaluationReport evaluate(Dataset dataset, List<GoldFact> gold) {
    return evaluate(dataset.asDatasetGraph(), gold);
  }

  /** Scores the dataset graph; opens a read transaction when the dataset needs one. */
  public EvaluationReport evaluate(DatasetGraph dsg, List<GoldFact> gold) {
    return evaluate(dsg, gold, Map.of());
  }

  /**
   * Scores the dataset graph where gold facts name documents, not titles: the gold article {@code
   * KEY} is every article derived from a source whose IRI {@code documentKeys} maps to {@code KEY}
   * (a page of a {@link PageSet}, whatever title its layout gave it).
   */
  public EvaluationReport evaluate(
      DatasetGraph dsg, List<GoldFact> gold, Map<String, String> documentKeys) {
    if (dsg.supportsTransactions() && !dsg.isInTransaction()) {
      return Txn.calculateRead(dsg, () -> score(new ExtractedGraph(dsg, documentKeys), gold));
    }
    return score(new ExtractedGraph(dsg, documentKeys), gold);
  }

  /** Whether one extracted relation triple is correct against its article's gold facts. */
  public record Verdict(Set<Node> articles, Triple triple, boolean correct) {}

  /**
   * The verdict on every relation triple of every gold article (as {@link #evaluate(DatasetGraph,
   * List, Map)} scores them); of a symmetric rkg:collaboratesWith pair, one direction. For
   * measuring how precise each reading method is.
   */
  public List<Verdict> verdicts(
      DatasetGraph dsg, List<GoldFact> gold, Map<String, String> documentKeys) {
    if (dsg.supportsTransactions() && !dsg.isInTransaction()) {
      return Txn.calculateRead(
          dsg,
          () -> tallies(new ExtractedGraph(dsg, documentKeys), gold).get(GoldFile.ALL).verdicts);
    }
    return tallies(new ExtractedGraph(dsg, documentKeys), gold).get(GoldFile.ALL).verdicts;
  }

  private EvaluationReport score(ExtractedGraph x, List<GoldFact> gold) {
    Map<String, EvaluationReport.SplitScores> out = new LinkedHashMap<>();
    tallies(x, gold).forEach((s, t) -> out.put(s, t.toScores(s)));
    return new EvaluationReport(out);
  }

  private Map<String, Tally> tallies(ExtractedGraph x, List<GoldFact> gold) {
    Map<String, List<GoldFact>> byArticle = new LinkedHashMap<>();
    for (GoldFact f : gold) {
      // Keyed by split too, so one title in two gold files cannot mix splits.
      byArticle.computeIfAbsent(f.split() + "\u0000" + f.article(), k -> new ArrayList<>()).add(f);
    }
    Set<String> named = new HashSet<>();
    gold.forEach(f -> named.add(f.split()));
    named.remove(GoldFile.ALL);
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (String s : EvaluationReport.ordered(named)) {
      tallies.put(s, new Tally());
    }
    tallies.put(GoldFile.ALL, new Tally());
    for (List<GoldFact> facts : byArticle.values()) {
      GoldFact first = facts.get(0);
      Tally t = new Tally();
      new ArticleScorer(x, first.article(), "[" + first.split() + "] " + first.article(), facts, t)
          .run();
      tallies.get(first.split()).add(t);
      tallies.get(GoldFile.ALL).add(t);
    }
    return tallies;
  }

  /** Mutable counts of one article or one split while scoring. */
  private static final class Tally {
    int articles;
    final List<String> missing = new ArrayList<>();
    final Map<CoarseType, long[]> entities = new EnumMap<>(CoarseType.class);
    final Map<String, long[]> relations = new LinkedHashMap<>();
    final Map<String, long[]> extra = new LinkedHashMap<>();
    final List<String> fps = new ArrayList<>();
    final List<String> fns = new ArrayList<>();
    final List<Verdict> verdicts = new ArrayList<>();

    Tally() {
      for (CoarseType c : CoarseType.values()) {
        entities.put(c, new long[3]);
      }
      for (String p : ExtractedGraph.PREDICATES.keySet()) {
        relations.put(p, new long[3]);
      }
      extra.put(EvaluationReport.PARTICIPATION_ANY, new long[3]);
      extra.put(EvaluationReport.START_DATE_LENIENT, new long[3]);
    }

    void add(Tally o) {
      articles += o.articles;
      missing.addAll(o.missing);
      o.entities.forEach((k, v) -> addInto(entities.get(k), v));
      o.relations.forEach((k, v) -> addInto(relations.get(k), v));
      o.extra.forEach((k, v) -> addInto(extra.get(k), v));
      fps.addAll(o.fps);
      fns.addAll(o.fns);
      verdicts.addAll(o.verdicts);
    }

    private static void addInto(long[] a, long[] b) {
      for (int i = 0; i < 3; i++) {
        a[i] += b[i];
      }
    }

    EvaluationReport.SplitScores toScores(String split) {
      Map<CoarseType, Score> e = new EnumMap<>(CoarseType.class);
      Score em = Score.ZERO;
      for (var en : entities.entrySet()) {
        Score s = new Score(en.getValue()[0], en.getValue()[1], en.getValue()[2]);
        e.put(en.getKey(), s);
        em = em.plus(s);
      }
      Map<String, Score> r = new LinkedHashMap<>();
      Score rm = Score.ZERO;
      for (var en : relations.entrySet()) {
        Score s = new Score(en.getValue()[0], en.getValue()[1], en.getValue()[2]);
        r.put(en.getKey(), s);
        rm = rm.plus(s);
      }
      Map<String, Score> x = new LinkedHashMap<>();
      extra.forEach((k, v) -> x.put(k, new Score(v[0], v[1], v[2])));
      return new EvaluationReport.SplitScores(
          split,
          articles,
          missing,
          Collections.unmodifiableMap(e),
          em,
          Collections.unmodifiableMap(r),
          rm,
          Collections.unmodifiableMap(x),
          fps,
          fns);
    }
  }

  /** Scores the facts of one gold article into a tally. */
  private static final class ArticleScorer {
    private static final int TP = 0;
    private static final int FP = 1;
    private static final int FN = 2;

    private final ExtractedGraph x;
    private final String tag;
    private final List<GoldFact> facts;
    private final Tally t;
    private final ExtractedGraph.Article article;
    private final Map<String, Set<String>> goldKeys = new LinkedHashMap<>();

    ArticleScorer(ExtractedGraph x, String title, String tag, List<GoldFact> facts, Tally t) {
      this.x = x;
      this.tag = tag;
      this.facts = facts;
      this.t = t;
      this.article = x.article(title);
      for (GoldFact f : facts) {
        if (f.isEntity()) {
          Set<String> keys = new HashSet<>();
          keys.add(NameNormalizer.normalize(f.subject()));
          if (!f.acronym().isEmpty()) {
            keys.add(NameNormalizer.normalize(f.acronym()));
          }
          keys.remove("");
          goldKeys.merge(
              f.subject(),
              keys,
              (a, b) -> {
                a.addAll(b);
                return a;
              });
        }
      }
    }

    void run() {
      t.articles = 1;
      if (article == null) {
        t.missing.add(tag);
      }
      scoreEntities();
      scoreRelations();
    }

    /**
     * Keys of a gold name: its entity row's name and acronym, or the bare name if it has no row.
     */
    private Set<String> keys(String goldName) {
      Set<String> k = goldKeys.get(goldName);
      return k != null ? k : Set.of(NameNormalizer.normalize(goldName));
    }

    private boolean nameMatch(Node n, String goldName) {
      return !Collections.disjoint(x.names(n), keys(goldName));
    }

    private void scoreEntities() {
      List<GoldFact> gold = facts.stream().filter(GoldFact::isEntity).toList();
      boolean[] used = new boolean[gold.size()];
      for (Node e : mentioned()) {
        Set<CoarseType> types = x.types(e);
        if (types.isEmpty()) {
          continue; // topics and untyped nodes are not entities of the contract
        }
        int hit = -1;
        for (int i = 0; i < gold.size() && hit < 0; i++) {
          if (!used[i]
              && types.contains(gold.get(i).coarseType())
              && nameMatch(e, gold.get(i).subject())) {
            hit = i;
          }
        }
        if (hit >= 0) {
          used[hit] = true;
          t.entities.get(gold.get(hit).coarseType())[TP]++;
        } else {
          CoarseType primary = types.iterator().next();
          t.entities.get(primary)[FP]++;
          t.fps.add(tag + " :: entity " + primary.label() + " " + x.display(e));
        }
      }
      for (int i = 0; i < gold.size(); i++) {
        if (!used[i]) {
          GoldFact g = gold.get(i);
          t.entities.get(g.coarseType())[FN]++;
          t.fns.add(
              tag
                  + " :: entity "
                  + g.predicate()
                  + " \""
                  + g.subject()
                  + "\" ("
                  + g.source()
                  + ")");
        }
      }
    }

    /** Mentioned nodes, sorted so that greedy matching gives the same result on every run. */
    private List<Node> mentioned() {
      if (article == null) {
        return List.of();
      }
      Set<Node> out = new java.util.TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
      for (Triple tr : article.triples()) {
        if (tr.getPredicate().equals(ExtractedGraph.MENTIONS)
            && article.nodes().contains(tr.getSubject())) {
          out.add(tr.getObject());
        }
      }
      return new ArrayList<>(out);
    }

    /** The article's relation triples by gold predicate name; symmetric pairs kept once. */
    private Map<String, List<Triple>> extractedRelations() {
      Map<String, List<Triple>> out = new LinkedHashMap<>();
      ExtractedGraph.PREDICATES.keySet().forEach(p -> out.put(p, new ArrayList<>()));
      if (article == null) {
        return out;
      }
      Set<List<Node>> seenPairs = new HashSet<>();
      for (Triple tr : article.triples()) {
        // Only what the extractor read is scored: the triples the build materializes from the
        // ontology (rkg:participatesIn beside rkg:leads) are no reading.
        if (article.materialized().contains(tr)) {
          continue;
        }
        for (var en : ExtractedGraph.PREDICATES.entrySet()) {
          if (!en.getValue().equals(tr.getPredicate())) {
            continue;
          }
          if (en.getKey().equals("collaboratesWith")) {
            // The contract asserts both directions; one stated collaboration is one fact.
            Node a = tr.getSubject();
            Node b = tr.getObject();
            List<Node> pair =
                a.toString().compareTo(b.toString()) <= 0 ? List.of(a, b) : List.of(b, a);
            if (!seenPairs.add(pair)) {
              continue;
            }
          }
          out.get(en.getKey()).add(tr);
        }
      }
      return out;
    }

    private boolean objectMatch(Node o, GoldFact g) {
      if (LITERAL_PREDICATES.contains(g.predicate())) {
        return o.isLiteral() && o.getLiteralLexicalForm().trim().equals(g.object());
      }
      return nameMatch(o, g.object());
    }

    private boolean pairMatch(Triple tr, GoldFact g) {
      if (nameMatch(tr.getSubject(), g.subject()) && objectMatch(tr.getObject(), g)) {
        return true;
      }
      return g.predicate().equals("collaboratesWith")
          && nameMatch(tr.getObject(), g.subject())
          && nameMatch(tr.getSubject(), g.object());
    }

    private static boolean lenientDate(Node o, GoldFact g) {
      if (!o.isLiteral()) {
        return false;
      }
      String a = o.getLiteralLexicalForm().trim();
      String b = g.object();
      return !a.isEmpty() && (a.startsWith(b) || b.startsWith(a));
    }

    /**
     * True when an extracted triple of predicate {@code extracted} can state gold predicate {@code
     * gold}.
     */
    private static boolean finds(String extracted, String gold) {
      return extracted.equals(gold)
          || (gold.equals("participatesIn") && PARTICIPATION.contains(extracted));
    }

    /**
     * True when an extracted triple is correct against a gold predicate: it states the gold fact,
     * or it is the participatesIn that a gold sub-property fact entails (materialized inference
     * must not count as a false positive).
     */
    private static boolean isCorrectFor(String extracted, String gold) {
      return finds(extracted, gold)
          || (extracted.equals("participatesIn") && PARTICIPATION.contains(gold));
    }

    private void scoreRelations() {
      Map<String, List<Triple>> ext = extractedRelations();
      List<GoldFact> gold = facts.stream().filter(f -> !f.isEntity()).toList();
      long[] lenient = t.extra.get(EvaluationReport.START_DATE_LENIENT);
      for (GoldFact g : gold) {
        boolean found = false;
        for (var en : ext.entrySet()) {
          if (finds(en.getKey(), g.predicate())) {
            for (Triple tr : en.getValue()) {
              found |= pairMatch(tr, g);
            }
          }
        }
        t.relations.get(g.predicate())[found ? TP : FN]++;
        if (!found) {
          t.fns.add(
              tag
                  + " :: "
                  + g.subject()
                  + " "
                  + g.predicate()
                  + " "
                  + g.object()
                  + " ("
                  + g.source()
                  + ")");
        }
        if (g.predicate().equals("startDate")) {
          boolean loose =
              found
                  || ext.get("startDate").stream()
                      .anyMatch(
                          tr ->
                              nameMatch(tr.getSubject(), g.subject())
                                  && lenientDate(tr.getObject(), g));
          lenient[loose ? TP : FN]++;
        }
      }
      for (var en : ext.entrySet()) {
        String p = en.getKey();
        for (Triple tr : en.getValue()) {
          boolean ok =
              gold.stream().anyMatch(g -> isCorrectFor(p, g.predicate()) && pairMatch(tr, g));
          t.verdicts.add(new Verdict(article.nodes(), tr, ok));
          if (!ok) {
            t.relations.get(p)[FP]++;
            t.fps.add(
                tag
                    + " :: "
                    + x.display(tr.getSubject())
                    + " "
                    + p
                    + " "
                    + x.display(tr.getObject()));
          }
          if (p.equals("startDate")) {
            boolean loose =
                gold.stream()
                    .anyMatch(
                        g ->
                            g.predicate().equals("startDate")
                                && nameMatch(tr.getSubject(), g.subject())
                                && lenientDate(tr.getObject(), g));
            if (!loose) {
              lenient[FP]++;
            }
          }
        }
      }
      scoreParticipation(ext, gold);
    }

    /**
     * All five participation predicates collapsed into one relation over (subject, object) pairs.
     */
    private void scoreParticipation(Map<String, List<Triple>> ext, List<GoldFact> gold) {
      long[] row = t.extra.get(EvaluationReport.PARTICIPATION_ANY);
      List<Triple> pairs = new ArrayList<>();
      Set<List<Node>> seen = new HashSet<>();
      for (String p : PARTICIPATION) {
        for (Triple tr : ext.get(p)) {
          if (seen.add(List.of(tr.getSubject(), tr.getObject()))) {
            pairs.add(tr);
          }
        }
      }
      Set<List<String>> goldPairs = new java.util.LinkedHashSet<>();
      for (GoldFact g : gold) {
        if (PARTICIPATION.contains(g.predicate())) {
          goldPairs.add(List.of(g.subject(), g.object()));
        }
      }
      for (List<String> gp : goldPairs) {
        boolean found =
            pairs.stream()
                .anyMatch(
                    tr ->
                        nameMatch(tr.getSubject(), gp.get(0))
                            && nameMatch(tr.getObject(), gp.get(1)));
        row[found ? TP : FN]++;
      }
      for (Triple tr : pairs) {
        boolean ok =
            goldPairs.stream()
                .anyMatch(
                    gp ->
                        nameMatch(tr.getSubject(), gp.get(0))
                            && nameMatch(tr.getObject(), gp.get(1)));
        if (!ok) {
          row[FP]++;
        }
      }
    }
  }
}
