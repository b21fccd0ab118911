package org.radkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;

/**
 * Reads a Spanish, Portuguese, French, Italian or German sentence through an English gloss of its
 * wording, so that the English relation patterns apply to it: the glue and trigger phrases of
 * {@code data/lexicon/gloss-LANG.txt} ("organizado por" = "organized by", "presidenta de la" =
 * "president of the", "se realizó en" = "was held in") are replaced outside the slots, while every
 * glossed word still stands for the source words it replaced. The language of an article is the one
 * whose marker words of {@code data/lexicon/language-markers.txt} it uses most; English articles
 * are never glossed.
 */
final class EnglishGloss {
  /** The languages glossed, each with its phrase pattern and the English of each phrase. */
  private static final Map<String, EnglishGloss> BY_LANGUAGE = load();

  private static final Map<String, List<String>> MARKERS = markers();
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern NEXT_SLOT = Pattern.compile("\\s*⟦([A-Z])\\d");
  // Fewer marker words than this is too little text to tell a language by (a short news item of
  // three sentences has about ten).
  private static final int MIN_MARKERS = 6;

  private final Pattern phrases;
  private final Map<String, String> english;

  private EnglishGloss(Pattern phrases, Map<String, String> english) {
    this.phrases = phrases;
    this.english = english;
  }

  /**
   * The code of the glossed language {@code text[begin, end)} is written in ("es", "pt", "fr",
   * "it", "de"), or null for English or too little text: the language whose marker words are most
   * frequent, and more frequent than English's.
   */
  static String language(String text, int begin, int end) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, List<String>> byWord = new HashMap<>();
    MARKERS.forEach(
        (lang, words) ->
            words.forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(lang)));
    Matcher m = WORD.matcher(text);
    m.region(begin, end);
    while (m.find()) {
      List<String> langs = byWord.get(m.group().toLowerCase(Locale.ROOT));
      if (langs != null) {
        langs.forEach(l -> counts.merge(l, 1, Integer::sum));
      }
    }
    String best = null;
    for (String lang : BY_LANGUAGE.keySet()) {
      if (counts.getOrDefault(lang, 0) >= MIN_MARKERS
          && (best == null || counts.getOrDefault(lang, 0) > counts.get(best))) {
        best = lang;
      }
    }
    return best != null && counts.get(best) > counts.getOrDefault("en", 0) ? best : null;
  }

  /** {@code s} read in English if {@code language} is glossed, else {@code s} itself. */
  static MaskedSentence gloss(MaskedSentence s, String language) {
    EnglishGloss g = language == null ? null : BY_LANGUAGE.get(language);
    return g == null ? s : g.apply(s);
  }

  private MaskedSentence apply(MaskedSentence s) {
    String masked = s.masked();
    List<MaskedSentence.Rewrite> rewrites = new ArrayList<>();
    Matcher m = phrases.matcher(masked);
    while (m.find()) {
      String said = m.group();
      Matcher next = NEXT_SLOT.matcher(masked).region(m.end(), masked.length());
      String gloss = next.lookingAt() ? english.get(key(said) + " {" + next.group(1) + "}") : null;
      gloss = gloss != null ? gloss : english.get(key(said));
      if (gloss == null) {
        continue;
      }
      int begin = m.start();
      if (gloss.isEmpty()) {
        // A word with no English ("statt" of "fand ... statt") goes with the space before it.
        while (begin > 0 && Character.isWhitespace(masked.charAt(begin - 1))) {
          begin--;
        }
      } else if (Character.isUpperCase(said.charAt(0))) {
        gloss = Character.toUpperCase(gloss.charAt(0)) + gloss.substring(1);
      }
      if (!rewrites.isEmpty() && rewrites.get(rewrites.size() - 1).end() > begin) {
        begin = m.start();
      }
      rewrites.add(new MaskedSentence.Rewrite(begin, m.end(), gloss));
    }
    return s.rewritten(rewrites);
  }

  // A phrase as it is looked up: lower case, one space between words.
  private static String key(String phrase) {
    return phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  private static Map<String, EnglishGloss> load() {
    Map<String, EnglishGloss> out = new LinkedHashMap<>();
    for (String lang : List.of("es", "pt", "fr", "it", "de")) {
      Map<String, String> english = new HashMap<>();
      List<String> alternatives = new ArrayList<>();
      for (String line : LexiconFiles.entries("gloss-" + lang)) {
        int eq = line.indexOf('=');
        String phrase = line.substring(0, eq).strip();
        String gloss = line.substring(eq + 1).strip();
        // "el {D}": the phrase only before a slot of that class (the slot is not rewritten).
        String before = null;
        Matcher slot = Pattern.compile("\\s*\\{([A-Z]+)}$").matcher(phrase);
        if (slot.find()) {
          before = slot.group(1);
          phrase = phrase.substring(0, slot.start());
        }
        if (before == null) {
          english.putIfAbsent(key(phrase), gloss);
        } else {
          for (char c : before.toCharArray()) {
            english.putIfAbsent(key(phrase) + " {" + c + "}", gloss);
          }
        }
        alternatives.add(
            LexiconFiles.alternation(List.of(phrase))
                + (before == null ? "" : "(?=\\s*⟦[" + before + "]\\d)"));
      }
      // Longest phrase first, so "se realizó en" wins over "en".
      alternatives.sort((a, b) -> Integer.compare(b.length(), a.length()));
      Pattern phrases =
          Pattern.compile(
              "(?<![\\p{L}\\p{N}'’])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      out.put(lang, new EnglishGloss(phrases, english));
    }
    return out;
  }

  private static Map<String, List<String>> markers() {
    Map<String, List<String>> out = new HashMap<>();
    for (String line : LexiconFiles.entries("language-markers")) {
      String[] words = line.split("\\s+");
      out.put(words[0], List.of(words).subList(1, words.length));
    }
    return out;
  }
}
