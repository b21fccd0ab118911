package org.radkg.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The articles that a corpus holds more than once: the same story in another document (a later
 * edition of the newsletter, its PDF and its web page), with the same headline and nearly the same
 * body, so that the graph keeps one article that names every edition, not two copies of its facts.
 * The article kept is the first published (corpus order when the dates do not tell).
 */
public final class Reprints {
  /** How much of the shorter body's word pairs the other must share to be the same story. */
  static final double SAME_BODY = 0.8;

  private static final Pattern NAME_OR_YEAR =
      Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}]+|(?<!\\d)(?:1[89]|20)\\d{2}(?!\\d)");

  private static final Reprints NONE = new Reprints(Map.of());

  private final Map<Article, List<Article>> reprintsOf;
  private final Set<Article> reprints;

  private Reprints(Map<Article, List<Article>> reprintsOf) {
    this.reprintsOf = reprintsOf;
    this.reprints = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    reprintsOf.values().forEach(reprints::addAll);
  }

  /** No article repeats another. */
  public static Reprints none() {
    return NONE;
  }

  /** The repeats among {@code articles}. */
  public static Reprints of(List<Article> articles) {
    Map<String, List<Article>> byHeadline = new LinkedHashMap<>();
    for (Article a : articles) {
      String key = normalized(a.title());
      if (!key.isEmpty()) {
        byHeadline.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
      }
    }
    Map<Article, List<Article>> reprintsOf = new IdentityHashMap<>();
    for (List<Article> same : byHeadline.values()) {
      if (same.size() > 1) {
        fold(same, reprintsOf);
      }
    }
    return reprintsOf.isEmpty() ? NONE : new Reprints(reprintsOf);
  }

  // Within one headline: each article joins the first kept one whose body it repeats.
  private static void fold(List<Article> same, Map<Article, List<Article>> reprintsOf) {
    List<Article> order = new ArrayList<>(same);
    order.sort(
        Comparator.comparing(Reprints::date, Comparator.nullsLast(Comparator.naturalOrder())));
    List<Article> kept = new ArrayList<>();
    Map<Article, Set<String>> pairs = new HashMap<>();
    Map<Article, Set<String>> names = new HashMap<>();
    for (Article a : order) {
      Set<String> mine = wordPairs(a.body());
      Set<String> myNames = names(a.body());
      Article original = null;
      for (Article k : kept) {
        if (k.source() != a.source()
            && names.get(k).equals(myNames)
            && similar(pairs.get(k), mine)) {
          original = k;
          break;
        }
      }
      if (original == null) {
        kept.add(a);
        pairs.put(a, mine);
        names.put(a, myNames);
      } else {
        reprintsOf.computeIfAbsent(original, k -> new ArrayList<>()).add(a);
      }
    }
  }

  /** Whether {@code a} repeats an article the corpus holds first, and so is left out. */
  public boolean isReprint(Article a) {
    return reprints.contains(a);
  }

  /** The repeats of {@code a} in other documents, first published first; empty for most. */
  public List<Article> of(Article a) {
    return reprintsOf.getOrDefault(a, List.of());
  }

  /** How many articles repeat another. */
  public int count() {
    return reprints.size();
  }

  // The date the article's document gives, ISO, so that text order is date order; null if none.
  private static String date(Article a) {
    String meta = a.source().metadata().published();
    if (meta != null) {
      return meta;
    }
    Optional<Edition> edition = Edition.of(a.source());
    return edition.map(Edition::date).orElse(null);
  }

  private static boolean similar(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    Set<String> smaller = a.size() <= b.size() ? a : b;
    Set<String> larger = smaller == a ? b : a;
    long shared = smaller.stream().filter(larger::contains).count();
    // Shared over the larger set: a body twice as long (a page with more paragraphs) is another
    // story.
    return shared >= SAME_BODY * larger.size();
  }

  // The names and years a story tells of: a reprint tells of the same ones, while a story that
  // differs in one of them (another society, another year) tells of something else however alike
  // the wording.
  private static Set<String> names(String text) {
    Set<String> names = new HashSet<>();
    Matcher m = NAME_OR_YEAR.matcher(text);
    while (m.find()) {
      names.add(m.group());
    }
    return names;
  }

  private static Set<String> wordPairs(String text) {
    String[] words = normalized(text).split(" ");
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i + 1 < words.length; i++) {
      pairs.add(words[i] + " " + words[i + 1]);
    }
    if (words.length == 1 && !words[0].isEmpty()) {
      pairs.add(words[0]);
    }
    return pairs;
  }

  // Letters and digits in lower case, one space between words: hyphenation, quotes and line breaks
  // differ between a PDF and a web page of the same text.
  private static String normalized(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
