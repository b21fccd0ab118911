package org.radkg.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.radkg.corpus.Article;
import org.radkg.extract.ArticleFindings;
import org.radkg.extract.Entity;
import org.radkg.extract.Extractor;
import org.radkg.extract.ReferenceData;

/**
 * Turns a corpus of articles into the knowledge graph: a first pass collects the names the corpus
 * defines by acronym (so "RHEC" defined in one article is known in the next), a second pass extracts
 * every article (in parallel, order kept), then entities are merged and each article becomes a
 * named graph.
 */
public final class KnowledgeGraphBuilder {
  private final ReferenceData reference;
  private final String base;

  public KnowledgeGraphBuilder(ReferenceData reference, String base) {
    this.reference = reference;
    this.base = base;
  }

  /** The findings of every article, in corpus order. */
  public List<ArticleFindings> extract(List<Article> articles) {
    Extractor first = new Extractor(reference, List.of());
    Map<String, Entity> defined = new LinkedHashMap<>();
    for (Article a : articles) {
      for (Entity e : first.newDefinitions(a)) {
        defined.putIfAbsent(e.key(), e);
      }
    }
    Extractor extractor = new Extractor(reference, new ArrayList<>(defined.values()));
    return articles.parallelStream().map(extractor::extract).toList();
  }

  /** Writes the graph of {@code findings} into {@code sink}, one named graph per article. */
  public void write(List<ArticleFindings> findings, StreamRDF sink) {
    EntityRegistry registry = new EntityRegistry(findings, reference.known());
    FindingsGraphWriter writer = new FindingsGraphWriter(base, registry);
    sink.start();
    for (ArticleFindings f : findings) {
      writer.write(f, sink);
    }
    sink.finish();
  }

  /** Extracts and writes into a new in-memory dataset. */
  public DatasetGraph build(List<Article> articles) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    dsg.executeWrite(() -> write(extract(articles), StreamRDFLib.dataset(dsg)));
    return dsg;
  }
}
