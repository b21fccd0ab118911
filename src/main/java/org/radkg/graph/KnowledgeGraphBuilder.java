package org.radkg.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.radkg.corpus.Article;
import org.radkg.corpus.Reprints;
import org.radkg.corpus.SourceDocument;
import org.radkg.extract.ArticleFindings;
import org.radkg.extract.Entity;
import org.radkg.extract.Extractor;
import org.radkg.extract.MethodConfidences;
import org.radkg.extract.ReferenceData;
import org.radkg.vocab.Entailment;

/**
 * Turns a corpus of articles into the knowledge graph: a first pass collects the names the corpus
 * defines by acronym (so "RHEC" defined in one article is known in the next), a second pass
 * extracts every article (in parallel, order kept), then entities are merged and each article
 * becomes a named graph.
 */
public final class KnowledgeGraphBuilder {
  private final ReferenceData reference;
  private final String base;
  private final MethodConfidences confidences;
  private final double minConfidence;
  private final Entailment entailment;

  /**
   * A builder that keeps the facts at or above the committed default confidence (see {@link
   * MethodConfidences}).
   */
  public KnowledgeGraphBuilder(ReferenceData reference, String base) {
    this(
        reference,
        base,
        MethodConfidences.fromClasspath(),
        MethodConfidences.fromClasspath().defaultMinConfidence());
  }

  /**
   * A builder that rates readings with {@code confidences} and keeps the facts at or above {@code
   * minConfidence}.
   */
  public KnowledgeGraphBuilder(
      ReferenceData reference, String base, MethodConfidences confidences, double minConfidence) {
    this(reference, base, confidences, minConfidence, Entailment.fromClasspath());
  }

  private KnowledgeGraphBuilder(
      ReferenceData reference,
      String base,
      MethodConfidences confidences,
      double minConfidence,
      Entailment entailment) {
    this.reference = reference;
    this.base = base;
    this.confidences = confidences;
    this.minConfidence = minConfidence;
    this.entailment = entailment;
  }

  /** This builder keeping the facts at or above {@code min} instead. */
  public KnowledgeGraphBuilder withMinConfidence(double min) {
    return new KnowledgeGraphBuilder(reference, base, confidences, min, entailment);
  }

  /**
   * This builder materializing what {@code other} entails instead of the classpath ontology's (see
   * {@link FindingsGraphWriter}).
   */
  public KnowledgeGraphBuilder withEntailment(Entailment other) {
    return new KnowledgeGraphBuilder(reference, base, confidences, minConfidence, other);
  }

  /** The findings of every article, in corpus order. */
  public List<ArticleFindings> extract(List<Article> articles) {
    Extractor first = new Extractor(reference, List.of());
    Extractor extractor =
        new Extractor(
            reference, defined(articles.parallelStream().map(first::newDefinitions).toList()));
    return articles.parallelStream().map(extractor::extract).toList();
  }

  /**
   * The same findings as {@link #extract(List)}, taking each article's from {@code cache} when its
   * inputs are unchanged; the cache's keys assume this builder's reference data is the classpath's
   * ({@link ReferenceData#fromClasspath()}), which travels with the code the keys hash.
   */
  public List<ArticleFindings> extract(List<Article> articles, ExtractionCache cache) {
    Finder finder = finder(articles, cache);
    return articles.parallelStream().map(finder::find).toList();
  }

  /**
   * Articles extracted together by {@link #extractForWriting}: enough to keep both cores busy, few
   * enough that their findings are a small part of the heap.
   */
  static final int BATCH = 512;

  /**
   * Extracts {@code articles} through {@code cache} (the same findings as {@link #extract(List,
   * ExtractionCache)}) for {@link #writeGroups(CorpusExtraction, GraphGroups)}, holding at most
   * {@link #BATCH} articles' findings at a time: the entities are merged as the findings come, in
   * corpus order, and each article's findings are read again from {@code cache} when its graph is
   * written (at scale 300 the findings of the whole corpus were 180 MB of the heap while the graphs
   * were written).
   */
  public CorpusExtraction extractForWriting(List<Article> articles, ExtractionCache cache) {
    return extractForWriting(articles, cache, BATCH);
  }

  /** As {@link #extractForWriting(List, ExtractionCache)}, {@code batch} articles at a time. */
  CorpusExtraction extractForWriting(List<Article> articles, ExtractionCache cache, int batch) {
    Finder finder = finder(articles, cache);
    Reprints reprints = Reprints.of(articles);
    EntityRegistry registry = new EntityRegistry(reference.known());
    for (int from = 0; from < articles.size(); from += batch) {
      List<Article> some = articles.subList(from, Math.min(articles.size(), from + batch));
      for (ArticleFindings f : some.parallelStream().map(finder::find).toList()) {
        if (!reprints.isReprint(f.article())) {
          registry.add(f);
        }
      }
    }
    return new CorpusExtraction(articles, reprints, registry, finder::again);
  }

  /**
   * Where each article's findings come from: {@code cache}, or an extractor that knows the
   * definitions of every article of {@code articles} (read, or found, in parallel).
   */
  private Finder finder(List<Article> articles, ExtractionCache cache) {
    // Built only on a miss: an extractor compiles its dictionaries and patterns, seconds on a busy
    // machine.
    Lazy<Extractor> first = new Lazy<>(() -> new Extractor(reference, List.of()));
    // Each article's definitions are read (or found) in parallel, then merged in corpus order.
    List<List<Entity>> perArticle =
        articles.parallelStream()
            .map(a -> cache.definitions(a, () -> first.get().newDefinitions(a)))
            .toList();
    List<Entity> defined = defined(perArticle);
    return new Finder(
        cache, cache.contextKey(defined), new Lazy<>(() -> new Extractor(reference, defined)));
  }

  /** An article's findings from the cache under the corpus's definitions, or extracted. */
  private record Finder(ExtractionCache cache, String context, Lazy<Extractor> extractor) {
    ArticleFindings find(Article a) {
      return cache.findings(a, context, () -> extractor.get().extract(a));
    }

    ArticleFindings again(Article a) {
      return cache.again(a, context, () -> extractor.get().extract(a));
    }
  }

  /** A value made on first use, once, whichever thread asks first. */
  private static final class Lazy<T> {
    private final Supplier<T> make;
    private T value;

    Lazy(Supplier<T> make) {
      this.make = make;
    }

    synchronized T get() {
      if (value == null) {
        value = make.get();
      }
      return value;
    }
  }

  /**
   * The names the corpus defines by acronym, given each article's in corpus order; first definition
   * wins.
   */
  public static List<Entity> defined(List<List<Entity>> perArticle) {
    Map<String, Entity> defined = new LinkedHashMap<>();
    for (List<Entity> definitions : perArticle) {
      for (Entity e : definitions) {
        defined.putIfAbsent(e.key(), e);
      }
    }
    return new ArrayList<>(defined.values());
  }

  /**
   * Writes the graph of {@code findings} into {@code sink}, one named graph per article; an article
   * the corpus holds again in another document ({@link Reprints}) is one graph that names both.
   */
  public void write(List<ArticleFindings> all, StreamRDF sink) {
    CorpusExtraction extraction = inMemory(all);
    Writing w = writing(extraction);
    // Each article's quads are made in parallel (the writer and the registry are read-only here)
    // and handed to the sink in corpus order, so the output is the same as written one by one: at
    // scale 100 writing took a seventh of an extract on one core while the other waited.
    List<List<Quad>> perArticle =
        extraction.written().parallelStream().map(a -> w.quadsOf(extraction.findings(a))).toList();
    sink.start();
    for (List<Quad> quads : perArticle) {
      quads.forEach(sink::quad);
    }
    for (SourceDocument doc : sources(extraction.articles())) {
      SourceDocumentGraph.of(doc).forEach(sink::quad);
    }
    sink.finish();
  }

  /**
   * Hands the quads of {@code findings} (the same as {@link #write}) to {@code group} one article's
   * graph at a time, then each source document's, from several threads at once and in no set order:
   * the build canonicalizes each group as it comes, so neither the raw quads of the whole corpus
   * nor an in-memory dataset of them is ever held.
   */
  public void writeGroups(List<ArticleFindings> all, Consumer<List<Quad>> group) {
    writeGroups(inMemory(all), group);
  }

  /**
   * As {@link #writeGroups(List, Consumer)} for the findings of {@code extraction}, each had (read
   * again) once, when its article's graph is written.
   */
  public void writeGroups(CorpusExtraction extraction, Consumer<List<Quad>> group) {
    Writing w = writing(extraction);
    extraction.written().parallelStream()
        .forEach(a -> group.accept(w.quadsOf(extraction.findings(a))));
    sources(extraction.articles()).parallelStream()
        .forEach(doc -> group.accept(SourceDocumentGraph.of(doc)));
  }

  /**
   * As {@link #writeGroups(List, Consumer)}, telling {@code groups} what each article's graph
   * depends on besides its findings, so that it may take a graph it kept instead of having its
   * quads made. The dependencies assume the classpath's confidences and entailments, as {@link
   * #extract(List, ExtractionCache)} assumes its reference data.
   */
  public void writeGroups(List<ArticleFindings> all, GraphGroups groups) {
    writeGroups(inMemory(all), groups);
  }

  /** As {@link #writeGroups(List, GraphGroups)} for the findings of {@code extraction}. */
  public void writeGroups(CorpusExtraction extraction, GraphGroups groups) {
    Writing w = writing(extraction);
    extraction.written().parallelStream()
        .forEach(
            a -> {
              ArticleFindings f = extraction.findings(a);
              String dependencies =
                  ArticleGraphDependencies.of(
                      f, w.reprints().of(a), w.registry(), w.writer(), base, minConfidence);
              groups.article(f, dependencies, () -> w.quadsOf(f));
            });
    sources(extraction.articles()).parallelStream()
        .forEach(doc -> groups.other(SourceDocumentGraph.of(doc)));
  }

  /** The writer of a corpus's findings, with what it needs of the corpus. */
  private record Writing(Reprints reprints, EntityRegistry registry, FindingsGraphWriter writer) {
    List<Quad> quadsOf(ArticleFindings f) {
      List<Quad> quads = new ArrayList<>();
      writer.write(
          f,
          reprints.of(f.article()),
          new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
              quads.add(q);
            }
          });
      return quads;
    }
  }

  private Writing writing(CorpusExtraction extraction) {
    return new Writing(
        extraction.reprints(),
        extraction.registry(),
        new FindingsGraphWriter(
            base, extraction.registry(), confidences, minConfidence, entailment));
  }

  /**
   * The extraction of {@code all}, held in memory, with its entities merged (reprints left out).
   */
  private CorpusExtraction inMemory(List<ArticleFindings> all) {
    Reprints reprints = Reprints.of(all.stream().map(ArticleFindings::article).toList());
    List<ArticleFindings> findings =
        reprints.count() == 0
            ? all
            : all.stream().filter(f -> !reprints.isReprint(f.article())).toList();
    return CorpusExtraction.of(all, new EntityRegistry(findings, reference.known()), reprints);
  }

  /**
   * Each source document once, for a graph of its own: its text is the context the offsets of all
   * its articles index, so it is published once rather than in every article's graph.
   */
  private static List<SourceDocument> sources(List<Article> articles) {
    Map<String, SourceDocument> sources = new LinkedHashMap<>();
    for (Article a : articles) {
      sources.putIfAbsent(a.source().iri(), a.source());
    }
    return new ArrayList<>(sources.values());
  }

  /** Extracts and writes into a new in-memory dataset. */
  public DatasetGraph build(List<Article> articles) {
    return graph(extract(articles));
  }

  /**
   * Extracts (through {@code cache}, see {@link #extract(List, ExtractionCache)}) and writes into a
   * new in-memory dataset.
   */
  public DatasetGraph build(List<Article> articles, ExtractionCache cache) {
    return graph(extract(articles, cache));
  }

  /** Writes {@code findings} into a new in-memory dataset. */
  public DatasetGraph graph(List<ArticleFindings> findings) {
    // A plain in-memory dataset: the transactional one (persistent maps) cost seconds per build at
    // scale
    // 100, and nothing reads this dataset while it is written.
    DatasetGraph dsg = DatasetGraphFactory.create();
    dsg.executeWrite(() -> write(findings, StreamRDFLib.dataset(dsg)));
    return dsg;
  }
}
