package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.http.ServerFixture;
import org.radkg.network.Affiliation;
import org.radkg.network.CollaborationNetwork;
import org.radkg.network.Organization;
import org.radkg.network.ProjectedNetwork;
import org.radkg.search.SearchIndex;
import org.radkg.store.GenerationPreparation;
import org.radkg.store.StoreBuilder;

/**
 * What a build prepares for the pages loads as exactly what the server would compute from the store
 * (search answers, start-page figures and description, the network and its filter choices), and is
 * what the server serves; without it, or in another format, the server reads the store.
 */
class PreparedPagesTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final List<String> SEARCHES =
      List.of("glc", "radiological society", "stellenbosch", "acr", "registy", "ame");

  @TempDir static Path tmp;
  static Dataset dataset;
  static Path generation;

  @BeforeAll
  static void build() throws Exception {
    Path store = tmp.resolve("out");
    ServerFixture.buildStore(tmp.resolve("corpus"), ServerFixture.SEARCH, store);
    dataset = StoreBuilder.open(store);
    generation = store.resolve("tdb2").toRealPath();
  }

  @AfterAll
  static void close() {
    TDBInternal.expel(dataset.asDatasetGraph());
  }

  @Test
  void thePreparedMaterialIsWhatTheStoreGives() {
    assertTrue(PreparedPages.preparedIn(generation), "the build prepared the generation");
    ServedDataset served = new ServedDataset(dataset, generation.getParent(), generation);

    PreparedLanding landing = PreparedPages.landing(served, TIMEOUT);
    PreparedLanding computed = PreparedLanding.compute(dataset, TIMEOUT);
    assertEquals(computed.figures(), landing.figures());
    assertEquals(
        List.copyOf(computed.figures().counts().keySet()),
        List.copyOf(landing.figures().counts().keySet()),
        "the counts in the page's order");
    assertFalse(landing.figures().bySociety().isEmpty());
    assertEquals(computed.description().countries(), landing.description().countries());

    SearchIndex index = PreparedPages.searchIndex(served);
    SearchIndex built = SearchIndex.build(dataset);
    for (String q : SEARCHES) {
      assertEquals(built.search(q, 10), index.search(q, 10), q);
    }
    assertFalse(index.search("glc", 10).isEmpty());

    NetworkSource.Material network = PreparedPages.network(served, TIMEOUT);
    NetworkSource.Material read = NetworkSource.read(dataset, TIMEOUT);
    assertEquals(read.network(), network.network());
    assertFalse(network.network().affiliations().isEmpty());
    assertEquals(read.topics(), network.topics());
    assertEquals(read.societies(), network.societies());
    var projected = read.projected(NetworkQuery.DEFAULT_FILTER);
    var loaded = network.projected(NetworkQuery.DEFAULT_FILTER);
    assertFalse(loaded.links().isEmpty());
    assertEquals(projected.nodes(), loaded.nodes(), "nodes with their measures");
    assertEquals(projected.links(), loaded.links());
    assertEquals(projected.communities(), loaded.communities());
    assertEquals(projected.graph(), loaded.graph(), "the same weighted graph");
    assertEquals(
        List.copyOf(projected.graph().vertexSet()),
        List.copyOf(loaded.graph().vertexSet()),
        "in the same order");
  }

  @Test
  void theServerServesWhatWasPreparedAndReadsTheStoreWithoutIt() throws Exception {
    // A copy of the preparation with one figure changed: served as it is, so it was not recomputed.
    Path copy = tmp.resolve("copy/tdb2-1");
    Path folder = GenerationPreparation.folderOf(copy);
    new PreparedPages(TIMEOUT).prepare(dataset, folder, null);
    Path file = folder.resolve(PreparedPages.LANDING);
    PreparedLanding prepared =
        PreparedLanding.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    long facts = prepared.figures().counts().get("facts");
    prepared.figures().counts().put("facts", 424242L);
    Files.writeString(file, prepared.toJson(), StandardCharsets.UTF_8);
    ServedDataset served = new ServedDataset(dataset, copy.getParent(), copy);
    assertEquals(424242L, PreparedPages.landing(served, TIMEOUT).figures().counts().get("facts"));

    // Copied into the next generation, as a version before this one copied it with the store's
    // files: not read, it describes another generation.
    ServedDataset next =
        new ServedDataset(dataset, copy.getParent(), copy.resolveSibling("tdb2-2"));
    copyTree(folder, GenerationPreparation.folderOf(next.generation()));
    assertEquals(facts, PreparedPages.landing(next, TIMEOUT).figures().counts().get("facts"));
    // Another format (a later version's): not read.
    Files.writeString(folder.resolve(PreparedPages.FORMAT_FILE), "radkg prepared pages 99\n");
    assertEquals(facts, PreparedPages.landing(served, TIMEOUT).figures().counts().get("facts"));
    // None at all (a generation built before builds prepared): read from the store.
    ServedDataset bare = new ServedDataset(dataset, tmp, tmp.resolve("none/tdb2-1"));
    assertEquals(facts, PreparedPages.landing(bare, TIMEOUT).figures().counts().get("facts"));
    assertEquals(
        SearchIndex.build(dataset).search("glc", 5),
        PreparedPages.searchIndex(bare).search("glc", 5));
  }

  @Test
  void anUnchangedNetworkKeepsThePreviousProjectionAndAChangedOneIsProjectedAgain()
      throws Exception {
    Path served = GenerationPreparation.folderOf(generation);
    NetworkSource.Material real = PreparedPages.readNetwork(served.resolve(PreparedPages.NETWORK));
    ProjectedNetwork projected = real.projected(NetworkQuery.DEFAULT_FILTER);
    // The previous generation's preparation, marked: 999 communities.
    ProjectedNetwork marked =
        new ProjectedNetwork(projected.graph(), projected.nodes(), projected.links(), 999);
    Path previous = GenerationPreparation.folderOf(tmp.resolve("previous/tdb2-1"));
    Files.createDirectories(previous);
    // The same network read in another order (as another generation of the store may give it).
    List<Affiliation> reversed = new ArrayList<>(real.network().affiliations());
    Collections.reverse(reversed);
    NetworkSource.Material same =
        NetworkSource.of(
            new CollaborationNetwork(
                real.network().organizations(),
                real.network().targets(),
                reversed,
                real.network().articleTopics()),
            real.topics());
    same.remember(NetworkQuery.DEFAULT_FILTER, marked);
    PreparedPages.writeNetwork(same, previous.resolve(PreparedPages.NETWORK));
    Files.writeString(
        previous.resolve(PreparedPages.FORMAT_FILE), PreparedPages.stamp(previous.getParent()));

    Path next = GenerationPreparation.folderOf(tmp.resolve("next/tdb2-2"));
    new PreparedPages(TIMEOUT).prepare(dataset, next, previous);
    assertEquals(
        999,
        PreparedPages.readNetwork(next.resolve(PreparedPages.NETWORK))
            .projected(NetworkQuery.DEFAULT_FILTER)
            .communities(),
        "the same network: the previous projection, not measured again");

    // The previous network had one organization less: measured again.
    Map<String, Organization> fewer = new HashMap<>(real.network().organizations());
    fewer.remove(fewer.keySet().iterator().next());
    NetworkSource.Material other =
        NetworkSource.of(
            new CollaborationNetwork(
                fewer,
                real.network().targets(),
                real.network().affiliations(),
                real.network().articleTopics()),
            real.topics());
    other.remember(NetworkQuery.DEFAULT_FILTER, marked);
    PreparedPages.writeNetwork(other, previous.resolve(PreparedPages.NETWORK));
    Path again = GenerationPreparation.folderOf(tmp.resolve("again/tdb2-3"));
    new PreparedPages(TIMEOUT).prepare(dataset, again, previous);
    assertEquals(
        projected.communities(),
        PreparedPages.readNetwork(again.resolve(PreparedPages.NETWORK))
            .projected(NetworkQuery.DEFAULT_FILTER)
            .communities());
  }

  private static void copyTree(Path from, Path to) throws java.io.IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
