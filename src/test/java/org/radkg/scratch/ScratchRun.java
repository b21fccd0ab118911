package org.radkg.scratch;

import java.nio.file.Path;
import java.util.List;
import org.radkg.corpus.Article;
import org.radkg.corpus.CorpusLoader;
import org.radkg.eval.*;
import org.radkg.extract.*;
import org.radkg.graph.KnowledgeGraphBuilder;

public class ScratchRun {
  public static void main(String[] args) throws Exception {
    List<Article> articles = new CorpusLoader().load(List.of(Path.of("data/corpus")));
    ReferenceData ref = ReferenceData.fromClasspath();
    KnowledgeGraphBuilder b = new KnowledgeGraphBuilder(ref, "https://w3id.org/radkg/id/");
    List<ArticleFindings> fs = b.extract(articles);
    boolean verbose = args.length > 0;
    for (ArticleFindings f : fs) {
      if (verbose) {
        System.out.println("=== " + f.article().title());
        for (Mention m : f.mentions()) System.out.println("  M " + m.entity().primaryType() + " " + m.entity().label() + "  <" + f.article().source().text().substring(m.begin(), m.end()) + ">");
        for (Relation r : f.relations()) System.out.println("  R " + r.subject().label() + " " + r.predicate() + " " + (r.object() instanceof Entity e ? e.label() : ((LiteralValue) r.object()).lexical()));
      }
    }
    var ds = org.apache.jena.query.DatasetFactory.wrap(b.build(articles));
    var gold = GoldFile.load(Path.of("data/gold"));
    var report = new Evaluator().evaluate(ds, gold);
    System.out.println(report.toTable());
    if (args.length > 1) System.out.println(report.debugListing());
  }
}
