package org.radkg.extract;

import static org.radkg.extract.RolePatterns.HONORIFIC;
import static org.radkg.extract.RolePatterns.PERSON_SLOT;
import static org.radkg.extract.RolePatterns.ROLE_FIRST_WORD;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a sentence gives a list of people at once: the members a group's list names, an office
 * in the plural ("the founding co-chairs, Dr. A and Dr. B"), "A, B and C, all members of the
 * Society", and the offices "respectively" pairs with the people in order.
 */
final class PeopleListRoles {
  // "Jane Doe and John Roe, respectively president and secretary of the X", "A, B and C, chair,
  // treasurer and secretary of the X, respectively": the offices of a list, paired in order.
  private static final String PEOPLE_LIST =
      "(?<list>"
          + HONORIFIC
          + "⟦H\\d+⟧(?:\\s*,\\s*"
          + HONORIFIC
          + "⟦H\\d+⟧)*,?\\s+(?:and|&)\\s+"
          + HONORIFIC
          + "⟦H\\d+⟧)";
  private static final String OFFICE_LIST =
      "(?:the\\s+)?(?<offices>[^.;:⟦]{3,140}?)(?:\\s+(?:of|at)\\s+(?:the\\s+)?⟦O(?<org>\\d+)⟧)?";
  private static final Pattern RESPECTIVELY_BEFORE =
      Pattern.compile(
          PEOPLE_LIST
              + ",?\\s+respectively,?\\s+"
              + OFFICE_LIST
              + "(?=\\s*[,.;)]|\\s*$|\\s+(?:have|had|were|are|will|who)\\s)");
  private static final Pattern RESPECTIVELY_AFTER =
      Pattern.compile(PEOPLE_LIST + ",?\\s+" + OFFICE_LIST + ",?\\s+respectively");
  private static final Pattern OFFICE_SEPARATOR =
      Pattern.compile("\\s*,\\s*(?:(?:and|&)\\s+)?|\\s+(?:and|&)\\s+");
  private static final String FORMED_OF = "comprising(?:\\s+of)?|composed\\s+of|consisting\\s+of";
  // "The members of the Steering Committee were Dr. A (Chair), Dr. B and Dr. C", "the Panel
  // includes A and B":
  // each person listed after the group is one of its members.
  private static final Pattern GROUP_LISTS =
      Pattern.compile(
          "(?:\\b[Mm]embers\\s+of\\s+(?:the\\s+)?⟦O(?<of>\\d+)⟧|⟦O(?<own>\\d+)⟧(?:['’]s)?\\s+members|⟦O(?<group>\\d+)⟧(?=\\s+(?:include|includes|included|comprises|comprised|consists\\s+of|consisted\\s+of|"
              + FORMED_OF
              + ")\\b))"
              + "\\s+(?:were|are|include|included|includes|comprises|comprised|consists\\s+of|consisted\\s+of|is\\s+made\\s+up\\s+of|was\\s+made\\s+up\\s+of|"
              + FORMED_OF
              + ")\\s*:?\\s+"
              // "Dr A, President; Dr B, Secretary; ...": a semicolon goes on with the list when the
              // next person follows it.
              + "(?<list>"
              + HONORIFIC
              + "⟦H\\d+⟧(?:(?:[^⟦;]|;(?=\\s*(?:and\\s+)?"
              + HONORIFIC
              + "⟦H)){0,40}?⟦H\\d+⟧)*)");
  // "A, B and C, all of Durban and long-standing members of the Society": the people listed before
  // are its members.
  private static final Pattern LISTED_MEMBERS =
      Pattern.compile(
          "(?<list>"
              + HONORIFIC
              + "⟦H\\d+⟧(?:(?:\\s*,\\s*|\\s*,?\\s+(?:and|&)\\s+)"
              + HONORIFIC
              + "⟦H\\d+⟧)+)"
              + "(?:,?\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})?"
              + ",\\s+(?:all\\s+(?:of\\s+(?:⟦P\\d+⟧|\\p{Lu}\\p{L}+)\\s+and\\s+)?)?(?:(?:long-standing|longstanding|longtime|long-time|active|founding|senior)\\s+)?"
              + "members\\s+of\\s+(?:the\\s+)?⟦O(?<of>\\d+)⟧");
  // Heads of an office one holds by name; "representatives", "members", "professors" are kinds of
  // people, not offices.
  private static final String PLURAL_OFFICES = RoleLexicon.alternativesInOrder("plural-offices");
  // "the founding co-chairs, Dr. A, from X, and Dr. B, from Y": an office in the plural is each
  // listed person's.
  private static final Pattern PLURAL_ROLE_LIST =
      Pattern.compile(
          "(?<![\\p{L}])(?<role>(?:(?i:"
              + RoleLexicon.modifiersAlternation()
              + ")[- ]+){0,3}(?:[Cc]o-)?(?i:"
              + PLURAL_OFFICES
              + "))s,?\\s+"
              + "(?<list>"
              + HONORIFIC
              + "⟦H\\d+⟧(?:(?:[^⟦.;]|⟦[OP]\\d+⟧|(?<=Dr|Prof|Mr|Ms|Mrs)\\.){0,60}?(?:,|(?<![\\p{L}])and)\\s+"
              + HONORIFIC
              + "⟦H\\d+⟧)+)");

  private PeopleListRoles() {}

  /** The members of a group listed after it, a plural office's holders, members listed before. */
  static void read(RoleFacts facts) {
    String m = facts.sentence().masked();
    Matcher group = GROUP_LISTS.matcher(m);
    while (group.find()) {
      String g =
          group.group("of") != null
              ? group.group("of")
              : group.group("own") != null ? group.group("own") : group.group("group");
      addMembers(facts, group.group("list"), facts.slot(g));
    }
    Matcher plural = PLURAL_ROLE_LIST.matcher(m);
    while (plural.find()) {
      String title = RoleTitles.clean(plural.group("role"));
      Matcher member = PERSON_SLOT.matcher(plural.group("list"));
      while (member.find()) {
        facts.title(facts.slot(member.group(1)), title);
      }
    }
    Matcher listed = LISTED_MEMBERS.matcher(m);
    while (listed.find()) {
      addMembers(facts, listed.group("list"), facts.slot(listed.group("of")));
    }
  }

  /**
   * "Jane Doe and John Roe, respectively president and secretary of the X": as many offices as
   * people, each a role, give each person hers in order, replacing the titles read before; the
   * organization they are of is each one's. Read last for that reason.
   */
  static void readRespectively(RoleFacts facts) {
    for (Pattern p : List.of(RESPECTIVELY_BEFORE, RESPECTIVELY_AFTER)) {
      Matcher r = p.matcher(facts.sentence().masked());
      while (r.find()) {
        pairOffices(facts, r);
      }
    }
  }

  private static void pairOffices(RoleFacts facts, Matcher r) {
    List<String> people = new ArrayList<>();
    Matcher slot = PERSON_SLOT.matcher(r.group("list"));
    while (slot.find()) {
      people.add(slot.group(1));
    }
    List<String> titles = List.of(OFFICE_SEPARATOR.split(r.group("offices").strip()));
    if (titles.size() != people.size()
        || !titles.stream().allMatch(t -> ROLE_FIRST_WORD.matcher(t).matches())) {
      return;
    }
    String org = r.group("org");
    for (int i = 0; i < people.size(); i++) {
      Entity person = facts.slot(people.get(i));
      facts
          .relations()
          .removeIf(x -> x.predicate() == Predicate.JOB_TITLE && x.subject().equals(person));
      facts.title(person, RoleTitles.clean(titles.get(i)));
      if (org != null) {
        facts.affiliation(person, org);
      }
    }
  }

  // Each person slot of {@code list} is affiliated with {@code body}.
  private static void addMembers(RoleFacts facts, String list, Entity body) {
    Matcher member = PERSON_SLOT.matcher(list);
    while (member.find()) {
      facts.affiliation(facts.slot(member.group(1)), body);
    }
  }
}
