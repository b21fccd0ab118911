package org.radkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.vocab.Slugs;

/**
 * Reads an acronym no dictionary knows as an organization where the text places it as one: listed
 * among organizations ("RSNA, ECR, JCVIR and KSR", "ACR and XYZR"), or where a person works
 * ("Godfrey Hounsfield at EMI", "Ana Ruiz of SOLACI").
 */
final class ListedAcronyms {
  private static final Pattern ACRONYM =
      Pattern.compile("(?<![\\p{L}\\d&/-])\\p{Lu}[\\p{Lu}\\d&-]{2,9}(?![\\p{L}\\d&/-])");
  private static final Pattern LIST_GLUE =
      Pattern.compile(
          "^(?:,\\s*(?:and\\s+|as well as\\s+)?|\\s+and\\s+|\\s*;\\s*(?:and\\s+)?)(?:the\\s+)?$");
  private static final Pattern WORKS_AT =
      Pattern.compile("^(?:,\\s*)?\\s+(?:at|of|from)\\s+(?:the\\s+)?$");
  // "chair of the XYZR", "joined the XYZR": an office or a membership is held in an organization.
  private static final Pattern OFFICE_OF =
      Pattern.compile(
          "(?i)(?<![\\p{L}-])(?:president|president-elect|past[- ]president|chair|chairman|"
              + "chairwoman|chairperson|ceo|director|director[- ]general|secretary[- ]general|secretary|treasurer|executive director|"
              + "members?|fellows?|delegates?|representatives?|council|board|leadership)\\s+(?:of|at|from)\\s+(?:the\\s+)?$|"
              + "(?<![\\p{L}-])(?:joined|join|joins|joining)\\s+(?:the\\s+)?$");
  // "the XYZR president", "XYZR’s board": an office or a body of an organization right after its
  // acronym.
  private static final Pattern OFFICE_AFTER =
      Pattern.compile(
          "^(?:['’]s)?\\s+(?:president|president-elect|past[- ]president|"
              + "chair|chairman|chairwoman|ceo|executive director|secretary[- ]general|secretariat|board|council|executive committee|"
              + "general assembly|members|membership|headquarters)(?![\\p{L}-])");
  // The acronym ends the name: no lowercase noun after it makes it a modifier ("chair of the MRI
  // section").
  private static final Pattern ENDS_NAME =
      Pattern.compile(
          "^(?:\\s*[,.;:)]|\\s*$|\\s+(?:and|in|on|to|for|at|with|was|is|has|have|had|will|said|says|since|from|\\p{Ll}+ed)(?![\\p{L}-]))");
  private static final java.util.Set<String> NOT_ORGANIZATIONS =
      java.util.Set.copyOf(org.radkg.corpus.LexiconFiles.entries("non-organization-acronyms"));

  private ListedAcronyms() {}

  /**
   * {@code mentions} (sorted by position) with the organizations read for the free acronyms of
   * {@code text[begin, end)}.
   */
  static List<Mention> add(List<Mention> mentions, String text, int begin, int end) {
    List<int[]> free = new ArrayList<>();
    Matcher m = ACRONYM.matcher(text);
    m.region(begin, end);
    while (m.find()) {
      int b = m.start();
      int e = m.end();
      if (AcronymDefinitionFinder.isAcronymLike(m.group())
          && mentions.stream().noneMatch(o -> o.begin() < e && b < o.end())) {
        free.add(new int[] {b, e});
      }
    }
    if (free.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions);
    // A list reads from both ends: each acronym read makes its neighbour listed among organizations
    // too.
    boolean added = true;
    while (added) {
      added = false;
      for (int i = 0; i < free.size(); i++) {
        int[] a = free.get(i);
        if (a != null && placed(out, text, a)) {
          String acronym = text.substring(a[0], a[1]);
          TreeSet<String> alt = new TreeSet<>();
          alt.add(acronym);
          Entity e =
              new Entity(
                  Slugs.of(acronym),
                  acronym,
                  acronym,
                  alt,
                  EnumSet.of(EntityType.ORGANIZATION),
                  new TreeSet<>(),
                  null);
          out.add(firstAtOrAfter(out, a[0]), new Mention(e, a[0], a[1]));
          free.set(i, null);
          added = true;
        }
      }
    }
    readEverywhere(out, free, text);
    return out;
  }

  // "the QMRT membership voted ... an QMRT member ... dedication to the QMRT": once the article has
  // placed an
  // acronym as an organization, its other uses name the same organization, framed or not.
  private static void readEverywhere(List<Mention> out, List<int[]> free, String text) {
    java.util.Map<String, Entity> read = new java.util.HashMap<>();
    for (Mention m : out) {
      Entity e = m.entity();
      if (e.acronym() != null
          && e.label().equals(e.acronym())
          && e.primaryType().isOrganization()) {
        read.putIfAbsent(e.acronym(), e);
      }
    }
    boolean added = false;
    for (int[] a : free) {
      Entity e = a == null ? null : read.get(text.substring(a[0], a[1]));
      if (e != null) {
        out.add(new Mention(e, a[0], a[1]));
        added = true;
      }
    }
    if (added) {
      out.sort(Lexicon.BY_POSITION);
    }
  }

  // Only the nearest mention on each side can be glued to the acronym: mentions do not overlap.
  private static boolean placed(List<Mention> mentions, String text, int[] a) {
    if (framedAsOrganization(text, a)) {
      return true;
    }
    int after = firstAtOrAfter(mentions, a[1]);
    int before = after - 1;
    if (before >= 0) {
      Mention o = mentions.get(before);
      // "published in JAMA, the ACR ...": a comma alone joins a list only when the neighbour is
      // listed too.
      if (o.entity().primaryType().isOrganization()
          && a[0] - o.end() < 16
          && glued(text, o.end(), a[0])
          && (text.substring(o.end(), a[0]).contains("and")
              || before > 0 && listed(text, mentions.get(before - 1), o))) {
        return true;
      }
      if (o.entity().is(EntityType.PERSON)
          && a[0] - o.end() < 12
          && WORKS_AT.matcher(text.substring(o.end(), a[0])).matches()) {
        return true;
      }
    }
    if (after < mentions.size()) {
      Mention o = mentions.get(after);
      return o.entity().primaryType().isOrganization()
          && o.begin() - a[1] < 16
          && glued(text, a[1], o.begin())
          && (text.substring(a[1], o.begin()).contains("and")
              || after + 1 < mentions.size() && listed(text, o, mentions.get(after + 1)));
    }
    return false;
  }

  // An acronym no list or dictionary names, in a frame only an organization fills ("chair of the
  // XYZR", "the
  // XYZR president", "a partnership with the XYZR"), unless it names a technique or a degree
  // ("MRI", "FACR").
  private static boolean framedAsOrganization(String text, int[] a) {
    String acronym = text.substring(a[0], a[1]);
    if (NOT_ORGANIZATIONS.contains(acronym.toUpperCase(java.util.Locale.ROOT))) {
      return false;
    }
    String before = text.substring(Math.max(0, a[0] - 40), a[0]);
    String after = text.substring(a[1], Math.min(text.length(), a[1] + 40));
    boolean ends = ENDS_NAME.matcher(after).lookingAt();
    Span name = new Span(a[0], a[1]);
    // A frame before the acronym needs the name to end there; a verb or an office after it says so
    // itself.
    return ends
            && (OFFICE_OF.matcher(before).find() || OrganizationFrames.framedBefore(text, 0, name))
        || OrganizationFrames.framedAfter(text, name)
        || OFFICE_AFTER.matcher(after).lookingAt();
  }

  private static int firstAtOrAfter(List<Mention> mentions, int at) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).begin() < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean listed(String text, Mention first, Mention second) {
    return first.entity().primaryType().isOrganization()
        && second.entity().primaryType().isOrganization()
        && first.end() <= second.begin()
        && second.begin() - first.end() < 16
        && glued(text, first.end(), second.begin());
  }

  private static boolean glued(String text, int from, int to) {
    return LIST_GLUE.matcher(text.substring(from, to)).matches();
  }
}
