package org.radkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * A dictionary of known entities by every name they go by, matched in text with two Aho-Corasick
 * automata: acronyms and other all-capital forms case-sensitively, names case-insensitively (but a
 * match must start with a capital, so "the college" is not "College").
 */
public final class Lexicon {
  private final Map<String, Entity> exact = new HashMap<>();
  private final Map<String, Entity> folded = new HashMap<>();
  private final Trie exactTrie;
  private final Trie foldedTrie;
  private final Map<String, Entity> unspaced = new HashMap<>();
  private final Trie unspacedTrie;
  private final List<Entity> entities;

  /** Builds the automata over all names of {@code entities}; earlier entities win name clashes. */
  public Lexicon(Collection<Entity> entities) {
    Map<String, Entity> unique = new LinkedHashMap<>();
    for (Entity e : entities) {
      unique.putIfAbsent(e.key(), e);
    }
    this.entities = List.copyOf(unique.values());
    for (Entity e : this.entities) {
      for (String name : namesOf(e)) {
        if (isUnspaced(name)) {
          unspaced.putIfAbsent(name, e);
        } else if (isCaseSensitive(name)) {
          exact.putIfAbsent(name, e);
        } else {
          folded.putIfAbsent(fold(name), e);
        }
      }
    }
    exactTrie = Trie.builder().onlyWholeWords().addKeywords(exact.keySet()).build();
    foldedTrie = Trie.builder().ignoreCase().onlyWholeWords().addKeywords(folded.keySet()).build();
    unspacedTrie = Trie.builder().addKeywords(unspaced.keySet()).build();
  }

  // A name in a script written without spaces between words, or with particles glued to nouns
  // (Chinese, Japanese, Korean): "대한영상의학회는", "中华医学会核医学分会理事长" name the society
  // followed by a particle or a title, so the whole-word test of the other automata never passes.
  static boolean isUnspaced(String name) {
    if (name.isEmpty()) {
      return false;
    }
    return isUnspacedChar(name.codePointAt(0));
  }

  private static boolean isUnspacedChar(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  public List<Entity> entities() {
    return entities;
  }

  /** Every name of an entity: label, alternative labels and acronym. */
  public static List<String> namesOf(Entity e) {
    List<String> names = new ArrayList<>();
    names.add(e.label());
    names.addAll(e.altLabels());
    if (e.acronym() != null) {
      names.add(e.acronym());
    }
    names.removeIf(n -> n.isBlank());
    return names;
  }

  /** Looks a name up exactly as a whole: acronyms by case, names case-insensitively. */
  public Optional<Entity> lookup(String name) {
    String n = name.strip();
    Entity e = exact.get(n);
    if (e == null) {
      e = unspaced.get(n);
    }
    if (e == null) {
      e = folded.get(fold(n));
    }
    return Optional.ofNullable(e);
  }

  /**
   * All non-overlapping matches in {@code text[begin, end)}, longest first, as spans of {@code
   * text}.
   */
  public List<Mention> find(String text, int begin, int end) {
    String region = text.substring(begin, end);
    List<Mention> found = new ArrayList<>();
    for (Emit emit : exactTrie.parseText(region)) {
      Entity e = exact.get(emit.getKeyword());
      found.add(new Mention(e, begin + emit.getStart(), begin + emit.getEnd() + 1));
    }
    if (!unspaced.isEmpty() && hasUnspacedScript(region)) {
      for (Emit emit : unspacedTrie.parseText(region)) {
        Entity e = unspaced.get(emit.getKeyword());
        found.add(new Mention(e, begin + emit.getStart(), begin + emit.getEnd() + 1));
      }
    }
    for (Emit emit : foldedTrie.parseText(fold(region))) {
      char first = region.charAt(emit.getStart());
      if (!Character.isUpperCase(first) && !Character.isDigit(first) && first != '#') {
        continue;
      }
      Entity e = folded.get(emit.getKeyword());
      found.add(new Mention(e, begin + emit.getStart(), begin + emit.getEnd() + 1));
    }
    return MentionSet.longestNonOverlapping(found);
  }

  private static boolean hasUnspacedScript(String region) {
    for (int i = 0; i < region.length(); i++) {
      if (region.charAt(i) >= '\u3040' && isUnspacedChar(region.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  // Acronyms ("ACR", "GLC", "ESR-PAG", "FKUI/RSCM") must match by case: "Acr" or "glc" are not
  // them.
  static boolean isCaseSensitive(String name) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    return !name.contains(" ") && (lower == 0 || upper > lower || name.length() <= 4);
  }

  // Same length as the input, so automaton offsets stay valid: curly quotes become straight ones.
  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '’', '‘', '`' -> b.append('\'');
        case '–', '—', '‐' -> b.append('-');
        default -> b.append(c);
      }
    }
    String lower = b.toString().toLowerCase(Locale.ROOT);
    return lower.length() == s.length() ? lower : b.toString();
  }

  static final Comparator<Mention> BY_POSITION =
      Comparator.comparingInt(Mention::begin).thenComparing(m -> -m.end());
}
