package org.radkg.extract.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable, thread-safe dictionary of keywords with payloads that reports every whole-word
 * occurrence of a keyword in a text (overlapping ones included) in order of where they begin, the
 * matches of the {@code org.ahocorasick} library's {@code onlyWholeWords()} trie.
 *
 * <p>Matching follows that library character for character: with {@code ignoreCase}, keyword and text
 * characters are compared lower-cased one by one ({@link Character#toLowerCase(char)}), and keywords
 * that differ only by case are each reported, in {@link String#compareTo} order; an occurrence is a whole word unless the character just
 * before or after it is {@linkplain Character#isAlphabetic(int) alphabetic} (digits do not break a
 * word).
 */
public final class WholeWordTrie<T> {
  /** Receives one occurrence: {@code [begin, end)} of the text and the keyword's payload. */
  @FunctionalInterface
  public interface Hits<T> {
    void hit(int begin, int end, T payload);
  }

  private final boolean ignoreCase;
  // Children of node n: labels[n] (sorted, for a binary search) and children[n]; the root's
  // children are a direct table, since every walk starts there.
  private final char[][] labels;
  private final int[][] children;
  private final int[] rootChildren = new int[Character.MAX_VALUE + 1];
  private final Object[][] payloads; // those of the keywords ending at node n, or null

  /** A trie over {@code keywords} (keyword -> payload); empty keywords are ignored. */
  public WholeWordTrie(Map<String, T> keywords, boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
    List<TreeMap<Character, Integer>> tree = new ArrayList<>();
    tree.add(new TreeMap<>());
    Map<Integer, TreeMap<String, T>> words = new HashMap<>();
    for (Map.Entry<String, T> k : keywords.entrySet()) {
      String word = k.getKey();
      if (word.isEmpty()) {
        continue;
      }
      int n = 0;
      for (int i = 0; i < word.length(); i++) {
        char c = fold(word.charAt(i));
        Integer child = tree.get(n).get(c);
        if (child == null) {
          child = tree.size();
          tree.get(n).put(c, child);
          tree.add(new TreeMap<>());
        }
        n = child;
      }
      words.computeIfAbsent(n, x -> new TreeMap<>()).put(word, k.getValue());
    }
    labels = new char[tree.size()][];
    children = new int[tree.size()][];
    payloads = new Object[tree.size()][];
    for (int n = 0; n < tree.size(); n++) {
      labels[n] = new char[tree.get(n).size()];
      children[n] = new int[tree.get(n).size()];
      int i = 0;
      for (Map.Entry<Character, Integer> c : tree.get(n).entrySet()) {
        labels[n][i] = c.getKey();
        children[n][i++] = c.getValue();
      }
      payloads[n] = words.containsKey(n) ? words.get(n).values().toArray() : null;
    }
    for (int i = 0; i < labels[0].length; i++) {
      rootChildren[labels[0][i]] = children[0][i];
    }
  }

  /**
   * Reports every whole-word keyword occurrence in {@code text}, by ascending begin, then length.
   * Only a word's first character can begin one, so the trie is walked from those alone: no
   * failure links are needed, and most of the text is never looked up.
   */
  @SuppressWarnings("unchecked")
  public void find(CharSequence text, Hits<T> hits) {
    int length = text.length();
    for (int begin = 0; begin < length; begin++) {
      if (begin > 0 && alphabetic(text.charAt(begin - 1))) {
        continue;
      }
      int n = rootChildren[fold(text.charAt(begin))];
      for (int i = begin + 1; n != 0; i++) {
        if (payloads[n] != null && (i == length || !alphabetic(text.charAt(i)))) {
          for (Object payload : payloads[n]) {
            hits.hit(begin, i, (T) payload);
          }
        }
        n = i < length ? child(n, fold(text.charAt(i))) : 0;
      }
    }
  }

  // ASCII first: the Character methods look up Unicode tables for every character of the text.
  private char fold(char c) {
    if (!ignoreCase) {
      return c;
    }
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(c);
  }

  private static boolean alphabetic(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isAlphabetic(c);
  }

  private int child(int node, char c) {
    char[] l = labels[node];
    int lo = 0;
    int hi = l.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (l[mid] < c) {
        lo = mid + 1;
      } else if (l[mid] > c) {
        hi = mid - 1;
      } else {
        return children[node][mid];
      }
    }
    return 0;
  }
}
