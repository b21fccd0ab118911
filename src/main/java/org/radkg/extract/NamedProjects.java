package org.radkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.vocab.Slugs;

/**
 * Finds initiatives that a kind word names without a head word of their own: a project's code ("the
 * regional project RAF/2/004", "the RAS6088 project") and a title given in quotes or after "called"
 * ("the regional project “Strengthening Radiopharmacy Services”", "a campaign called Leading
 * Radiology Into the Future").
 */
final class NamedProjects {
  private static final String KIND =
      "(?:[Pp]roject|[Pp]rogramme|[Pp]rogram|[Ii]nitiative|[Cc]ampaign|[Ss]tudy|[Tt]rial|[Cc]ourse|[Cc]urriculum|[Rr]egistry|[Gg]uidelines?|[Rr]eport|[Dd]ocument|[Tt]oolkit|[Pp]latform"
          + "|[Rr]esolution|[Dd]eclaration|[Cc]harter|[Rr]oadmap)";
  // "the society's “Bridging Gaps: Access to Imaging” program": a quoted title right before a
  // lower-case kind word (a program's, not an event's: "“X” session" is an event's title).
  private static final Pattern QUOTED_BEFORE_KIND =
      Pattern.compile(
          "[“\"‘](?<t>\\p{Lu}[^”\"’\\n]{4,150}?)[,.]?[”\"’]\\s+(?:project|programme|program|initiative|campaign|curriculum|registry|toolkit|platform)\\b");
  // "the 4-year QUARTZ project (Quality, Safety and Radiation for Teens: ...)": an acronym's
  // expansion in brackets after its kind word names the project in full.
  private static final Pattern ACRONYM_KIND_EXPANDED =
      Pattern.compile(
          "(?<![\\p{L}\\d-])(?<acr>\\p{Lu}[\\p{Lu}\\d-]{2,11})\\s+(?:project|programme|program|initiative)\\s+\\((?<t>\\p{Lu}[^()\\n]{8,200}?)\\)");
  // A technical-cooperation style code: letters, then numbers joined by slashes or hyphens
  // ("RAF/2/004", "INT-6-061"), or letters and four digits ("RAS6088").
  private static final String CODE =
      "(?<code>\\p{Lu}{2,6}(?:[/-]\\d{1,4}){1,3}|\\p{Lu}{3}\\d{4})(?![\\p{L}\\d/-])";
  private static final Pattern CODE_AFTER_KIND =
      Pattern.compile("\\b" + KIND + "\\s+(?:(?:[Nn]o\\.|number|code)\\s*)?" + CODE);
  private static final Pattern CODE_BEFORE_KIND =
      Pattern.compile("(?<![\\p{L}\\d/-])" + CODE + "\\s+" + KIND + "\\b");
  // A title in quotes right after the kind word, or after "called", "titled": the quotes bound it.
  private static final Pattern QUOTED_TITLE =
      Pattern.compile(
          "\\b"
              + KIND
              + ",?\\s+(?:(?:called|titled|entitled|named|dubbed|known\\s+as)\\s+)?[“\"‘](?<t>\\p{Lu}[^”\"’\\n]{4,150}?)(?:\\s*\\((?<acr>\\p{Lu}[\\p{Lu}\\d-]{1,10})\\))?[,.]?[”\"’]");
  // Without quotes, only after "called" and the like, and only as far as the title-case words go.
  private static final Pattern CALLED_TITLE =
      Pattern.compile(
          "\\b(?:"
              + KIND
              + "|[Ff]und|[Ff]undraiser)\\s+(?:to\\s+)?(?:called|titled|entitled|named|dubbed)\\s+"
              + "(?<t>\\p{Lu}[\\p{L}\\d-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d-]*|(?:of|for|and|the|in|on|to|with|a|an|&)(?=\\s+\\p{Lu}))){0,10})");

  // "under the Chief Minister's Comprehensive Health Insurance scheme": title-case words then a
  // lowercase kind word name
  // a scheme or programme whose own words have no head ("the European Union project" names the
  // union's project).
  private static final Pattern LOWERCASE_KIND =
      Pattern.compile(
          "(?<![\\p{L}])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur)[^\\S\\n]+(?<t>\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]*){2,6})"
              + "[^\\S\\n]+(?<k>scheme|programme|program|project|initiative|campaign)(?![\\p{L}-])");
  private static final NameClassifier CLASSIFIER = new NameClassifier();

  private NamedProjects() {}

  /** The coded and titled initiatives of {@code text[begin, end)} as mentions. */
  static List<Mention> find(String text, int begin, int end) {
    List<Mention> out = new ArrayList<>();
    for (Pattern p : List.of(CODE_AFTER_KIND, CODE_BEFORE_KIND)) {
      Matcher m = p.matcher(text).region(begin, end);
      while (m.find()) {
        add(out, m.group("code"), m.start("code"), m.end("code"));
      }
    }
    Matcher expanded = ACRONYM_KIND_EXPANDED.matcher(text).region(begin, end);
    while (expanded.find()) {
      String acronym = expanded.group("acr");
      String title = expanded.group("t").strip();
      // Only an expansion whose words spell the acronym from its first word on.
      if (AcronymDefinitionFinder.isAcronymLike(acronym)
          && title.equals(AcronymDefinitionFinder.longFormFor(acronym, title))) {
        addWithAcronym(out, title, acronym, expanded.start("acr"), expanded.end());
      }
    }
    for (Pattern p : List.of(QUOTED_TITLE, CALLED_TITLE, QUOTED_BEFORE_KIND)) {
      Matcher m = p.matcher(text).region(begin, end);
      while (m.find()) {
        String title = m.group("t").strip();
        // A sentence-long quotation is a remark, not a title: titles are short and mostly
        // capitalized.
        if (title.split("\\s+").length >= 2 && mostlyCapitalized(title)) {
          add(out, title, m.start("t"), m.start("t") + title.length());
        }
      }
    }
    return out;
  }

  /**
   * The schemes of {@code text[begin, end)} named by title-case words before a lowercase kind word,
   * except where those words hold a name already {@code known} ("the Image Gently Alliance
   * campaign" is the alliance's campaign).
   */
  static List<Mention> beforeLowercaseKind(String text, int begin, int end, List<Mention> known) {
    List<Mention> out = new ArrayList<>();
    Matcher kind = LOWERCASE_KIND.matcher(text).region(begin, end);
    while (kind.find()) {
      String title = kind.group("t");
      if (CLASSIFIER.classify(title).isEmpty()
          && !AcronymDefinitionFinder.isAcronymLike(title.substring(0, title.indexOf(' ')))) {
        String k = kind.group("k");
        int from = kind.start("t");
        if (known.stream().noneMatch(n -> from <= n.begin() && n.begin() < kind.end("t"))) {
          add(
              out,
              title + " " + Character.toUpperCase(k.charAt(0)) + k.substring(1),
              from,
              kind.end("k"));
        }
      }
    }
    return out;
  }

  private static boolean mostlyCapitalized(String title) {
    int words = 0;
    int capitalized = 0;
    for (String w : title.split("\\s+")) {
      if (w.length() > 3) {
        words++;
        capitalized += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
      }
    }
    return words > 0 && capitalized * 3 >= words * 2;
  }

  private static void add(List<Mention> out, String label, int from, int to) {
    addWithAcronym(out, label, null, from, to);
  }

  private static void addWithAcronym(
      List<Mention> out, String label, String acronym, int from, int to) {
    if (out.stream().anyMatch(o -> o.begin() < to && from < o.end())) {
      return;
    }
    // "the “Across the Andes” program" after "the “Bridging Gaps Across the Andes” program": a
    // part of a title found before is a short form of that title, not another program.
    for (Mention o : List.copyOf(out)) {
      if (o.end() <= from && containsWords(o.entity().label(), label)) {
        out.add(new Mention(o.entity(), from, to));
        return;
      }
    }
    TreeSet<String> alt = new TreeSet<>();
    if (acronym != null) {
      alt.add(acronym);
    }
    Entity e =
        new Entity(
            Slugs.of(label),
            label,
            acronym,
            alt,
            EnumSet.of(EntityType.INITIATIVE),
            new TreeSet<>(),
            null);
    out.add(new Mention(e, from, to));
  }

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\d]+");

  private static boolean containsWords(String whole, String part) {
    return (" " + NOT_WORD.matcher(whole).replaceAll(" ") + " ")
        .contains(" " + NOT_WORD.matcher(part).replaceAll(" ").strip() + " ");
  }
}
