package org.radkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.radkg.extract.dictionary.Topic;

/**
 * Decides what an article is about from the SKOS topic lexicon: a topic whose label or keyword
 * occurs in the title, or twice in the body, is one of the article's topics.
 */
public final class TopicClassifier {
  private final Map<String, Entity> byKeyword = new HashMap<>();
  private final Map<String, Entity> byAcronym = new HashMap<>();
  private final Trie keywords;
  private final Trie acronyms;

  public TopicClassifier(List<Topic> topics) {
    for (Topic t : topics) {
      String slug = t.iri().substring(t.iri().lastIndexOf('/') + 1);
      Entity e =
          new Entity(
              slug,
              t.prefLabel(),
              null,
              new TreeSet<>(t.altLabels()),
              EnumSet.of(EntityType.TOPIC),
              new TreeSet<>(),
              null);
      List<String> forms = new ArrayList<>();
      forms.add(t.prefLabel());
      forms.addAll(t.altLabels());
      forms.addAll(t.hiddenLabels());
      for (String f : forms) {
        if (Lexicon.isCaseSensitive(f) && f.length() <= 5) {
          byAcronym.putIfAbsent(f, e);
        } else {
          byKeyword.putIfAbsent(Lexicon.fold(f), e);
        }
      }
    }
    keywords = Trie.builder().ignoreCase().onlyWholeWords().addKeywords(byKeyword.keySet()).build();
    acronyms = Trie.builder().onlyWholeWords().addKeywords(byAcronym.keySet()).build();
  }

  /** The topics of an article with this title and body, in order of first evidence. */
  public List<Entity> topics(String title, String body) {
    Map<Entity, int[]> hits = new LinkedHashMap<>();
    count(title, hits, 0);
    count(body, hits, 1);
    List<Entity> out = new ArrayList<>();
    hits.forEach(
        (e, h) -> {
          if (h[0] > 0 || h[1] >= 2) {
            out.add(e);
          }
        });
    out.sort((a, b) -> a.slug().compareTo(b.slug()));
    return out;
  }

  private void count(String text, Map<Entity, int[]> hits, int slot) {
    for (Emit emit : keywords.parseText(Lexicon.fold(text))) {
      hits.computeIfAbsent(byKeyword.get(emit.getKeyword()), k -> new int[2])[slot]++;
    }
    for (Emit emit : acronyms.parseText(text)) {
      hits.computeIfAbsent(byAcronym.get(emit.getKeyword()), k -> new int[2])[slot]++;
    }
  }
}
