package org.radkg.extract;

import java.util.regex.Pattern;

/**
 * Keeps a person's name out of a name phrase that runs into it: "Head of the IAEA Department of
 * Technical Cooperation Dazhu Yang" names the department, then the person.
 */
final class PersonRoleCut {
  private static final Pattern TRAILING_GLUE =
      Pattern.compile(
          "[\\s,]*(?:(?:and|&|of|the|Dr\\.?|Prof\\.?|Professor|Mr\\.?|Ms\\.?|Mrs\\.?)\\s*)*$");
  private static final NameClassifier CLASSIFIER = new NameClassifier();

  private PersonRoleCut() {}

  /**
   * The part of {@code c} before the person {@code p} who ends it, or null when that part is no
   * typed name.
   */
  static NamePhraseFinder.Candidate beforePerson(
      NamePhraseFinder.Candidate c, Mention p, String text) {
    String name =
        TRAILING_GLUE.matcher(text.substring(c.span().begin(), p.begin())).replaceFirst("");
    // "SNM Technologist Section President Jane Doe": the role words before the name go, the unit
    // stays.
    while (name.contains(" ")
        && RoleLexicon.isRoleWord(name.substring(name.lastIndexOf(' ') + 1))) {
      name = TRAILING_GLUE.matcher(name.substring(0, name.lastIndexOf(' '))).replaceFirst("");
    }
    // The title before the name is cut as any title is: "Head of the Department of X" names the
    // department.
    return RoleTitleCut.cut(NameRepairs.multiWordName(name, c.span().begin()), CLASSIFIER);
  }
}
