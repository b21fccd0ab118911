package org.radkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.radkg.corpus.Article;
import org.radkg.corpus.CorpusLoader;
import org.radkg.corpus.DocumentNote;
import org.radkg.extract.ArticleFindings;
import org.radkg.extract.Entity;
import org.radkg.extract.Mention;
import org.radkg.extract.ReferenceData;
import org.radkg.vocab.Rkg;

/**
 * An article graph's dependencies change exactly when something its quads depend on besides its
 * findings changes: here, a name another article gives an entity it names (the registry merges it
 * into every graph that describes the entity), or the threshold.
 */
class ArticleGraphDependenciesTest {
  private static final KnowledgeGraphBuilder BUILDER =
      new KnowledgeGraphBuilder(ReferenceData.fromClasspath(), Rkg.DATA_BASE);

  @Test
  void aNameAnotherArticleGivesAnEntityChangesTheGraphsThatNameItAndNoOther() throws Exception {
    List<Article> articles =
        new CorpusLoader().load(List.of(Path.of("data/corpus")), DocumentNote.NONE);
    List<ArticleFindings> findings = BUILDER.extract(articles);
    // An entity that several articles name: the first article that names it gives it a new name.
    Entity shared = sharedEntity(findings);
    int first = indexNaming(findings, shared, 0);
    List<ArticleFindings> renamed = new ArrayList<>(findings);
    ArticleFindings f = findings.get(first);
    List<Mention> mentions = new ArrayList<>();
    for (Mention m : f.mentions()) {
      Entity e = m.entity();
      if (e.key().equals(shared.key())) {
        TreeSet<String> names = new TreeSet<>(e.altLabels());
        names.add("A name no article gives");
        e = e.withAltLabels(names);
      }
      mentions.add(new Mention(e, m.begin(), m.end()));
    }
    renamed.set(
        first,
        new ArticleFindings(
            f.article(), mentions, f.relations(), f.topics(), f.society(), f.published()));

    Map<String, String> before = dependencies(BUILDER, findings);
    Map<String, String> after = dependencies(BUILDER, renamed);
    assertEquals(before.keySet(), after.keySet());
    int changed = 0;
    for (ArticleFindings a : findings) {
      String id = a.article().id();
      boolean names = a.mentions().stream().anyMatch(m -> m.entity().key().equals(shared.key()));
      if (names) {
        assertNotEquals(before.get(id), after.get(id), id + " names " + shared.key());
        changed++;
      } else if (!describesNamed(a, shared)) {
        assertEquals(before.get(id), after.get(id), id + " does not name " + shared.key());
      }
    }
    assertTrue(changed >= 2, "graphs naming " + shared.key() + ": " + changed);
    assertFalse(
        dependencies(BUILDER.withMinConfidence(0.99), findings).equals(before),
        "the threshold is a dependency");
  }

  private static boolean describesNamed(ArticleFindings a, Entity e) {
    return a.relations().stream()
            .anyMatch(
                r ->
                    r.subject().key().equals(e.key())
                        || (r.object() instanceof Entity o && o.key().equals(e.key())))
        || a.topics().stream().anyMatch(t -> t.key().equals(e.key()))
        || (a.society() != null && a.society().key().equals(e.key()));
  }

  private static Entity sharedEntity(List<ArticleFindings> findings) {
    Map<String, Integer> count = new java.util.HashMap<>();
    Map<String, Entity> byKey = new java.util.HashMap<>();
    for (ArticleFindings f : findings) {
      f.mentions().stream()
          .map(Mention::entity)
          .distinct()
          .forEach(
              e -> {
                count.merge(e.key(), 1, Integer::sum);
                byKey.putIfAbsent(e.key(), e);
              });
    }
    return count.entrySet().stream()
        // Not a place: a country is described in the graphs of its cities too.
        .filter(e -> !e.getKey().startsWith("place/"))
        .filter(e -> e.getValue() >= 2 && e.getValue() < findings.size() / 2)
        .map(e -> byKey.get(e.getKey()))
        .findFirst()
        .orElseThrow();
  }

  private static int indexNaming(List<ArticleFindings> findings, Entity e, int from) {
    for (int i = from; i < findings.size(); i++) {
      if (findings.get(i).mentions().stream().anyMatch(m -> m.entity().key().equals(e.key()))) {
        return i;
      }
    }
    throw new AssertionError("no article names " + e.key());
  }

  private static Map<String, String> dependencies(
      KnowledgeGraphBuilder builder, List<ArticleFindings> findings) {
    Map<String, String> out = new ConcurrentHashMap<>();
    builder.writeGroups(
        findings,
        new GraphGroups() {
          @Override
          public void article(ArticleFindings f, String dependencies, Supplier<List<Quad>> quads) {
            out.put(f.article().id(), dependencies);
          }

          @Override
          public void other(List<Quad> quads) {}
        });
    return out;
  }
}
