package org.radkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the offices a sentence states of "he" or "she" ("He is an emeritus professor at X", "In
 * addition to ..., she is the chair of Y and a professor at Z") as the offices of the one person
 * the sentences before last named.
 */
final class PersonPronouns {
  // The subject pronoun opening the sentence, or its main clause after a leading phrase, followed
  // by a verb that states an office.
  private static final Pattern PRONOUN_SUBJECT =
      Pattern.compile(
          "^(?:[^,;.⟦]{3,120}(?:⟦[OIEP]\\d+⟧[^,;.⟦]{0,60}){0,3},\\s+)?(?<pronoun>[Hh]e|[Ss]he)"
              + "(?=\\s+(?:is|was|serves\\s+as|served\\s+as)\\s)");
  private final PersonRoleExtractor roles = new PersonRoleExtractor();
  private Entity lastPerson;

  /**
   * The offices {@code s} states of a pronoun standing for the person last named, then notes the
   * people {@code s} names: the person is known when the last sentence naming people named one.
   */
  List<Relation> read(MaskedSentence s, Evidence evidence) {
    Set<Entity> named = new LinkedHashSet<>();
    for (Slot slot : s.slots()) {
      if (slot.code() == 'H' && slot.entity() != null) {
        named.add(slot.entity());
      }
    }
    if (!named.isEmpty()) {
      // Two people named: "he" could be either, so neither is read.
      lastPerson = named.size() == 1 ? named.iterator().next() : null;
      return List.of();
    }
    if (lastPerson == null) {
      return List.of();
    }
    Matcher m = PRONOUN_SUBJECT.matcher(s.masked());
    if (!m.find()) {
      return List.of();
    }
    // Masked again from the source, so the adverbs dropped from the sentence are dropped again.
    MaskedSentence resolved =
        SentenceAdverbs.dropped(withPerson(s, m.start("pronoun"), m.end("pronoun")));
    List<Relation> out = new ArrayList<>();
    for (Relation r : roles.extract(resolved, evidence)) {
      if (r.subject().equals(lastPerson)) {
        out.add(r.orMethod(ReadingMethod.PERSON_ROLE));
      }
    }
    return out;
  }

  // The sentence masked again with the pronoun [from, to) of the masked text as an anaphoric slot
  // of the person.
  private MaskedSentence withPerson(MaskedSentence s, int from, int to) {
    int begin = s.span().begin() + s.unmask(0, from).length();
    Span pronoun = new Span(begin, begin + (to - from));
    List<Slot> slots = new ArrayList<>();
    boolean placed = false;
    for (Slot slot : s.slots()) {
      if (!placed && slot.span().begin() >= pronoun.end()) {
        slots.add(new Slot('H', lastPerson, null, pronoun, true));
        placed = true;
      }
      slots.add(slot);
    }
    if (!placed) {
      slots.add(new Slot('H', lastPerson, null, pronoun, true));
    }
    return new MaskedSentence(s.source(), s.span(), slots);
  }
}
