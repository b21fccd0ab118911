package org.radkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.corpus.CorpusLoader;
import org.radkg.extract.ReferenceData;
import org.radkg.vocab.Rkg;

/**
 * Every statement's evidence can be checked from the published data alone where the source's
 * licence lets its text be published: with the seed newsletter given an open licence, the text of
 * the statement's nif:referenceContext (its nif:isString) holds, between the statement's
 * nif:beginIndex and nif:endIndex counted in code points, exactly the rkg:evidence sentence, and an
 * article's own offsets in the same context end with its schema:articleBody. The seed as shipped,
 * whose licence keeps its text to IS3R, publishes neither text, only the quoted sentences and a
 * rights statement.
 */
class CheckableEvidenceTest {
  private static final Node ARTICLE_BODY =
      org.apache.jena.graph.NodeFactory.createURI(Rkg.SCHEMA + "articleBody");
  private static DatasetGraph seed;
  private static Graph union;

  private static DatasetGraph shipped;

  @BeforeAll
  static void build(@TempDir Path tmp) throws Exception {
    // The same newsletter in a folder whose documents.tsv states an open licence for it.
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Files.copy(Path.of("data/corpus/is3r-global-scan.txt"), corpus.resolve("is3r-global-scan.txt"));
    Files.writeString(
        corpus.resolve("documents.tsv"),
        "file\tpublished\tpublisher\tlicence\nis3r-global-scan.txt\t\t\t" + Rkg.CC_BY_4 + "\n");
    seed =
        new KnowledgeGraphBuilder(ReferenceData.fromClasspath(), Rkg.DATA_BASE)
            .build(new CorpusLoader().load(List.of(corpus)));
    union = GraphFactory.createDefaultGraph();
    seed.find().forEachRemaining(q -> union.add(q.asTriple()));
    shipped =
        new KnowledgeGraphBuilder(ReferenceData.fromClasspath(), Rkg.DATA_BASE)
            .build(new CorpusLoader().load(List.of(Path.of("data/corpus"))));
  }

  @Test
  void theSeedAsShippedPublishesTheQuotedSentencesNotTheText() {
    Node source = NodeFactory.createURI(Rkg.DATA_BASE + "source/is3r-global-scan");
    Node rights = NodeFactory.createURI(Rkg.DCTERMS + "rights");
    assertTrue(!shipped.contains(Node.ANY, Node.ANY, Rkg.isString, Node.ANY), "no nif:isString");
    assertTrue(!shipped.contains(Node.ANY, Node.ANY, ARTICLE_BODY, Node.ANY), "no articleBody");
    List<Node> statements =
        shipped.stream(Node.ANY, Node.ANY, Rkg.type, Rkg.Statement)
            .map(q -> q.getSubject())
            .toList();
    assertTrue(statements.size() >= 100, "statements: " + statements.size());
    for (Node st : statements) {
      assertTrue(
          shipped.contains(Node.ANY, st, Rkg.evidence, Node.ANY), st + " quotes its sentence");
      assertTrue(shipped.contains(Node.ANY, st, Rkg.referenceContext, source), st.getURI());
    }
    List<Node> said =
        shipped.stream(source, source, rights, Node.ANY).map(q -> q.getObject()).toList();
    assertEquals(1, said.size(), "one rights statement");
    assertTrue(said.get(0).getLiteralLexicalForm().contains("no licence"), said.get(0) + "");
    assertTrue(
        !shipped.contains(source, source, NodeFactory.createURI(Rkg.DCTERMS + "license"), Node.ANY),
        "no licence is claimed for it");
  }

  @Test
  void everyStatementsEvidenceStandsAtItsOffsetsInThePublishedContext() {
    List<Node> statements =
        union.find(Node.ANY, Rkg.type, Rkg.Statement).mapWith(Triple::getSubject).toList();
    assertTrue(statements.size() >= 100, "statements in the seed graph: " + statements.size());
    List<String> wrong = new ArrayList<>();
    for (Node st : statements) {
      String evidence = one(st, Rkg.evidence).getLiteralLexicalForm();
      String quoted = at(st);
      if (!evidence.equals(quoted)) {
        wrong.add(st.getURI() + ": expected «" + evidence + "», the context has «" + quoted + "»");
      }
    }
    assertEquals(List.of(), wrong, wrong.size() + " of " + statements.size() + " statements");
  }

  @Test
  void everyArticlesSpanInItsContextEndsWithItsBody() {
    List<Node> articles =
        union.find(Node.ANY, Rkg.type, Rkg.NewsArticle).mapWith(Triple::getSubject).toList();
    assertTrue(articles.size() >= 40, "articles: " + articles.size());
    for (Node a : articles) {
      String body = one(a, ARTICLE_BODY).getLiteralLexicalForm();
      assertTrue(at(a).endsWith(body), a + "'s offsets do not span its body");
    }
  }

  @Test
  void theContextIsTheSourceDocumentDescribedInItsOwnGraph() {
    List<Node> contexts =
        union.find(Node.ANY, Rkg.type, Rkg.Context).mapWith(Triple::getSubject).toList();
    assertEquals(1, contexts.size(), "the seed is one newsletter: " + contexts);
    Node source = contexts.get(0);
    assertEquals(Rkg.DATA_BASE + "source/is3r-global-scan", source.getURI());
    Graph own = seed.getGraph(source);
    assertTrue(own.contains(source, Rkg.isString, Node.ANY), "its text is in its own graph");
    assertTrue(
        own.contains(
            source,
            NodeFactory.createURI(Rkg.DCTERMS + "license"),
            NodeFactory.createURI(Rkg.CC_BY_4)),
        "with its licence");
    assertTrue(
        own.contains(source, Rkg.type, PublicationFacts.DIGITAL_DOCUMENT)
            && own.contains(source, PublicationFacts.NAME, Node.ANY)
            && own.contains(source, PublicationFacts.ENCODING_FORMAT, Node.ANY)
            && own.contains(source, Rkg.datePublished, Node.ANY),
        "described with its metadata");
    // Published once: no article graph repeats the document's text.
    seed.listGraphNodes()
        .forEachRemaining(
            g -> {
              if (!g.equals(source)) {
                assertTrue(!seed.getGraph(g).contains(Node.ANY, Rkg.isString, Node.ANY), g + "");
              }
            });
    String text = one(source, Rkg.isString).getLiteralLexicalForm();
    assertEquals(
        text.codePointCount(0, text.length()),
        Integer.parseInt(one(source, Rkg.endIndex).getLiteralLexicalForm()));
  }

  @Test
  void theDocumentedQueryFindsNoSentenceAwayFromItsOffsets() throws Exception {
    // The query docs/publishing.md gives consumers, run on the union as the endpoint serves it.
    String doc = java.nio.file.Files.readString(Path.of("docs/publishing.md"));
    int start = doc.indexOf("```sparql\nPREFIX nif:");
    String query = doc.substring(start + "```sparql\n".length(), doc.indexOf("```", start + 9));
    var model = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(union);
    try (var qe = org.apache.jena.query.QueryExecutionFactory.create(query, model)) {
      var rows = qe.execSelect();
      assertTrue(!rows.hasNext(), () -> "a sentence away from its offsets: " + rows.next());
    }
    String count =
        query
            .replace("SELECT ?st ?evidence ?quoted", "SELECT (COUNT(*) AS ?n)")
            .replace("FILTER(?quoted != ?evidence)", "FILTER(?quoted = ?evidence)");
    try (var qe = org.apache.jena.query.QueryExecutionFactory.create(count, model)) {
      int n = qe.execSelect().next().getLiteral("n").getInt();
      assertEquals(union.find(Node.ANY, Rkg.type, Rkg.Statement).toList().size(), n);
    }
  }

  /** The text at {@code node}'s offsets in its reference context, as a consumer would cut it. */
  private static String at(Node node) {
    Node context = one(node, Rkg.referenceContext);
    String text = one(context, Rkg.isString).getLiteralLexicalForm();
    int begin = Integer.parseInt(one(node, Rkg.beginIndex).getLiteralLexicalForm());
    int end = Integer.parseInt(one(node, Rkg.endIndex).getLiteralLexicalForm());
    return text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
  }

  private static Node one(Node s, Node p) {
    List<Node> objects = union.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    assertEquals(1, objects.size(), s + " " + p + ": " + objects);
    return objects.get(0);
  }
}
