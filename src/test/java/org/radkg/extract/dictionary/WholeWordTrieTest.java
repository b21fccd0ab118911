package org.radkg.extract.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.junit.jupiter.api.Test;

/** {@link WholeWordTrie} finds what the ahocorasick library's whole-word trie finds, in begin order. */
class WholeWordTrieTest {
  private static List<String> ours(Map<String, String> keywords, boolean ignoreCase, String text) {
    List<String> out = new ArrayList<>();
    new WholeWordTrie<>(keywords, ignoreCase).find(text, (b, e, k) -> out.add(b + "-" + e + ":" + k));
    return out;
  }

  private static List<String> library(Map<String, String> keywords, boolean ignoreCase, String text) {
    Trie.TrieBuilder builder = Trie.builder().onlyWholeWords();
    if (ignoreCase) {
      builder.ignoreCase();
    }
    List<String> out = new ArrayList<>();
    for (Emit e : builder.addKeywords(keywords.keySet()).build().parseText(text)) {
      out.add(e.getStart() + "-" + (e.getEnd() + 1) + ":" + e.getKeyword());
    }
    // The library reports by end; ours by begin, then length (a stable sort keeps keyword order).
    out.sort((x, y) -> {
      int[] a = span(x);
      int[] b = span(y);
      return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
    });
    return out;
  }

  private static int[] span(String hit) {
    String[] parts = hit.substring(0, hit.indexOf(':')).split("-");
    return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
  }

  @Test
  void wholeWordsOnlyOverlappingIncludedDigitsDoNotBreakAWord() {
    Map<String, String> k = Map.of("New York", "New York", "York", "York", "ACR", "ACR");
    assertEquals(List.of("0-8:New York", "4-8:York", "13-16:ACR"), ours(k, false, "New York and ACR2 ACRX yorkshire"));
    assertEquals(List.of("0-3:acr"), ours(Map.of("acr", "acr"), true, "ACR's"));
  }

  @Test
  void sameMatchesAsTheLibraryOnRandomText() {
    Random random = new Random(7);
    String alphabet = "abAB -1é";
    for (int round = 0; round < 300; round++) {
      Map<String, String> keywords = new HashMap<>();
      for (int i = 0; i < 6; i++) {
        String w = word(random, alphabet, 1 + random.nextInt(4)).strip();
        if (!w.isEmpty()) {
          keywords.put(w, w);
        }
      }
      boolean ignoreCase = random.nextBoolean();
      String text = word(random, alphabet, 40);
      assertEquals(library(keywords, ignoreCase, text), ours(keywords, ignoreCase, text), text + " " + keywords);
    }
  }

  private static String word(Random random, String alphabet, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
