package org.radkg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;

/**
 * An in-memory Lucene index of the names of one dataset's entities (label, alternative names,
 * acronym, type), answering a user's words in tiers: exact name or acronym first, then all words
 * whole, then words as prefixes (as you type), then words with one typo. Queries are built from the
 * analyzed tokens, never parsed, so no character of the input has a meaning. Thread-safe.
 */
public final class SearchIndex {
  /**
   * One answer: the entity, its name, acronym (or null), kind, and a score that orders tiers first;
   * with every name it goes by and every type IRI it has (the reconciliation service weighs them).
   */
  public record Hit(
      String iri,
      String label,
      String acronym,
      String type,
      double score,
      List<String> names,
      List<String> typeIris) {}

  /** At most this many words of a query are used: a longer text is no name. */
  static final int MAX_TOKENS = 12;

  private static final String NAMES = "names";
  private static final String EXACT = "exact";
  private static final String IRI = "iriKey";
  private static final String SELECT_NAMES =
      """
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX rkg: <https://w3id.org/radkg/ontology#>
      SELECT DISTINCT ?e ?p ?name WHERE {
        VALUES ?p { rdfs:label skos:prefLabel skos:altLabel rkg:acronym }
        ?e ?p ?name FILTER(isIRI(?e) && isLiteral(?name))
      }
      """;
  private static final String SELECT_TYPES =
      """
      SELECT DISTINCT ?e ?t WHERE { ?e a ?t FILTER(?t IN (%s)) }
      """;

  /** Shown types, most specific first: an entity with several shows the first it has. */
  private static final Map<String, String> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("https://w3id.org/radkg/ontology#Society", "Society");
    TYPES.put("http://www.w3.org/ns/org#OrganizationalCollaboration", "Collaboration");
    TYPES.put("http://www.w3.org/ns/org#Organization", "Organization");
    TYPES.put("https://w3id.org/radkg/ontology#Initiative", "Initiative");
    TYPES.put("https://schema.org/Event", "Event");
    TYPES.put("https://schema.org/City", "City");
    TYPES.put("https://schema.org/Country", "Country");
    TYPES.put("https://schema.org/Place", "Place");
    TYPES.put("https://schema.org/Person", "Person");
    TYPES.put("http://www.w3.org/2004/02/skos/core#Concept", "Topic");
  }

  /**
   * Lowercase, accents folded, split at what is not a letter or digit; phrases do not run across
   * names.
   */
  static final Analyzer ANALYZER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new StandardTokenizer();
          TokenStream filtered = new ASCIIFoldingFilter(new LowerCaseFilter(source));
          return new TokenStreamComponents(source, filtered);
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
          return 100;
        }
      };

  private final IndexSearcher searcher;
  private final int size;

  private SearchIndex(DirectoryReader reader) {
    this.searcher = new IndexSearcher(reader);
    this.size = reader.numDocs();
  }

  /** The name predicates {@link #SELECT_NAMES} reads. */
  private static final Set<String> NAME_PREDICATES =
      Set.of(
          "http://www.w3.org/2000/01/rdf-schema#label",
          "http://www.w3.org/2004/02/skos/core#prefLabel",
          "http://www.w3.org/2004/02/skos/core#altLabel",
          "https://w3id.org/radkg/ontology#acronym");

  private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

  /**
   * True when {@link #build} reads {@code t} (a name of an entity, or one of the types it shows):
   * an index built from a union graph is also the index of a union that differs from it only by
   * triples this is false for.
   */
  public static boolean reads(Triple t) {
    String p = t.getPredicate().getURI();
    if (NAME_PREDICATES.contains(p)) {
      return t.getSubject().isURI() && t.getObject().isLiteral();
    }
    return p.equals(RDF_TYPE) && t.getObject().isURI() && TYPES.containsKey(t.getObject().getURI());
  }

  /** Indexes every typed entity with a name in {@code dataset} (read in one transaction). */
  public static SearchIndex build(Dataset dataset) {
    Map<String, Entity> entities = new LinkedHashMap<>();
    Txn.executeRead(
        dataset,
        () -> {
          try (QueryExecution qe = QueryExecution.dataset(dataset).query(SELECT_NAMES).build()) {
            qe.execSelect()
                .forEachRemaining(
                    s -> {
                      Entity e = entities.computeIfAbsent(s.getResource("e").getURI(), Entity::new);
                      String p = s.getResource("p").getURI();
                      String name = s.getLiteral("name").getLexicalForm().strip();
                      if (p.endsWith("#acronym")) {
                        e.acronyms.add(name);
                      } else if ((p.endsWith("#label") || p.endsWith("#prefLabel"))
                          && (e.label == null || name.compareTo(e.label) < 0)) {
                        e.label = name;
                      }
                      e.names.add(name);
                    });
          }
          String types =
              String.join(", ", TYPES.keySet().stream().map(t -> "<" + t + ">").toList());
          try (QueryExecution qe =
              QueryExecution.dataset(dataset).query(SELECT_TYPES.formatted(types)).build()) {
            qe.execSelect()
                .forEachRemaining(
                    s -> {
                      Entity e = entities.get(s.getResource("e").getURI());
                      if (e != null) {
                        e.types.add(s.getResource("t").getURI());
                      }
                    });
          }
        });
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ANALYZER))) {
      for (Entity e : entities.values()) {
        String type =
            TYPES.keySet().stream()
                .filter(e.types::contains)
                .findFirst()
                .map(TYPES::get)
                .orElse(null);
        if (type == null || e.label == null) {
          continue; // articles, statements, ontology terms: not what the search box finds
        }
        Document doc = new Document();
        doc.add(new StoredField("iri", e.iri));
        doc.add(new StringField(IRI, e.iri, Field.Store.NO));
        doc.add(new StoredField("label", e.label));
        doc.add(new StoredField("type", type));
        if (!e.acronyms.isEmpty()) {
          doc.add(new StoredField("acronym", e.acronyms.first()));
        }
        for (String t : e.types) {
          doc.add(new StoredField("typeIri", t));
        }
        for (String name : e.names) {
          doc.add(new StoredField("name", name));
          doc.add(new TextField(NAMES, name, Field.Store.NO));
          doc.add(new StringField(EXACT, String.join(" ", tokens(name)), Field.Store.NO));
        }
        w.addDocument(doc);
      }
      w.commit();
      return new SearchIndex(DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the in-memory search index", e);
    }
  }

  /**
   * Writes this index's files into {@code folder} (created), for {@link #read}: a server then loads
   * it instead of reading every name from the store.
   */
  public void write(Path folder) throws IOException {
    Files.createDirectories(folder);
    Directory from = ((DirectoryReader) searcher.getIndexReader()).directory();
    try (FSDirectory to = FSDirectory.open(folder)) {
      for (String file : from.listAll()) {
        to.copyFrom(from, file, file, IOContext.DEFAULT);
      }
    }
  }

  /** The index {@link #write} left in {@code folder}, read into memory. */
  public static SearchIndex read(Path folder) throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (FSDirectory from = FSDirectory.open(folder)) {
      for (String file : from.listAll()) {
        dir.copyFrom(from, file, file, IOContext.READONCE);
      }
    }
    return new SearchIndex(DirectoryReader.open(dir));
  }

  /**
   * The shown kinds of entity by type IRI, most specific first ("Society" before "Organization").
   */
  public static Map<String, String> shownTypes() {
    return Collections.unmodifiableMap(TYPES);
  }

  /** The entity whose IRI is {@code iri}, as a hit of the first tier, if the index holds it. */
  public Optional<Hit> byIri(String iri) {
    try {
      for (ScoreDoc sd : searcher.search(new TermQuery(new Term(IRI, iri)), 1).scoreDocs) {
        return Optional.of(hit(searcher.storedFields().document(sd.doc), 5.0));
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("search failed on the in-memory index", e);
    }
  }

  private static Hit hit(Document d, double score) {
    return new Hit(
        d.get("iri"),
        d.get("label"),
        d.get("acronym"),
        d.get("type"),
        Math.round(score * 1000) / 1000.0,
        List.of(d.getValues("name")),
        List.of(d.getValues("typeIri")));
  }

  /** The number of entities indexed. */
  int size() {
    return size;
  }

  /**
   * The best {@code limit} entities for {@code text}, best first; none when the text has no word.
   */
  public List<Hit> search(String text, int limit) {
    List<String> words = tokens(text);
    if (words.isEmpty()) {
      return List.of();
    }
    if (words.size() > MAX_TOKENS) {
      words = words.subList(0, MAX_TOKENS);
    }
    List<Query> tiers =
        List.of(
            new TermQuery(new Term(EXACT, String.join(" ", words))),
            allOf(words, w -> new TermQuery(new Term(NAMES, w))),
            allOf(words, w -> new PrefixQuery(new Term(NAMES, w))),
            allOf(words, SearchIndex::typoOrPrefix));
    List<Hit> out = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    try {
      for (int tier = 0; tier < tiers.size() && out.size() < limit; tier++) {
        List<Hit> found = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(tiers.get(tier), limit + seen.size()).scoreDocs) {
          if (seen.add(sd.doc)) {
            Document d = searcher.storedFields().document(sd.doc);
            double score = (tiers.size() - tier) + sd.score / (1.0 + sd.score);
            found.add(hit(d, score));
          }
        }
        // Within a tier, shorter names first when Lucene scores tie (prefix queries score
        // constantly).
        found.sort(
            Comparator.comparingDouble(Hit::score)
                .reversed()
                .thenComparingInt(h -> h.label().length())
                .thenComparing(Hit::label));
        found.stream().limit(limit - out.size()).forEach(out::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed on the in-memory index", e);
    }
    return out;
  }

  /** A word as typed so far: a prefix, or (from four letters on) the word with one edit. */
  private static Query typoOrPrefix(String word) {
    Query prefix = new PrefixQuery(new Term(NAMES, word));
    if (word.length() < 4) {
      return prefix;
    }
    return new BooleanQuery.Builder()
        .add(prefix, Occur.SHOULD)
        .add(new FuzzyQuery(new Term(NAMES, word), 1, 1), Occur.SHOULD)
        .build();
  }

  private static Query allOf(List<String> words, Function<String, Query> each) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    words.forEach(w -> b.add(each.apply(w), Occur.MUST));
    return b.build();
  }

  /** The words of a text as the index holds them. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream(NAMES, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String cannot fail
    }
    return out;
  }

  /** What the index learns of one entity while reading the store. */
  private static final class Entity {
    final String iri;
    String label;
    final TreeSet<String> acronyms = new TreeSet<>();
    final Set<String> names = new TreeSet<>();
    final Set<String> types = new TreeSet<>();

    Entity(String iri) {
      this.iri = iri;
    }
  }
}
