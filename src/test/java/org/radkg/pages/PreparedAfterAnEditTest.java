package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.build.Build;
import org.radkg.build.BuildListener;
import org.radkg.build.BuildRequest;
import org.radkg.build.BuildResult;
import org.radkg.build.EditedSeed;
import org.radkg.search.SearchIndex;
import org.radkg.store.GenerationPreparation;
import org.radkg.store.StoreLayout;

/**
 * After an edit, a generation updated in place has prepared pages equal to those of a clean full
 * build of the edited corpus; its search index is the previous generation's own files when the edit
 * changed no name nor shown type, and is indexed again when it did.
 */
class PreparedAfterAnEditTest {
  private static final Path SEED = Path.of("data/corpus/is3r-global-scan.txt");
  private static final List<String> SEARCHES =
      List.of("rsna", "european society", "justich", "justine", "be accepted", "glc");

  @TempDir Path tmp;

  @Test
  void anEditThatChangesNoNameKeepsTheSearchIndexAndEqualsAFullBuild() throws Exception {
    Path store = tmp.resolve("store");
    build(corpus("base", t -> t), store, false);
    Set<String> before = files(prepared(store).resolve(PreparedPages.SEARCH));
    // The article's text is published (CC BY), so its graph changes; no name does.
    Path edited =
        corpus("edited", t -> t.replace("will use its magazine", "must use its magazine"));
    BuildResult r = build(edited, store, false);
    assertTrue(r.store().how().startsWith("updated"), r.store().how());
    Path after = prepared(store);
    assertEquals(
        before,
        files(after.resolve(PreparedPages.SEARCH)),
        "the previous generation's index, file for file");
    assertSameAsAFullBuild(edited, after);
  }

  @Test
  void anEditThatRenamesSomeoneIndexesTheNamesAgain() throws Exception {
    Path store = tmp.resolve("store");
    build(corpus("base", t -> t), store, false);
    Set<String> before = files(prepared(store).resolve(PreparedPages.SEARCH));
    Path edited = corpus("renamed", t -> t.replace("Caroline Justich", "Caroline Justine"));
    BuildResult r = build(edited, store, false);
    assertTrue(r.store().how().startsWith("updated"), r.store().how());
    Path after = prepared(store);
    assertFalse(before.equals(files(after.resolve(PreparedPages.SEARCH))), "indexed again");
    SearchIndex index = SearchIndex.read(after.resolve(PreparedPages.SEARCH));
    assertTrue(
        index.search("Justine", 5).stream().anyMatch(h -> h.label().contains("Justine")),
        "the new name is found");
    assertSameAsAFullBuild(edited, after);
  }

  @Test
  void theNetworkAndFiguresAreCopiedWithoutReadingWhenTheEditReadsAlikeForThem() throws Exception {
    Path store = tmp.resolve("store");
    build(corpus("base", t -> t), store, false);
    PreparedPages pages = new PreparedPages();
    Path edited =
        corpus("edited", t -> t.replace("will use its magazine", "must use its magazine"));
    build(edited, store, pages);
    assertEquals(Set.of(PreparedPages.NETWORK, PreparedPages.LANDING), pages.reused());
    assertSameAsAFullBuild(edited, prepared(store));
    // A renamed person is a name the figures and the network read: both are made again.
    build(corpus("renamed", t -> t.replace("Caroline Justich", "Caroline Justine")), store, pages);
    assertEquals(Set.of(), pages.reused());
  }

  /** Every prepared part of {@code prepared} equals a clean full build's of {@code corpus}. */
  private void assertSameAsAFullBuild(Path corpus, Path prepared) throws Exception {
    Path clean = tmp.resolve("clean");
    build(corpus, clean, true);
    Path full = prepared(clean);
    SearchIndex a = SearchIndex.read(prepared.resolve(PreparedPages.SEARCH));
    SearchIndex b = SearchIndex.read(full.resolve(PreparedPages.SEARCH));
    for (String q : SEARCHES) {
      // As sets: two stores may list equal names in another order, and ties keep that order.
      assertEquals(Set.copyOf(b.search(q, 50)), Set.copyOf(a.search(q, 50)), q);
    }
    PreparedLanding fullLanding =
        PreparedLanding.fromJson(
            Files.readString(full.resolve(PreparedPages.LANDING), StandardCharsets.UTF_8));
    PreparedLanding landing =
        PreparedLanding.fromJson(
            Files.readString(prepared.resolve(PreparedPages.LANDING), StandardCharsets.UTF_8));
    assertEquals(fullLanding.figures(), landing.figures(), "the start page's figures");
    assertEquals(fullLanding.description().countries(), landing.description().countries());
    NetworkSource.Material x = PreparedPages.readNetwork(prepared.resolve(PreparedPages.NETWORK));
    NetworkSource.Material y = PreparedPages.readNetwork(full.resolve(PreparedPages.NETWORK));
    assertTrue(x.network().sameAs(y.network()), "the same network");
    assertEquals(y.topics(), x.topics());
    var px = x.projected(NetworkQuery.DEFAULT_FILTER);
    var py = y.projected(NetworkQuery.DEFAULT_FILTER);
    assertEquals(py.nodes(), px.nodes(), "nodes with their measures");
    assertEquals(new HashSet<>(py.links()), new HashSet<>(px.links()));
    assertEquals(py.communities(), px.communities());
  }

  private Path corpus(String name, UnaryOperator<String> edit) throws Exception {
    return EditedSeed.write(
        tmp.resolve(name), name.equals("base") ? UnaryOperator.identity() : edit);
  }

  private static BuildResult build(Path corpus, Path store, PreparedPages pages) throws Exception {
    return Build.run(
        BuildRequest.of(List.of(corpus), store).withPreparation(pages), BuildListener.SILENT);
  }

  private static BuildResult build(Path corpus, Path store, boolean full) throws Exception {
    return Build.run(
        BuildRequest.of(List.of(corpus), store).withFull(full).withPreparation(new PreparedPages()),
        BuildListener.SILENT);
  }

  private static Path prepared(Path store) throws Exception {
    Path generation = StoreLayout.of(store).tdb2().toRealPath();
    assertTrue(PreparedPages.preparedIn(generation), "prepared: " + generation);
    return GenerationPreparation.folderOf(generation);
  }

  /** Each file of {@code dir} with its bytes' hash. */
  private static Set<String> files(Path dir) throws Exception {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(
              p -> {
                try {
                  return p.getFileName() + " " + org.radkg.dump.DumpWriter.sha256(p);
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .collect(Collectors.toSet());
    }
  }
}
