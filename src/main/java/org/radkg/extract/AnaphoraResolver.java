package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;

/**
 * Resolves the references that news makes without a name: "We" and "Our" stand for the society
 * whose section it is (or the publisher); "The College", "the Foundation" for the organization of
 * that head (DescribedOrganization); "It" and "Its" for what the sentence before is about
 * (PreviousSubject) or the initiative last named; "the initiative" (or "this initiative") for the
 * initiative last named; "the coalition" for the collaboration last named.
 */
final class AnaphoraResolver {
  // Patterns compiled once, not at every call (String.matches and replaceAll compile theirs each
  // time).
  private static final java.util.regex.Pattern ITS_MEMBERS =
      java.util.regex.Pattern.compile("(?s)^(?:Its|The|Their)\\s+(?:\\p{L}+\\s+){0,2}members\\b.*");
  private static final Pattern SELF = Pattern.compile("^(?:We|Our)\\b");
  private static final Pattern IT =
      Pattern.compile(
          "^(?:It|This)\\b(?!\\s+(?:is|was)\\s+(?:a|an|the|also|very|important|hoped|anticipated|expected|clear))");
  // "To support its new institute, it has launched a campaign": "it" opening the main clause after
  // a phrase.
  // Read forward from the sentence start: a look-behind of up to 120 characters at every position
  // cost a
  // quarter of the extraction time.
  private static final Pattern CLAUSE_IT =
      Pattern.compile(
          "^[^,;.]{3,120},\\s(it)(?=\\s+(?:has|had|will|is|was|also|now|then|recently|\\p{Ll}+ed)\\b)");
  private static final Pattern REPRESENTATIVES =
      Pattern.compile(
          "^(The\\s+[^.;,]{1,50}?)\\s+(?:includes|include|comprises|brings together)\\s+representatives\\s+(?:from|of)\\b");
  private static final java.util.Set<String> LAST_NAMED_EVENTS =
      java.util.Set.of("event", "workshop", "webinar", "seminar");
  static final Pattern DEFINITE =
      Pattern.compile(
          "\\b(?:[Tt]he|[Tt]his) (?:(?:first|second|third|next|new|latest|inaugural|two|three|\\d+(?:st|nd|rd|th))\\s+){0,2}(?<kind>(?i:edition|centres|centers|centre|center|initiative|programme|program|project|registry|platform|campaign|network|coalition|consortium|alliance|congress|guideline|guidelines|statement|study|course|series|pledge|partnership|census|survey|meeting|conference|symposium|summit|forum|convention|workshop|webinar|seminar|event|document|recommendations|report|exchange|fellowship|scheme|trial|grant|award|hub|database|toolkit|curriculum|competition|challenge))\\b");
  // "Its founding members are": the collaboration last named; "Its coordinating centre": the
  // initiative.
  private static final Pattern THIS_YEAR =
      Pattern.compile(
          "\\b(?:[Tt]his year['’]s|[Tt]he annual|[Tt]his year['’]s annual)\\s+(?:meeting|congress|conference|symposium|summit|edition)\\b");
  private static final Pattern OTHER_EDITION =
      Pattern.compile(
          "\\b(?:next|first|second|third|inaugural|\\d+(?:st|nd|rd|th))\\s",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ITS =
      Pattern.compile(
          "^(?:Its\\b|(?:The|Their)\\s+(?=(?:founding\\s+|current\\s+|new\\s+)?members\\s+(?:are|include)))");
  // "Participating hospitals include A, B and C": the participants of the initiative last named.
  private static final Pattern PARTICIPANTS =
      Pattern.compile(
          "^((?:The\\s+)?(?:Participating|Partner|Founding)\\s+(?:hospitals|sites|centres|centers|institutions|organi[sz]ations|societies|universities|partners))\\s+(?:include|are)\\b");
  // "we’ve created the X", "To meet this need, we launched": the society speaking.
  private static final Pattern WE =
      Pattern.compile(
          "(?<![\\p{L}])[Ww]e(?:['’]ve|\\s+(?=(?:have|had|launched|created|established|organi[sz]ed|held|hosted|developed|introduced|started|released|issued|published"
              // "we worked closely with the APPG", "we joined the coalition": the society acting
              // with others.
              + "|worked|work|are\\s+working|partnered|partner|collaborated|collaborate|cooperated|joined|signed|took\\s+part|participated|contributed|supported|co-organi[sz]ed)\\b))");

  // "Its secretariat is based in Montreal": an organization's seat, not an initiative's.
  private static final Pattern ITS_SEAT =
      Pattern.compile(
          "^Its(?=\\s+(?:secretariat|headquarters|head office|main office|registered office|seat)\\b)");
  // "One example is our major collaboration with the ACR": the society speaking, mid-sentence.
  private static final Pattern OUR_TIE =
      Pattern.compile(
          "\\b[Oo]ur(?=\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:collaboration|partnership|cooperation|alliance)\\s+with\\b)");

  // "our outgoing President, Jane Doe", "Jane Doe, our new executive director": an office the
  // speaking society gives, so "our" names that society (at a sentence's start SELF reads it).
  private static final Pattern OUR_OFFICE =
      Pattern.compile(
          "(?<![\\p{L}])our(?=\\s+(?:(?:new|current|outgoing|incoming|newly\\s+elected)\\s+)?(?i:"
              + LexiconFiles.alternation(LexiconFiles.entries("office-heads"))
              + ")(?![\\p{L}-]))");

  /**
   * Pseudo-slots for the sentence {@code span}, given the entities named before it (in order) and
   * the society.
   */
  List<Slot> resolve(String text, Span span, List<Mention> before, Entity society) {
    List<Slot> out = new ArrayList<>();
    String sentence = text.substring(span.begin(), span.end());
    Matcher self = SELF.matcher(sentence);
    if (self.find() && society != null) {
      out.add(slot(society, span.begin() + self.start(), span.begin() + self.end()));
    }
    // "Our campaign ..., and we worked closely with the APPG": every "we" of the sentence speaks
    // for the society.
    Matcher we = WE.matcher(sentence);
    while (we.find() && society != null) {
      if (we.start() == 0 && !out.isEmpty()) {
        continue;
      }
      int end = we.end();
      while (end > we.start() && Character.isWhitespace(sentence.charAt(end - 1))) {
        end--;
      }
      out.add(slot(society, span.begin() + we.start(), span.begin() + end));
    }
    out.addAll(DescribedOrganization.resolve(text, span, before, society));
    Matcher our = OUR_TIE.matcher(sentence);
    if (society != null && our.find()) {
      out.add(slot(society, span.begin() + our.start(), span.begin() + our.end()));
    }
    Matcher office = OUR_OFFICE.matcher(sentence);
    while (society != null && office.find()) {
      out.add(slot(society, span.begin() + office.start(), span.begin() + office.end()));
    }
    Matcher seat = ITS_SEAT.matcher(sentence);
    Matcher its = ITS.matcher(sentence);
    if (seat.find()) {
      Entity subject = lastSubject(text, before);
      if (subject != null) {
        out.add(slot(subject, span.begin() + seat.start(), span.begin() + seat.end()));
      }
    } else if (its.find()) {
      Entity last =
          ITS_MEMBERS.matcher(sentence).matches()
              ? last(before, "C")
              : continued(text, span, before);
      if (last != null) {
        out.add(slot(last, span.begin() + its.start(), span.begin() + its.end()));
      }
    }
    // "It" continues the subject of the sentence before; failing one, the initiative last named.
    Matcher it = IT.matcher(sentence);
    boolean opening = it.find();
    if (opening || sentence.contains(", it ") && it.usePattern(CLAUSE_IT).reset().lookingAt()) {
      Entity last =
          opening ? continued(text, span, before) : PreviousSubject.of(text, span, before);
      int group = opening ? 0 : 1;
      if (last != null) {
        out.add(slot(last, span.begin() + it.start(group), span.begin() + it.end(group)));
      }
    }
    // 'The “Mobilization Team” includes representatives from A, B and C': an unnamed group of the
    // collaboration last named; its members are the collaboration's.
    Matcher reps = REPRESENTATIVES.matcher(sentence);
    if (reps.find()) {
      Entity last = last(before, "C");
      if (last != null) {
        out.add(slot(last, span.begin() + reps.start(1), span.begin() + reps.end(1)));
      }
    }
    // "this year's meeting", "the annual congress": the event last named.
    Matcher y = THIS_YEAR.matcher(sentence);
    while (y.find()) {
      Entity last = mainEvent(before);
      if (last != null) {
        out.add(slot(last, span.begin() + y.start(), span.begin() + y.end()));
      }
    }
    Matcher part = PARTICIPANTS.matcher(sentence);
    if (part.find()) {
      Entity last = last(before, "X");
      if (last != null) {
        out.add(slot(last, span.begin() + part.start(1), span.begin() + part.end(1)));
      }
    }
    Matcher d = DEFINITE.matcher(sentence);
    while (d.find()) {
      String kind = d.group("kind").toLowerCase(java.util.Locale.ROOT);
      String code =
          switch (kind) {
            case "coalition", "consortium", "alliance", "network" -> "C";
            case "congress",
                "meeting",
                "conference",
                "symposium",
                "summit",
                "forum",
                "convention" ->
                "E";
            // A workshop, webinar or seminar is the one just named, like "the event".
            case "workshop", "webinar", "seminar", "event" -> "E";
            case "edition" -> "X";
            case "partnership" -> "C";
            default -> "I";
          };
      // "The next congress will be held in Seoul", "the first meeting": another edition than the
      // one the article is about.
      if (code.equals("E") && OTHER_EDITION.matcher(d.group()).find()) {
        continue;
      }
      // "the event" is the one just named ("the 'X' side event ... The event was opened by ..."),
      // not the congress around it.
      // "The toolkit was developed with SIO": the last one named a toolkit, before any rule of
      // kind.
      Entity last = lastNamedAs(before, code, kind);
      if (last == null) {
        last =
            code.equals("E") && !LAST_NAMED_EVENTS.contains(kind)
                ? mainEvent(before)
                : code.equals("I") ? lastInitiative(text, before) : last(before, code);
      }
      // "The consortium comprises ...": on a project's page, the consortium is the project's.
      if (last == null && kind.equals("consortium")) {
        last = last(before, "I");
      }
      if (last != null) {
        out.add(slot(last, span.begin() + d.start(), span.begin() + d.end()));
      }
    }
    return out;
  }

  // What "It" or "Its" opening a sentence stands for: the initiative or event the sentence before
  // is about
  // (PreviousSubject), else the initiative last named; the organization the sentence before is
  // about only
  // when no initiative has been named, since an initiative's own sentences are the commoner
  // continuation.
  private static Entity continued(String text, Span span, List<Mention> before) {
    Entity subject = PreviousSubject.of(text, span, before);
    Entity initiative = lastInitiative(text, before);
    if (subject == null || (subject.primaryType().isOrganization() && initiative != null)) {
      return initiative;
    }
    return subject;
  }

  private static Slot slot(Entity e, int begin, int end) {
    return new Slot(Slot.codeOf(e), e, null, new Span(begin, end), true);
  }

  // The organization a previous sentence was about: the first one named in the last sentence that
  // named one.
  private static Entity lastSubject(String text, List<Mention> before) {
    int lastOrg = -1;
    for (int i = before.size() - 1; i >= 0 && lastOrg < 0; i--) {
      if (before.get(i).entity().primaryType().isOrganization()) {
        lastOrg = i;
      }
    }
    if (lastOrg < 0) {
      return null;
    }
    int sentenceStart =
        Math.max(
            text.lastIndexOf(". ", before.get(lastOrg).begin()),
            text.lastIndexOf('\n', before.get(lastOrg).begin()));
    Entity first = before.get(lastOrg).entity();
    for (int i = lastOrg - 1; i >= 0 && before.get(i).begin() > sentenceStart; i--) {
      if (before.get(i).entity().primaryType().isOrganization()) {
        first = before.get(i).entity();
      }
    }
    return first;
  }

  // "The agreement was signed during ECR 2019. The congress will be held in Muscat": "the congress"
  // is the
  // event the article is about, the one it names most (the latest of a tie), not the one named last
  // in passing.
  static Entity mainEvent(List<Mention> before) {
    java.util.Map<Entity, Integer> counts = new java.util.HashMap<>();
    Entity best = null;
    for (Mention m : before) {
      Entity e = m.entity();
      if (e.is(EntityType.EVENT)) {
        int n = counts.merge(e, 1, Integer::sum);
        if (best == null || n >= counts.get(best)) {
          best = e;
        }
      }
    }
    return best;
  }

  // "under the Horizon 2020 programme", "The Horizon 2020 MEDIRAD project": the initiative last
  // named is the
  // framework that funds a project, or a word before a name the text knows nothing of; "the
  // project" and
  // "it" then stand for that project, which has no entity, and nothing is resolved.
  private static final Pattern FRAMEWORK_BEFORE =
      Pattern.compile("\\b(?:under|within)\\s+(?:the\\s+)?\\S*\\s*$");
  private static final Pattern FRAMEWORK_AFTER =
      Pattern.compile(
          "^(?:\\s+(?:framework\\s+|research\\s+and\\s+innovation\\s+)?(?:programme|program|framework)\\b|-funded\\b"
              + "|\\s+\\p{Lu}[\\p{Lu}\\d-]{2,}\\s+(?:project|programme|program|initiative|study|consortium)\\b)");

  private static Entity lastInitiative(String text, List<Mention> before) {
    Mention last = null;
    for (int i = before.size() - 1; i >= 0 && last == null; i--) {
      if (before.get(i).entity().is(EntityType.INITIATIVE)) {
        last = before.get(i);
      }
    }
    if (last == null) {
      return null;
    }
    boolean framework =
        FRAMEWORK_BEFORE.matcher(text).region(Math.max(0, last.begin() - 20), last.begin()).find()
            || FRAMEWORK_AFTER
                .matcher(text)
                .region(last.end(), Math.min(text.length(), last.end() + 50))
                .lookingAt();
    return framework ? null : last.entity();
  }

  // The initiative or collaboration named last whose name has the kind as a word ("Toolkit" for
  // "the toolkit", "Registry" for "the registry"); null when none does.
  private static Entity lastNamedAs(List<Mention> before, String code, String kind) {
    // A congress or meeting is the one the article is about (mainEvent), whatever its name.
    if (code.equals("X") || code.equals("E")) {
      return null;
    }
    Pattern word =
        Pattern.compile(
            "(?<![\\p{L}])" + Pattern.quote(kind) + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    for (int i = before.size() - 1; i >= 0; i--) {
      Entity e = before.get(i).entity();
      if (matches(e, code) && word.matcher(e.label()).find()) {
        return e;
      }
    }
    return null;
  }

  private static boolean matches(Entity e, String code) {
    return switch (code) {
      case "C" -> e.is(EntityType.COLLABORATION);
      case "E" -> e.is(EntityType.EVENT);
      case "X" -> e.is(EntityType.EVENT) || e.is(EntityType.INITIATIVE);
      default -> e.is(EntityType.INITIATIVE);
    };
  }

  private static Entity last(List<Mention> before, String code) {
    for (int i = before.size() - 1; i >= 0; i--) {
      Entity e = before.get(i).entity();
      if (matches(e, code)) {
        return e;
      }
    }
    return null;
  }
}
