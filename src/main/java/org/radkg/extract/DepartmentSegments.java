package org.radkg.extract;

import static org.radkg.extract.RolePatterns.GENERIC_DEPARTMENT;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the organization segments of one apposition after a name ("Jane Doe, Department of
 * Radiology, X Hospital, Springfield"): the organization is the person's, and a department, written
 * as text or as a mention of its own, is a unit of the organization that follows it, in the same
 * segment or the next.
 */
final class DepartmentSegments {
  /** What the apposition's reader does after a segment. */
  enum Next {
    /** The apposition says nothing more about the person. */
    STOP,
    /** The segment was an organization's unit or a department: go on with the next. */
    NEXT_SEGMENT,
    /** The segment names no organization alone: read it as a title. */
    TITLE
  }

  private static final Pattern THE_ORG = Pattern.compile("(?:[Tt]he\\s+)?⟦O(\\d+)⟧");
  private static final Pattern UNIT_AT_ORG =
      Pattern.compile("⟦O(\\d+)⟧\\s+(?:at|of)\\s+(?:the\\s+)?⟦O(\\d+)⟧");
  // "Department of Radiology at ⟦O⟧" where the department is no entity of its own (a department
  // in an affiliation line is the organization's unit, not a mention).
  private static final Pattern DEPARTMENT_TEXT_AT_ORG =
      Pattern.compile(
          "(?:(?:\\p{L}+\\s+){0,3}Department|Department\\s+of\\s+\\p{L}+(?:\\s+(?:and|&)\\s+\\p{L}+)?)"
              + "\\s+(?:at|of)\\s+(?:the\\s+)?⟦O(\\d+)⟧");

  private final RoleFacts facts;
  private final Entity person;
  // A department mention waiting for the organization it is part of; it is the person's
  // affiliation when none follows.
  private Entity department;
  // A department written as text only ("Department of Radiology"): only an organization in the next
  // segment can say whose it is.
  private boolean departmentText;

  DepartmentSegments(RoleFacts facts, Entity person) {
    this.facts = facts;
    this.person = person;
  }

  /**
   * Reads segment {@code t} (its slot indexes {@code slots}; {@code onlyOrg} when it is an
   * organization alone) as a department or an organization, both written in text or as mentions.
   */
  Next read(String t, List<Integer> slots, boolean onlyOrg) {
    MaskedSentence s = facts.sentence();
    // "Jane Doe, Department of Radiology, The X Hospital, Springfield": a department named by
    // its field is a unit of the organization the next segment names, which is hers.
    Matcher parent = THE_ORG.matcher(t);
    if ((department != null || departmentText) && parent.matches()) {
      facts.affiliation(person, parent.group(1));
      department = null;
      return Next.STOP;
    }
    if (departmentText) {
      return Next.STOP; // a department of no organization named next: nothing more to read here
    }
    if (department == null && slots.isEmpty() && GENERIC_DEPARTMENT.matcher(t).matches()) {
      departmentText = true;
      return Next.NEXT_SEGMENT;
    }
    if (department != null) {
      facts.affiliation(person, department);
      department = null;
    }
    if (onlyOrg) {
      Entity org = s.slot(slots.get(0)).entity();
      if (GENERIC_DEPARTMENT.matcher(surface(s, s.slot(slots.get(0)))).matches()) {
        department = org;
        return Next.NEXT_SEGMENT;
      }
      facts.affiliation(person, org);
      return Next.STOP;
    }
    // "Jane Doe, Department of Radiology at X Hospital": the department is the hospital's.
    Matcher textAt = DEPARTMENT_TEXT_AT_ORG.matcher(t);
    if (textAt.matches()) {
      facts.affiliation(person, textAt.group(1));
      return Next.STOP;
    }
    Matcher unitAt = UNIT_AT_ORG.matcher(t);
    if (unitAt.matches()
        && GENERIC_DEPARTMENT
            .matcher(surface(s, s.slot(Integer.parseInt(unitAt.group(1)))))
            .matches()) {
      facts.affiliation(person, unitAt.group(2));
      return Next.STOP;
    }
    return Next.TITLE;
  }

  /** At the apposition's end: a department mention no organization followed is the person's. */
  void finish() {
    if (department != null) {
      facts.affiliation(person, department);
    }
  }

  // The words of the text a slot stands for.
  private static String surface(MaskedSentence s, Slot slot) {
    return s.source().substring(slot.span().begin(), slot.span().end()).strip();
  }
}
