package org.radkg.extract.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopicLexiconTest {
  private static final String BASE = "https://w3id.org/radkg/id/topic/";
  private static final List<Topic> TOPICS = TopicLexicon.fromClasspath().topics();

  @Test
  void everyTopicHasALabelAndSitsInTheScheme() {
    assertTrue(TOPICS.size() >= 35 && TOPICS.size() <= 50, "topics: " + TOPICS.size());
    Set<String> iris = TOPICS.stream().map(Topic::iri).collect(Collectors.toSet());
    for (Topic t : TOPICS) {
      assertTrue(t.iri().startsWith(BASE), t.iri());
      assertFalse(t.prefLabel().isBlank(), t.iri());
      assertTrue(t.broaderIri() == null || iris.contains(t.broaderIri()), t.iri());
    }
  }

  @Test
  void everyLabelNamesOneTopic() {
    Map<String, String> owner = new HashMap<>();
    for (Topic t : TOPICS) {
      for (String label : concat(List.of(t.prefLabel()), t.altLabels(), t.hiddenLabels())) {
        String previous = owner.putIfAbsent(NameKeys.of(label), t.iri());
        assertTrue(
            previous == null || previous.equals(t.iri()),
            label + " in " + previous + " and " + t.iri());
      }
    }
  }

  @Test
  void broaderLinksFollowTheDesign() {
    assertEquals(BASE + "cancer-screening", topic("lung-cancer-screening").broaderIri());
    assertEquals(BASE + "patient-safety", topic("mri-safety").broaderIri());
    assertNull(topic("artificial-intelligence").broaderIri());
    assertTrue(topic("artificial-intelligence").altLabels().contains("AI"));
    assertTrue(topic("artificial-intelligence").hiddenLabels().contains("large language model"));
  }

  @Test
  void conceptOutsideTheSchemeIsRejected() {
    String ttl =
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
            + "<"
            + BASE
            + "x> a skos:Concept ; skos:prefLabel \"x\"@en .\n";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TopicLexicon.read(
                    new ByteArrayInputStream(ttl.getBytes(StandardCharsets.UTF_8)), "t.ttl"));
    assertTrue(e.getMessage().contains(BASE + "x"), e.getMessage());
  }

  private static Topic topic(String slug) {
    return TOPICS.stream().filter(t -> t.iri().equals(BASE + slug)).findFirst().orElseThrow();
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
  }
}
