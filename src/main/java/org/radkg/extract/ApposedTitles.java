package org.radkg.extract;

import static org.radkg.extract.RolePatterns.AT_ORG;
import static org.radkg.extract.RolePatterns.DASH_TAIL;
import static org.radkg.extract.RolePatterns.GENERIC_DEPARTMENT;
import static org.radkg.extract.RolePatterns.HONORIFIC;
import static org.radkg.extract.RolePatterns.ROLE;
import static org.radkg.extract.RolePatterns.ROLE_FIRST_WORD;
import static org.radkg.extract.RolePatterns.ROLE_OF_ORG;
import static org.radkg.extract.RolePatterns.ROLE_WORDS;
import static org.radkg.extract.RolePatterns.ownerSlot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the apposition after a name, comma by comma: "Jane Doe, MD, PhD, professor of radiology at
 * X University, Department of Y, Z Hospital" gives her titles and the organizations they are of.
 * One instance reads one apposition.
 */
final class ApposedTitles {
  // "research adviser at the Ministry", "radiation safety specialist": one or two lower-case nouns
  // name the field of a role in an apposition; what follows it must be its organization or the
  // apposition's end. A preposition or a participle ("translated by Professor") opens a clause, not
  // a role.
  private static final Pattern FIELD_ROLE =
      Pattern.compile(
          "(?:(?!(?:who|whose|which|that|and|or|but|also|then|now|as|is|was|has|had|will|would|the|a|an|his|her|their|its|our|new|one|two"
              + "|by|to|from|in|on|at|of|for|with)(?![\\p{L}])|\\p{Ll}+ed\\s)"
              + "\\p{Ll}[\\p{Ll}-]+\\s+){1,2}(?i:"
              + ROLE_WORDS
              + ")(?=\\s*$|\\s+(?:at|of|in|for|with)\\s+(?:the\\s+)?⟦O)");
  // "R.T.(R)(MR)", "RDMS", "FSCCT": credentials after a name, which no degree list can hold in
  // full.
  private static final Pattern CREDENTIAL = Pattern.compile("[\\p{Lu}][\\p{Lu}.()/]*");
  // "president and CEO both the Alliance and X": the title ends where the organizations it spans
  // begin.
  private static final Pattern BOTH = Pattern.compile("\\s+(?:of\\s+|at\\s+)?both\\s+");
  private static final Pattern BOTH_ORGS =
      Pattern.compile(
          "\\bboth\\s+(?:the\\s+)?⟦O(\\d+)⟧\\s+and\\s+(?:the\\s+)?(?:\\p{L}+-based\\s+)?⟦O(\\d+)⟧|\\bboth\\s+(?:the\\s+)?⟦O(\\d+)⟧");
  private static final Pattern DEGREE = Pattern.compile(PersonFinder.DEGREE);
  private static final Pattern THE_ROLE =
      Pattern.compile(
          // "Jane Doe, our new executive director": the possessive and the word of time go too.
          "(?:the|an|a|our|their|its)\\s+(?:(?:new|current)\\s+)?(?="
              // "Jane Doe, the Project Coordinator of X", "the ⟦O⟧ Coordinator": capitalized words
              // of the office, or its body's name, may stand before the head.
              + "(?:⟦O\\d+⟧\\s+)?(?:(?-i:\\p{Lu}[\\p{L}-]*)\\s+){0,2}"
              + RoleLexicon.modifiersBefore()
              + ROLE_WORDS
              + "(?![\\p{L}]))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern IN_PLACE = Pattern.compile("\\s+in\\s+(?:the\\s+)?⟦P\\d+⟧");
  private static final Pattern THE_OWNER = Pattern.compile("^(?:the|an?)\\s+(?=⟦O\\d+⟧['’]s\\s)");
  private static final Pattern ORG_BEFORE_BARE_ROLE =
      Pattern.compile(
          // "X Society Educational Director": a capitalized word of the office may stand before its
          // head.
          "⟦O\\d+⟧(?:['’]s)?\\s+(?:(?:new|current)\\s+)?(?=(?:(?:"
              + RoleLexicon.modifiersAlternation()
              + ")[- ]+|(?-i:\\p{Lu}\\p{Ll}[\\p{L}-]*)\\s+){0,3}"
              + ROLE_WORDS
              + "(?:\\s+(?:and|&)\\s|\\s*(?:\\([^()]*\\)\\s*)?$))",
          Pattern.CASE_INSENSITIVE);
  // "Jane Doe MD, FACR, of ...": a degree may stand before the first comma. A bar ends the
  // apposition: "by Jane Doe, Contributing Editor | May 2" goes on with the page's furniture.
  private static final Pattern PERSON_SEGMENTS =
      Pattern.compile(
          "⟦H(\\d+)⟧(?:\\s+"
              + PersonFinder.DEGREE
              + ")?\\s*(?:\\((?:⟦P\\d+⟧|[A-Z]{2})\\))?(?:,|(?<dash>\\s[–—-]))\\s+(?<segs>(?:[^.“”\"⟦|]|⟦(?!H)|(?<=(?<![\\p{L}])\\p{Lu}|Ph)\\.)+)");
  // "Jane Doe, MD, of Springfield, IL, former president of ...": where she lives is no role, and
  // the list goes on after it.
  private static final Pattern HOME_PLACE =
      Pattern.compile(
          "(?:of\\s+)?(?:⟦P\\d+⟧|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})");
  // "..., and professor emeritus": a coordinated office after the first.
  private static final Pattern LEADING_AND = Pattern.compile("^(?:and|&)\\s+");
  // "professor emeritus, department of radiology, X University": the unit after a title belongs to
  // the title.
  private static final Pattern UNIT_OF =
      Pattern.compile("(?i:department|division|section|faculty|school)\\s+of\\s+[\\p{L} &-]{3,60}");
  private static final Pattern PERSON_NEXT = Pattern.compile("[\\s,]*" + HONORIFIC + "⟦H");
  private static final Pattern AND_NEXT_ROLE =
      Pattern.compile(
          "\\s+(?:and|&)\\s+(?=" + ROLE_FIRST_WORD.pattern() + ")", Pattern.CASE_INSENSITIVE);
  private static final Pattern ONLY_ORG = Pattern.compile("⟦O\\d+⟧(?:\\s*\\([^()]*\\)?)?");
  // "incoming ⟦O⟧ Chair", "new ⟦O⟧ president": a modifier before the organization of the role.
  private static final Pattern MODIFIED_ORG_ROLE =
      Pattern.compile(
          "(?:(?:"
              + RoleLexicon.modifiersAlternation()
              + "|new|current|outgoing)[- ]+){1,2}⟦O(\\d+)⟧\\s+(?:(?:"
              + RoleLexicon.modifiersAlternation()
              + ")[- ]+){0,2}"
              + ROLE_WORDS
              + "(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PARTICIPLE =
      Pattern.compile(
          "(?<!\\b(?:of|for|in|on|to|and|the|a|an))\\s+\\p{Ll}{3,}ing\\s+(?:the|a|an|its|their|his|her|our)\\s");
  // "Jane Doe, MD, president, of X Associates in Y": after a title, a segment that opens with its
  // organization says whose the office is.
  private static final Pattern SEGMENT_OF_ORG =
      Pattern.compile("^(?:of|at|from|with)\\s+(?:the\\s+)?⟦O(\\d+)⟧");

  private final RoleFacts facts;
  private final MaskedSentence s;
  private final String m;
  private final Entity person;
  // The organization and unit segments, which may span two segments ("Department of X, Y
  // Hospital").
  private final DepartmentSegments departments;
  // Where in the facts the last title read stands: a unit segment after it ("professor emeritus,
  // department of radiology") completes it.
  private int lastTitle = -1;
  // Whether the segment just read was a title: only right after one does a unit or "of ORG" go on
  // with it.
  private boolean titled = false;

  private ApposedTitles(RoleFacts facts, Entity person) {
    this.facts = facts;
    this.s = facts.sentence();
    this.m = s.masked();
    this.person = person;
    this.departments = new DepartmentSegments(facts, person);
  }

  /** The titles and affiliations of every apposition after a name in the sentence. */
  static void read(RoleFacts facts) {
    Matcher b = PERSON_SEGMENTS.matcher(facts.sentence().masked());
    while (b.find()) {
      new ApposedTitles(facts, facts.slot(b.group(1))).readSegments(b);
    }
  }

  private void readSegments(Matcher b) {
    int segStart = b.start("segs");
    String segs = b.group("segs");
    if (b.group("dash") != null) {
      // "Dr. Jane Doe - President of the X - will lead ...": the apposition a dash opens, the next
      // dash closes.
      segs = DASH_TAIL.matcher(segs).replaceFirst("");
    }
    for (String seg : segs.split(",\\s*")) {
      int from = m.indexOf(seg, segStart);
      segStart = from + seg.length();
      if (!readSegment(from, seg)) {
        break;
      }
    }
    departments.finish();
  }

  // Whether the apposition goes on after this segment.
  private boolean readSegment(int from, String seg) {
    // "X Society Executive Director earlier this month": the segment is read up to where the title
    // ends.
    seg = RoleTitleEnd.cut(seg);
    String t = seg.strip();
    boolean afterTitle = titled;
    titled = false;
    if (t.isEmpty() || DEGREE.matcher(t).matches() || CREDENTIAL.matcher(t).matches()) {
      return true;
    }
    if (lastTitle < 0
        && HOME_PLACE.matcher(t).matches()
        && !ROLE_FIRST_WORD.matcher(t).lookingAt()) {
      return true;
    }
    if (afterTitle && UNIT_OF.matcher(t).matches()) {
      Relation prior = facts.relations().get(lastTitle);
      facts
          .relations()
          .set(
              lastTitle,
              new Relation(
                  person,
                  Predicate.JOB_TITLE,
                  LiteralValue.english(
                      ((LiteralValue) prior.object()).lexical() + ", " + RoleTitles.clean(t)),
                  facts.evidence()));
      return true;
    }
    Matcher ownerAfter = SEGMENT_OF_ORG.matcher(t);
    if (afterTitle && ownerAfter.lookingAt()) {
      facts.affiliation(person, ownerAfter.group(1));
      return false;
    }
    Matcher and = LEADING_AND.matcher(t);
    // "for Radiologist, Dr. Jane Doe, and Radiographic Technologist, John Roe": a title right
    // before a name is that person's.
    Matcher next = PERSON_NEXT.matcher(m).region(from + seg.length(), m.length());
    if (and.lookingAt()
        && ROLE_FIRST_WORD.matcher(t.substring(and.end())).lookingAt()
        && !next.lookingAt()) {
      from = from + Math.max(0, seg.indexOf(t)) + and.end();
      seg = t = t.substring(and.end());
    }
    // "Jane Doe, the President of X", "Jane Doe, MD, an associate professor of radiology at X": the
    // article before an appositive title is not part of it.
    Matcher article = THE_ROLE.matcher(t);
    if (article.lookingAt()) {
      t = t.substring(article.end());
    }
    // "Jane Doe, the X Trust’s new director": the owner's possessive opens the office.
    Matcher theOwner = THE_OWNER.matcher(t);
    if (theOwner.lookingAt()) {
      t = t.substring(theOwner.end());
    }
    List<Integer> slots = MaskedSentence.slotIndexes(t);
    // "La Fe Hospital (Valencia, ES)": the segments split the place in brackets after the
    // organization.
    boolean onlyOrg = ONLY_ORG.matcher(t).matches();
    return switch (departments.read(t, slots, onlyOrg)) {
      case STOP -> false;
      case NEXT_SEGMENT -> true;
      case TITLE -> readTitle(from, seg, t, slots);
    };
  }

  // The segment as a title: its office and the organizations it names. Whether the apposition goes
  // on.
  private boolean readTitle(int from, String seg, String t, List<Integer> slots) {
    // "president of the ...", "director of emergency imaging": a role may start in lower case.
    boolean startsUpper =
        Character.isUpperCase(t.charAt(0))
            || t.startsWith("⟦")
            || ROLE_FIRST_WORD.matcher(t).lookingAt()
            || MODIFIED_ORG_ROLE.matcher(t).lookingAt()
            || FIELD_ROLE.matcher(t).lookingAt();
    if (!startsUpper || !ROLE.matcher(t).find() || t.length() > 90) {
      return false;
    }
    int roleEnd = from + seg.length();
    int roleStart = from;
    // Where the cleaned segment starts in the sentence.
    int tStart = from + Math.max(0, seg.indexOf(t));
    if (t.startsWith("⟦O")) {
      facts.affiliation(person, s.slot(slots.get(0)).entity());
      // "John Roe, ARRS president", "Jane Doe, IAEA Deputy Director General and Head of ...": the
      // organization before a bare title is the person's, and the title is the office alone.
      Matcher owner = ORG_BEFORE_BARE_ROLE.matcher(t);
      if (owner.lookingAt()) {
        roleStart = tStart + owner.end();
      }
    }
    Matcher modified = MODIFIED_ORG_ROLE.matcher(t);
    if (modified.lookingAt()) {
      facts.affiliation(person, modified.group(1));
    }
    // "incoming AMPC Chair for 2008 coordinating the ...": a participle with its object opens a
    // clause after the title ("medical imaging" alone is a noun and stays).
    Matcher participle = PARTICIPLE.matcher(t);
    if (participle.find()) {
      roleEnd = Math.min(roleEnd, tStart + participle.start());
    }
    // "president of the Italian Society of ...": the title keeps its "of" tail, as stated; the
    // organization is the person's (ROLE_OF_ORG below).
    // "... professor of radiology at the University of Michigan": the title ends where the
    // organization begins.
    Matcher atCut = AT_ORG.matcher(t);
    // "president of X Associates in Dallas": where the organization is, is no part of the office.
    Matcher inPlace = IN_PLACE.matcher(t);
    if (inPlace.find()) {
      roleEnd = Math.min(roleEnd, tStart + inPlace.start());
    }
    // "consultant radiologist at X Hospital and president of the Y Society": an office after the
    // organization and "and" is a title of its own.
    String officeAfterAt = null;
    if (atCut.find()) {
      roleEnd = Math.min(roleEnd, tStart + atCut.start());
      Matcher andOffice = AND_NEXT_ROLE.matcher(t);
      andOffice.region(atCut.end(), t.length());
      if (andOffice.lookingAt() && !t.substring(atCut.end()).contains("⟦H")) {
        Matcher nextAt = AT_ORG.matcher(t);
        nextAt.region(andOffice.end(), t.length());
        int officeEnd = nextAt.find() ? nextAt.start() : t.length();
        officeAfterAt = s.unmask(tStart + andOffice.end(), tStart + officeEnd);
      }
    }
    Matcher both = BOTH.matcher(t);
    if (both.find()) {
      roleEnd = Math.min(roleEnd, tStart + both.start());
      Matcher orgs = BOTH_ORGS.matcher(t);
      while (orgs.find()) {
        for (int g = 1; g <= 3; g++) {
          if (orgs.group(g) != null) {
            facts.affiliation(person, orgs.group(g));
          }
        }
      }
    }
    // "principal investigator and professor of radiology", "Deputy Director General and Head of
    // ...": two titles.
    List<String> titles = CoordinatedTitles.split(RoleTitles.clean(s.unmask(roleStart, roleEnd)));
    if (modified.lookingAt()) {
      titles = withoutOwner(modified, tStart, roleStart, roleEnd);
    }
    if (officeAfterAt != null) {
      titles = new ArrayList<>(titles);
      titles.add(officeAfterAt);
    }
    for (String title : titles) {
      facts.title(person, RoleTitles.clean(title));
      lastTitle = facts.relations().size() - 1;
      titled = true;
    }
    // "Head of the Section X at the Agency", "chair of the Commission and medical director of the
    // Institute": the organization a role is "of" is the person's, whatever its kind.
    Matcher roleOf = ROLE_OF_ORG.matcher(t);
    while (roleOf.find()) {
      Entity org = s.slot(ownerSlot(roleOf)).entity();
      // "Director of the Medical Imaging Department": a department named by its field alone is part
      // of a hospital the sentence may not name; it is no organization of its own to be affiliated
      // with.
      if (!GENERIC_DEPARTMENT.matcher(org.label()).matches()) {
        facts.affiliation(person, org);
      }
    }
    Matcher at = AT_ORG.matcher(t);
    while (at.find()) {
      facts.affiliation(person, at.group(1));
    }
    return true;
  }

  // "former ACR president and chair of the department": the organization inside the first title is
  // its affiliation, so the title is "former president", and what "and" adds after it is a title of
  // its own.
  private List<String> withoutOwner(Matcher modified, int offset, int roleStart, int roleEnd) {
    int slotStart = m.lastIndexOf("⟦", offset + modified.start(1));
    int slotEnd = m.indexOf('⟧', slotStart) + 1;
    int headEnd = offset + modified.end();
    // "incoming NSI Chair for 2027": an acronym is written as part of the title and stays in it.
    if (slotStart < roleStart
        || headEnd > roleEnd
        || !s.unmask(slotStart, slotEnd).strip().contains(" ")) {
      return CoordinatedTitles.split(RoleTitles.clean(s.unmask(roleStart, roleEnd)));
    }
    List<String> titles = new ArrayList<>();
    titles.add(
        RoleTitles.clean(
            s.unmask(roleStart, slotStart) + s.unmask(slotEnd, headEnd).stripLeading()));
    Matcher and = AND_NEXT_ROLE.matcher(m);
    and.region(headEnd, roleEnd);
    if (and.lookingAt()) {
      titles.addAll(CoordinatedTitles.split(RoleTitles.clean(s.unmask(and.end(), roleEnd))));
    }
    return titles;
  }
}
