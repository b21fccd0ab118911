package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;

/**
 * Reads the offices and meetings a Korean sentence states in its own word order: "대한영상의학회(회장 김승협,
 * ...)" and "대한영상의학회 회장 김승협" give the person the society and the office (회장, president); "김승협 회장은"
 * gives the office; "대한영상의학회는 ... KCR 2016을 개최한다" (holds) makes the society the congress's
 * organizer.
 */
final class KoreanRoles {
  private static final String TITLE =
      "(?<title>" + LexiconFiles.alternation(LexiconFiles.entries("korean-person-titles")) + ")";
  // The society, then the office, then the person: "대한영상의학회 회장 김승협".
  private static final Pattern BODY_TITLE_PERSON =
      Pattern.compile("⟦O(?<org>\\d+)⟧\\s+" + TITLE + "\\s+⟦H(?<person>\\d+)⟧");
  // The society, then its officers in brackets: "대한초음파의학회(회장 김우선 ..., 이사장 정재준 ...)".
  private static final Pattern BODY_BRACKET =
      Pattern.compile("⟦O(?<org>\\d+)⟧\\s*[(（](?<inside>[^)）]{1,200})[)）]");
  private static final Pattern TITLE_PERSON =
      Pattern.compile("(?:^|,|，|\\s)\\s*" + TITLE + "\\s+⟦H(?<person>\\d+)⟧");
  // The person, then the office with a particle or a bracket after it.
  private static final Pattern PERSON_TITLE =
      Pattern.compile(
          "⟦H(?<person>\\d+)⟧\\s+" + TITLE + "(?=은|는|이|가|을|를|의|과|와|도|께서|님|[\\s,.)）]|$)");
  // "⟦O⟧(...)는 ... ⟦E⟧을 개최한다": the subject holds (개최), hosts (주최) or organizes (주관) the
  // meeting.
  private static final Pattern BODY_HOLDS =
      Pattern.compile(
          "⟦O(?<org>\\d+)⟧(?:\\s*[(（][^)）]*[)）])?(?:은|는|이|가|에서)\\s[^.]{0,160}?⟦E(?<event>\\d+)⟧[^.⟦]{0,40}?(?:개최|주최|주관)");

  private KoreanRoles() {}

  /** The offices, bodies and organizers {@code s} states in Korean. */
  static List<Relation> read(MaskedSentence s, Evidence evidence) {
    String masked = s.masked();
    if (!hasHangul(masked)) {
      return List.of();
    }
    List<Relation> out = new ArrayList<>();
    Matcher m = BODY_TITLE_PERSON.matcher(masked);
    while (m.find()) {
      officer(s, m.group("org"), m, evidence, out);
    }
    m = BODY_BRACKET.matcher(masked);
    while (m.find()) {
      Matcher item = TITLE_PERSON.matcher(m.group("inside"));
      while (item.find()) {
        officer(s, m.group("org"), item, evidence, out);
      }
    }
    m = PERSON_TITLE.matcher(masked);
    while (m.find()) {
      Entity person = s.slot(Integer.parseInt(m.group("person"))).entity();
      out.add(role(person, Predicate.JOB_TITLE, title(m.group("title")), evidence));
    }
    m = BODY_HOLDS.matcher(masked);
    if (m.find()) {
      Slot body = s.slot(Integer.parseInt(m.group("org")));
      Slot event = s.slot(Integer.parseInt(m.group("event")));
      if (body.entity() != null && event.entity() != null) {
        out.add(
            new Relation(body.entity(), Predicate.LEADS, event.entity(), evidence)
                .orMethod(ReadingMethod.SENTENCE_PATTERN));
      }
    }
    return out;
  }

  // The person `found` names holds its office in the body of slot `org`.
  private static void officer(
      MaskedSentence s, String org, Matcher found, Evidence evidence, List<Relation> out) {
    Entity person = s.slot(Integer.parseInt(found.group("person"))).entity();
    Entity body = s.slot(Integer.parseInt(org)).entity();
    if (person == null || body == null) {
      return;
    }
    out.add(role(person, Predicate.AFFILIATION, body, evidence));
    out.add(role(person, Predicate.JOB_TITLE, title(found.group("title")), evidence));
  }

  private static Relation role(Entity person, Predicate p, Term object, Evidence evidence) {
    return new Relation(person, p, object, evidence).orMethod(ReadingMethod.PERSON_ROLE);
  }

  private static LiteralValue title(String title) {
    return new LiteralValue(title, null, "ko");
  }

  private static boolean hasHangul(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '가' && c <= '힣') {
        return true;
      }
    }
    return false;
  }
}
