package org.radkg.extract;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence-level relation pattern: a regular expression over a {@link MaskedSentence} with
 * named groups for the subject and the object; a group may capture a list of slots ("⟦O1⟧, ⟦O2⟧ and
 * ⟦O3⟧"), and then every slot in it takes part. The predicate may depend on the matched verb.
 *
 * @param name a short name for debugging
 * @param pattern the compiled pattern
 * @param subjectGroup the group holding the subject slot(s)
 * @param objectGroup the group holding the object slot(s)
 * @param predicate the predicate, given the match (usually constant)
 * @param prefilter what a sentence must hold for the pattern to match, and where a match may begin
 */
public record RelationRule(
    String name,
    Pattern pattern,
    String subjectGroup,
    String objectGroup,
    Function<Matcher, Predicate> predicate,
    RulePrefilter prefilter) {

  // Macros keep the patterns readable: {O:s} is an organization slot captured as group s.
  private static final Map<String, String> CLASSES =
      Map.of(
          "O", "O", "I", "I", "E", "E", "IE", "[IE]", "OI", "[OI]", "P", "P", "H", "H", "D", "D",
          "OIE", "[OIE]");
  private static final String PAREN_ALIAS = "(?:\\s*\\(⟦[OIE]\\d+⟧\\))?";
  // Items of a list: commas, "and", "as well as", or one item per bullet line.
  // Two slot tokens side by side are one phrase standing for several organizations ("both
  // societies", see GroupAnaphora).
  private static final String LIST_SEP =
      "(?:(?<=⟧)(?=⟦)|\\s*,\\s*(?:and\\s+|as well as\\s+)?|\\s+and\\s+|\\s*,?\\s+as well as\\s+|\\s*[,;]?\\s*\\n\\s*(?:[-•*–]\\s+|\\d+[.)]\\s+)?(?:and\\s+)?|\\s*,?\\s+and\\s+by\\s+|\\s*;\\s*(?:and\\s+)?(?:\\d+[.)]\\s+)?)";
  // What may follow a listed organization: its place ("A in Vienna", "A (Austria)", "A, Austria,"
  // in a partner
  // list) or a short remark in parentheses ("A (coordinator)").
  private static final String PLACE_TAIL =
      "(?:,?\\s+(?:in|near|from)\\s+⟦P\\d+⟧(?:,\\s*(?:the\\s+)?⟦P\\d+⟧)?"
          + "|\\s*\\(\\s*⟦P\\d+⟧(?:,\\s*⟦P\\d+⟧)?\\s*\\)|\\s*\\([^()⟦⟧.;\\n]{1,40}\\)"
          + "|,\\s*⟦P\\d+⟧(?:,\\s*⟦P\\d+⟧)?(?=\\s*(?:[,;.)\\]]|and\\b|$)))?";

  /**
   * Compiles a pattern written with macros: {C:g} slot of class C as group g, {OL:g} list of
   * organizations, {_} articles, {g} short entity-free gap.
   */
  public static RelationRule of(
      String name, Predicate predicate, String subject, String object, String template) {
    return new RelationRule(
        name, compile(template), subject, object, m -> predicate, RulePrefilter.of(template));
  }

  /** Like {@link #of}, with the predicate chosen from the match. */
  public static RelationRule of(
      String name,
      Function<Matcher, Predicate> predicate,
      String subject,
      String object,
      String template) {
    return new RelationRule(
        name, compile(template), subject, object, predicate, RulePrefilter.of(template));
  }

  static Pattern compile(String template) {
    StringBuilder regex = new StringBuilder();
    Matcher m = Pattern.compile("\\{([A-Z]+|_|g|gd|G)(?::(\\w+))?}").matcher(template);
    int last = 0;
    while (m.find()) {
      regex.append(template, last, m.start());
      String cls = m.group(1);
      String group = m.group(2);
      String item =
          switch (cls) {
            case "_" ->
                "(?:(?:the|a|an|its|their|our|his|her|this|new|newly established|established|\\d+(?:st|nd|rd|th))\\s+)*";
            // Gaps stop at a sentence's end, but not at a decimal point ("$1.1 million").
            case "g" -> "(?:[^⟦⟧.;]|\\.(?=\\d)){0,40}?";
            case "gd" -> "(?:[^⟦⟧.;]|\\.(?=\\d)|⟦[DP]\\d+⟧){0,60}?";
            case "G" -> "(?:[^.;]|\\.(?=\\d)){0,250}?";
            case "OL" ->
                "(?:[-•*–]\\s+)?⟦O\\d+⟧"
                    + PAREN_ALIAS
                    + PLACE_TAIL
                    + "(?:"
                    + LIST_SEP
                    + "(?:the\\s+)?⟦O\\d+⟧"
                    + PAREN_ALIAS
                    + PLACE_TAIL
                    + ")*";
            default -> "⟦" + CLASSES.get(cls) + "\\d+⟧" + PAREN_ALIAS;
          };
      if (group != null) {
        regex.append("(?<").append(group).append(">").append(item).append(")");
      } else {
        regex.append("(?:").append(item).append(")");
      }
      last = m.end();
    }
    regex.append(template.substring(last));
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
