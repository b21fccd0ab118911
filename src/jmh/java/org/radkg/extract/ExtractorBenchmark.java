package org.radkg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.radkg.corpus.Article;
import org.radkg.corpus.CorpusLoader;

/**
 * JMH benchmarks of extraction over the seed articles ({@code data/corpus}, run from the repository
 * root by {@code bench/jmh}): the whole {@link Extractor#extract} and its hottest parts, each over
 * every seed article per operation, so that scores compare directly (time per seed corpus).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class ExtractorBenchmark {
  private List<Article> articles;
  private ReferenceData reference;
  private Extractor first;
  private Extractor extractor;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final NamePhraseFinder phrases = new NamePhraseFinder();
  private final DateFinder dates = new DateFinder();
  private final RelationExtractor relations = new RelationExtractor();
  private final List<MaskedSentence> masked = new ArrayList<>();

  @Setup
  public void setUp() throws Exception {
    articles = new CorpusLoader().load(List.of(Path.of(System.getProperty("radkg.corpus", "data/corpus"))));
    reference = ReferenceData.fromClasspath();
    // As the build does: a first pass collects the names articles define, then the real pass.
    first = new Extractor(reference, List.of());
    List<Entity> defined = new ArrayList<>();
    articles.forEach(a -> defined.addAll(first.newDefinitions(a)));
    extractor = new Extractor(reference, defined);
    // The relation rules' input: each sentence with its entity mentions as slots (no dates or anaphora).
    for (Article a : articles) {
      List<Mention> mentions = extractor.extract(a).mentions();
      for (Span s : splitter.split(a.source().text(), a.bodyBegin(), a.bodyEnd())) {
        List<Slot> slots = new ArrayList<>();
        for (Mention m : mentions) {
          Span span = new Span(m.begin(), m.end());
          if (s.contains(span) && Slot.codeOf(m.entity()) != 'T') {
            slots.add(new Slot(Slot.codeOf(m.entity()), m.entity(), null, span, false));
          }
        }
        masked.add(new MaskedSentence(a.source().text(), s, slots));
      }
    }
  }

  @Benchmark
  public void extract(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(extractor.extract(a));
    }
  }

  @Benchmark
  public void newDefinitions(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(first.newDefinitions(a));
    }
  }

  @Benchmark
  public void lexicon(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(extractor.lexicon().find(a.source().text(), a.titleBegin(), a.bodyEnd()));
    }
  }

  @Benchmark
  public void places(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(reference.places().find(a.source().text().substring(a.titleBegin(), a.bodyEnd())));
    }
  }

  @Benchmark
  public void topics(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(reference.topics().topics(a.title(), a.body()));
    }
  }

  @Benchmark
  public void sentences(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(splitter.split(a.source().text(), a.bodyBegin(), a.bodyEnd()));
    }
  }

  @Benchmark
  public void namePhrases(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(phrases.find(a.source().text(), a.bodyBegin(), a.bodyEnd()));
    }
  }

  @Benchmark
  public void dates(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(dates.find(a.source().text(), a.titleBegin(), a.bodyEnd()));
    }
  }

  @Benchmark
  public void relationRules(Blackhole bh) {
    for (MaskedSentence s : masked) {
      bh.consume(relations.extract(s));
    }
  }
}
