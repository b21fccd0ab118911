package org.radkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The gold file format, and the real gold files of data/gold against the corpus. */
class GoldFileTest {

  private static final Path GOLD = Path.of("data/gold");
  private static final Path CORPUS = Path.of("data/corpus/is3r-global-scan.txt");

  @Test
  void parsesRowsWithEmptyAcronymAndComments() {
    List<GoldFact> f =
        GoldFile.parse(
            "x.tsv",
            "# split: test\n# a comment\n\nA\tentity\tZambia\tCountry\t\nA\trelation\tX\tstartDate\t2023\n");
    assertEquals(2, f.size());
    assertEquals(
        new GoldFact("A", GoldFact.Kind.ENTITY, "Zambia", "Country", "", "test", "x.tsv:4"),
        f.get(0));
    assertEquals(CoarseType.PLACE, f.get(0).coarseType());
    assertEquals("x.tsv:5", f.get(1).source());
  }

  @Test
  void malformedLinesNameFileAndLine() {
    assertMessage("bad.tsv:1", "A\tentity\tX\tSociety\t\n");
    assertMessage("bad.tsv:3", "# split: dev\n\nA\tentity\tX\tSociety\n");
    assertMessage("bad.tsv:2", "# split: dev\nA\tentity\tX\tClub\t\n");
    assertMessage("bad.tsv:2", "# split: dev\nA\trelation\tX\townedBy\tY\n");
    assertMessage("bad.tsv:2", "# split: dev\nA\tfact\tX\tleads\tY\n");
    assertMessage("bad.tsv:2", "# split: dev\nA\trelation\tX\tleads\t\n");
  }

  @Test
  void anySplitNameButAll() {
    assertEquals(
        "unseen",
        GoldFile.parse("u.tsv", "# split: unseen\nA\tentity\tZambia\tCountry\t\n").get(0).split());
    assertMessage("bad.tsv:1", "# split: all\nA\tentity\tZambia\tCountry\t\n");
    assertMessage("bad.tsv:1", "# split:\nA\tentity\tZambia\tCountry\t\n");
    assertMessage("bad.tsv:1", "# split: two words\nA\tentity\tZambia\tCountry\t\n");
  }

  @Test
  void unseenGoldParsesAndNamesItsTitles() throws IOException {
    Path text = Path.of("data/eval/unseen/unseen-scan.txt");
    Set<String> lines =
        Files.readAllLines(text, StandardCharsets.UTF_8).stream()
            .map(String::trim)
            .collect(Collectors.toSet());
    List<GoldFact> facts = GoldFile.load(Path.of("data/eval/unseen/gold"));
    assertTrue(facts.size() > 200, "gold facts: " + facts.size());
    assertTrue(facts.stream().allMatch(f -> f.split().equals("unseen")));
    for (GoldFact f : facts) {
      assertTrue(
          lines.contains(f.article()),
          f.source() + ": title not a line of the text: " + f.article());
    }
    assertEquals(16, facts.stream().map(GoldFact::article).distinct().count());
  }

  private static void assertMessage(String where, String text) {
    var e = assertThrows(IllegalArgumentException.class, () -> GoldFile.parse("bad.tsv", text));
    assertTrue(e.getMessage().startsWith(where + ":"), e.getMessage());
  }

  @Test
  void realGoldFilesParseAndNameCorpusTitles() throws IOException {
    Set<String> lines =
        Files.readAllLines(CORPUS, StandardCharsets.UTF_8).stream()
            .map(String::trim)
            .collect(Collectors.toSet());
    List<GoldFact> facts = GoldFile.load(GOLD);
    assertTrue(facts.size() > 100, "gold facts: " + facts.size());
    for (GoldFact f : facts) {
      assertTrue(
          lines.contains(f.article()), f.source() + ": title not a corpus line: " + f.article());
    }
  }

  @Test
  void devGoldCoversEveryArticleOfItsSections() {
    Map<String, Integer> articles = new TreeMap<>();
    for (String file : List.of("acr", "aosr", "isr")) {
      List<GoldFact> facts = GoldFile.load(GOLD.resolve(file + ".tsv"));
      assertTrue(facts.stream().allMatch(f -> f.split().equals("dev")), file);
      articles.put(
          file,
          facts.stream()
              .map(GoldFact::article)
              .collect(Collectors.toCollection(LinkedHashSet::new))
              .size());
    }
    assertEquals(Map.of("acr", 17, "aosr", 11, "isr", 1), articles);
  }

  @Test
  void relationEndsAreEntitiesOfTheSameArticle() {
    for (GoldFact f : GoldFile.load(GOLD)) {
      if (f.isEntity()) {
        continue;
      }
      List<GoldFact> ents =
          GoldFile.load(GOLD).stream()
              .filter(e -> e.isEntity() && e.article().equals(f.article()))
              .toList();
      Set<String> names = ents.stream().map(GoldFact::subject).collect(Collectors.toSet());
      assertTrue(
          names.contains(f.subject()), f.source() + ": subject is no entity row: " + f.subject());
      if (!Set.of("startDate", "jobTitle").contains(f.predicate())) {
        assertTrue(
            names.contains(f.object()), f.source() + ": object is no entity row: " + f.object());
      }
    }
  }
}
