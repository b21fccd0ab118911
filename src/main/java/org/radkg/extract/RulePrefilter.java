package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a relation pattern needs before it can match, read from its template: the slot classes it
 * cannot match without, and whether a match can only begin at a slot token ("⟦") or a list bullet.
 * Both are necessary conditions only, so skipping a sentence or a start position that fails them
 * never loses a match: the rule's findings stay exactly those of a plain scan.
 *
 * @param requiredClasses per required slot, the class letters any one of which it may take
 * @param start where a match may begin
 * @param startClasses the class letters of the slot a match begins with (empty for {@link
 *     Start#ANY})
 * @param requiredWords per required piece of literal text, the lower-case words any one of which
 *     every match contains
 */
record RulePrefilter(
    List<String> requiredClasses,
    Start start,
    String startClasses,
    List<List<String>> requiredWords) {

  /** Where a match may begin. */
  enum Start {
    /** Anywhere: the pattern begins with words. */
    ANY,
    /** Only at a slot token "⟦". */
    SLOT,
    /** At a slot token or a list bullet ("- ⟦O1⟧"). */
    SLOT_OR_BULLET
  }

  private static final Pattern MACRO = Pattern.compile("\\{([A-Z]+|_|g|gd|G)(?::(\\w+))?}");
  private static final String BULLETS = "-•*–";

  static RulePrefilter of(String template) {
    return new RulePrefilter(
        requiredClasses(template),
        start(template),
        startClasses(template),
        requiredWords(template));
  }

  /**
   * True when {@code lowerCase} (a masked sentence lower-cased, ASCII only) has every word the rule
   * needs; {@code null} (a sentence with other cased characters, which fold in Unicode ways)
   * passes.
   */
  boolean hasWords(String lowerCase) {
    if (lowerCase == null) {
      return true;
    }
    for (List<String> anyOf : requiredWords) {
      boolean found = false;
      for (int i = 0; i < anyOf.size() && !found; i++) {
        found = lowerCase.contains(anyOf.get(i));
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code present} (the class letters of a sentence's slot tokens) has every class the
   * rule needs.
   */
  boolean admits(String present) {
    for (String any : requiredClasses) {
      boolean found = false;
      for (int i = 0; i < any.length() && !found; i++) {
        found = present.indexOf(any.charAt(i)) >= 0;
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * The positions of {@code masked} where a match of some rule may begin: slot tokens and bullets,
   * ascending.
   */
  static int[] marks(String masked) {
    int[] out = new int[8];
    int n = 0;
    for (int i = 0; i < masked.length(); i++) {
      char c = masked.charAt(i);
      if (c == '⟦' || BULLETS.indexOf(c) >= 0) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, 2 * n);
        }
        out[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** True when a match may begin at {@code masked[at]}. */
  boolean mayStartAt(String masked, int at) {
    char c = masked.charAt(at);
    if (c == '⟦') {
      return at + 1 < masked.length() && startsWithClass(masked.charAt(at + 1));
    }
    return start == Start.SLOT_OR_BULLET && BULLETS.indexOf(c) >= 0;
  }

  // The letter after "⟦" is matched ignoring case the Unicode way ("ı" folds to "I"): any letter
  // whose case variants include a start class may begin a match.
  private boolean startsWithClass(char letter) {
    return startClasses.indexOf(Character.toUpperCase(letter)) >= 0
        || startClasses.indexOf(Character.toUpperCase(Character.toLowerCase(letter))) >= 0;
  }

  // Slot macros at the top level of a template without alternation are required; ones inside a
  // group
  // or followed by a quantifier may be optional and are ignored.
  private static List<String> requiredClasses(String t) {
    if (splitAlternatives(t).size() > 1) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(t, i);
      } else if (c == '(') {
        i = groupEnd(t, i);
      } else if (c == '{') {
        Matcher m = MACRO.matcher(t).region(i, t.length());
        if (m.lookingAt()) {
          String letters = letters(m.group(1));
          if (letters != null && !quantified(t, m.end())) {
            out.add(letters);
          }
          i = m.end() - 1;
        }
      }
    }
    return List.copyOf(out);
  }

  // Runs of letters and hyphens outside any class, escape or macro must occur in every match; a
  // run's last letter is dropped when a quantifier follows it ("partners?"). A group that is not
  // optional needs one of its alternatives, so one of their words ("(?:funds|funded|financed)").
  // Runs under three letters are too common to be worth checking.
  static List<List<String>> requiredWords(String t) {
    List<String> alternatives = splitAlternatives(t);
    if (alternatives.size() > 1) {
      List<String> anyOf = new ArrayList<>();
      for (String a : alternatives) {
        List<List<String>> words = requiredWords(a);
        if (words.isEmpty()) {
          return List.of();
        }
        anyOf.addAll(words.get(0));
      }
      return List.of(List.copyOf(anyOf));
    }
    List<List<String>> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-') {
        run.append(c);
        continue;
      }
      if (run.length() > 0 && quantified(t, i)) {
        run.setLength(run.length() - 1);
      }
      addRun(out, run);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(t, i);
      } else if (c == '(') {
        int end = groupEnd(t, i);
        String inner = t.substring(i + 1, end);
        boolean lookAround =
            inner.startsWith("?=")
                || inner.startsWith("?!")
                || inner.startsWith("?<=")
                || inner.startsWith("?<!");
        if (!lookAround && !quantified(t, end + 1)) {
          out.addAll(requiredWords(inner.replaceFirst("^\\?(?::|<\\w+>)", "")));
        }
        i = end;
      } else if (c == '{') {
        Matcher m = MACRO.matcher(t).region(i, t.length());
        i = m.lookingAt() ? m.end() - 1 : t.indexOf('}', i);
      }
    }
    addRun(out, run);
    return List.copyOf(out);
  }

  // The template's top-level alternatives (itself alone when it has none).
  private static List<String> splitAlternatives(String t) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int last = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(t, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(t.substring(last, i));
        last = i + 1;
      }
    }
    out.add(t.substring(last));
    return out;
  }

  private static void addRun(List<List<String>> out, StringBuilder run) {
    if (run.length() >= 3) {
      out.add(List.of(run.toString().toLowerCase(java.util.Locale.ROOT)));
    }
    run.setLength(0);
  }

  private static Start start(String t) {
    String cls = leadingSlotClass(t);
    if (cls == null) {
      return Start.ANY;
    }
    return cls.equals("OL") ? Start.SLOT_OR_BULLET : Start.SLOT;
  }

  private static String startClasses(String t) {
    String cls = leadingSlotClass(t);
    return cls == null ? "" : letters(cls);
  }

  // The macro a template begins with when it is a slot every match begins with, else null.
  private static String leadingSlotClass(String t) {
    int i = 0;
    // Leading look-behinds consume nothing: the first character matched is what follows them.
    while (t.startsWith("(?<!", i) || t.startsWith("(?<=", i)) {
      i = groupEnd(t, i) + 1;
    }
    Matcher m = MACRO.matcher(t).region(i, t.length());
    if (!m.lookingAt() || quantified(t, m.end()) || letters(m.group(1)) == null) {
      return null;
    }
    return m.group(1);
  }

  private static String letters(String cls) {
    return switch (cls) {
      case "O", "I", "E", "P", "H", "D" -> cls;
      case "IE" -> "IE";
      case "OIE" -> "OIE";
      case "OL" -> "O";
      default -> null;
    };
  }

  private static boolean quantified(String t, int at) {
    if (at >= t.length()) {
      return false;
    }
    char c = t.charAt(at);
    return c == '?'
        || c == '*'
        || c == '+'
        || (c == '{' && at + 1 < t.length() && Character.isDigit(t.charAt(at + 1)));
  }

  private static int classEnd(String t, int open) {
    for (int i = open + 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ']') {
        return i;
      }
    }
    throw new IllegalArgumentException("unclosed character class in " + t);
  }

  private static int groupEnd(String t, int open) {
    int depth = 0;
    for (int i = open; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(t, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unclosed group in " + t);
  }
}
