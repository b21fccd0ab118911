package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds acronym definitions with the Schwartz-Hearst algorithm (PSB 2003): a parenthesised short
 * form whose characters occur, in order, in the words just before it, the first at a word start.
 * Handles mixed case ("EUropean Federation for CAncer IMages (EUCAIM)"), hyphens and slashes in
 * short forms ("ALZ-NET", "FKUI/RSCM"), trademark signs, the reverse order "SF (Long Form)", and an
 * acronym inside its name ({@link InfixAcronyms}).
 */
public final class AcronymDefinitionFinder {
  private static final Pattern PAREN = Pattern.compile("\\(([^()\\n]{1,120})\\)");
  private static final Pattern SHORT_FORM =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9&/\\-.]{0,14}[™®]?");
  private static final Pattern KNOWN_AS =
      Pattern.compile(
          "(?:(?:commonly|also|hereafter|hereinafter|often|usually|widely|better|now)\\s+)?(?:known\\s+as|called|referred\\s+to\\s+as|abbreviated(?:\\s+as)?)\\s+[“\"‘']?([A-Z][A-Za-z0-9&/\\-]{1,14})[”\"’']?");
  private static final Pattern WORD_BEFORE =
      Pattern.compile("([\\p{L}0-9][\\p{L}0-9&/\\-.]*)[™®]?\\s*$");

  /** Definitions in {@code text[begin, end)}, spans relative to {@code text}. */
  public List<AcronymDefinition> find(String text, int begin, int end) {
    List<AcronymDefinition> out = new ArrayList<>();
    Matcher m = PAREN.matcher(text);
    m.region(begin, end);
    while (m.find()) {
      String inside = m.group(1).strip().replaceAll("[™®]", "");
      int insideBegin =
          m.start(1) + m.group(1).indexOf(inside.isEmpty() ? " " : inside.substring(0, 1));
      // "International Basic Safety Standard (commonly known as BSS)": the words that introduce a
      // short form.
      Matcher called = KNOWN_AS.matcher(inside);
      if (called.matches()) {
        insideBegin =
            m.start(1)
                + (m.group(1).length() - m.group(1).stripLeading().length())
                + called.start(1);
        inside = called.group(1);
      }
      if (SHORT_FORM.matcher(inside).matches() && isAcronymLike(inside)) {
        // "the Image Gently (IG) Alliance": an acronym inside its name stands for the whole name.
        AcronymDefinition infix =
            InfixAcronyms.around(text, begin, end, m.start(), m.end(), inside, insideBegin);
        AcronymDefinition d =
            infix != null ? infix : forward(text, begin, m.start(), inside, insideBegin);
        if (d != null) {
          out.add(d);
        }
      } else {
        AcronymDefinition d = reverse(text, begin, m.start(), inside, m.start(1));
        if (d != null) {
          out.add(d);
        }
      }
    }
    return out;
  }

  // "The AOSOR (Asian Oceanian School of Radiology)": the acronym stands just before the
  // parenthesis.
  private AcronymDefinition reverse(
      String text, int begin, int parenStart, String inside, int insideStart) {
    Matcher w = WORD_BEFORE.matcher(text.substring(Math.max(begin, parenStart - 20), parenStart));
    if (!w.find()) {
      return null;
    }
    String sf = w.group(1).replaceAll("[™®]", "");
    if (!isAcronymLike(sf) || inside.split("\\s+").length < 2 || inside.split("\\s+").length > 12) {
      return null;
    }
    String lf = longFormFor(sf, inside);
    if (lf == null || !lf.equals(inside)) {
      return null;
    }
    int sfStart = Math.max(begin, parenStart - 20) + w.start(1);
    int lfStart = text.indexOf(inside, insideStart);
    return new AcronymDefinition(
        inside,
        new Span(lfStart, lfStart + inside.length()),
        sf,
        new Span(sfStart, sfStart + sf.length()));
  }

  private static final Pattern POSSESSIVE_END = Pattern.compile("(?<=\\p{L})[’']s$");

  private AcronymDefinition forward(
      String text, int begin, int parenStart, String sf, int sfStart) {
    int windowStart = Math.max(begin, parenStart - 200);
    String before = text.substring(windowStart, parenStart);
    // The long form never crosses a sentence, clause bracket or line.
    int cut =
        Math.max(
            Math.max(before.lastIndexOf('\n'), before.lastIndexOf(". ")), before.lastIndexOf(')'));
    if (cut >= 0) {
      before = before.substring(cut + 1);
      windowStart += cut + 1;
    }
    String trimmed = before.stripTrailing();
    String[] words = trimmed.split("\\s+");
    int letters = sf.replaceAll("[^A-Za-z0-9]", "").length();
    int maxWords = Math.min(words.length, Math.min(letters + 5, letters * 2 + 1));
    String tail = lastWords(trimmed, maxWords);
    String lf = longFormFor(sf, tail);
    if (lf == null) {
      return null;
    }
    lf =
        lf.replaceFirst("^(?i:the|a|an|its|their|our)\\s+", "").replaceAll("[\\s,;:’'`\"“”]+$", "");
    // "the European Society of Radiology’s (ESR) mission": the possessive belongs to the sentence,
    // not the name.
    lf = POSSESSIVE_END.matcher(lf).replaceFirst("");
    if (lf.isEmpty()
        || !Character.isUpperCase(lf.codePointAt(0)) && !Character.isDigit(lf.codePointAt(0))) {
      return null;
    }
    int lfStart = windowStart + trimmed.lastIndexOf(lf);
    return new AcronymDefinition(
        lf, new Span(lfStart, lfStart + lf.length()), sf, new Span(sfStart, sfStart + sf.length()));
  }

  private static String lastWords(String s, int n) {
    int idx = s.length();
    for (int count = 0; count < n && idx > 0; count++) {
      int space = s.lastIndexOf(' ', idx - 1);
      while (space > 0 && s.charAt(space - 1) == ' ') {
        space--;
      }
      idx = space < 0 ? 0 : space;
    }
    return s.substring(idx).strip();
  }

  // Schwartz-Hearst: match short-form chars right to left; the first must begin a word.
  static String longFormFor(String shortForm, String candidate) {
    String sf = shortForm.toLowerCase(Locale.ROOT);
    String lf = candidate.toLowerCase(Locale.ROOT);
    int s = sf.length() - 1;
    int l = lf.length() - 1;
    while (s >= 0) {
      char c = sf.charAt(s);
      if (!Character.isLetterOrDigit(c)) {
        s--;
        continue;
      }
      while (l >= 0
          && (lf.charAt(l) != c
              || (s == firstAlnum(sf) && l > 0 && Character.isLetterOrDigit(lf.charAt(l - 1))))) {
        l--;
      }
      if (l < 0) {
        return null;
      }
      l--;
      s--;
    }
    int start = lf.lastIndexOf(' ', l) + 1;
    return candidate.substring(start).strip();
  }

  private static int firstAlnum(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return i;
      }
    }
    return 0;
  }

  static boolean isAcronymLike(String s) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters >= 2 && upper >= 2 && upper * 2 >= letters && s.length() <= 15;
  }
}
