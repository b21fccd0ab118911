package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves an organization stated by its head word alone ("The College is working with ...",
 * "funded by the Foundation") to the organization whose name has that head: the publisher when its
 * own name has it and the sentence before is not about another such organization, else the nearest
 * one named before; "The College" opening a sentence with no such organization named stands for the
 * publisher, as before.
 */
final class DescribedOrganization {
  // Heads an organization's name is made of. A capitalized head refers anywhere in a sentence
  // (unless a
  // name goes on after it: "the Society of X"); a lower-case one only for the kinds a text rarely
  // uses for
  // anything but a named one ("the foundation has raised"); a society's head opening a sentence
  // always
  // ("The Society President", "The society rose to the challenge").
  private static final String HEADS =
      "College|Society|Federation|Association|Academy|Foundation|University|Hospital|Institute|Agency|Ministry|Commission";
  private static final Pattern CAPITALIZED =
      Pattern.compile(
          "\\b[Tt]he\\s+(?<head>" + HEADS + ")\\b(?!\\s+(?:of|for|on|in|de)\\b|\\s+\\p{Lu}|-)");
  private static final Pattern LOWER_CASE =
      Pattern.compile(
          "\\b[Tt]he\\s+(?<head>foundation|university|hospital|institute|agency|ministry)\\b(?!-)");
  private static final Pattern OPENING =
      Pattern.compile(
          "^[\\s\"“]*The\\s+(?<head>(?i:college|society|federation|association|academy))\\b(?!-)");
  // Heads for which a sentence's opening description is the publisher when nothing else fits.
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern SELF_HEAD =
      Pattern.compile("college|society|federation|association|academy");

  private DescribedOrganization() {}

  /**
   * Slots for the organizations {@code span} states by head word, given the mentions before it and
   * the publisher (may be null).
   */
  static List<Slot> resolve(String text, Span span, List<Mention> before, Entity publisher) {
    String sentence = text.substring(span.begin(), span.end());
    List<Slot> out = new ArrayList<>();
    for (Pattern p : List.of(CAPITALIZED, LOWER_CASE, OPENING)) {
      Matcher m = p.matcher(sentence);
      while (m.find()) {
        int begin = span.begin() + m.start();
        int end = span.begin() + m.end("head");
        if (out.stream().anyMatch(s -> s.span().overlaps(new Span(begin, end)))) {
          continue;
        }
        boolean opening = sentence.substring(0, m.start()).isBlank();
        Entity e =
            referent(
                text, span, m.group("head").toLowerCase(Locale.ROOT), opening, before, publisher);
        if (e != null) {
          out.add(new Slot(Slot.codeOf(e), e, null, new Span(begin, end), true));
        }
      }
    }
    return out;
  }

  private static Entity referent(
      String text,
      Span span,
      String head,
      boolean opening,
      List<Mention> before,
      Entity publisher) {
    Mention nearest = null;
    for (Mention m : before) {
      if (m.entity().primaryType().isOrganization()
          && hasHead(m.entity(), head)
          && (nearest == null || m.begin() > nearest.begin())) {
        nearest = m;
      }
    }
    if (publisher != null && hasHead(publisher, head)) {
      // "The Royal College of Radiologists has ... The College is ...": another one the text is
      // about is meant.
      Entity subject = PreviousSubject.of(text, span, before);
      return subject != null && subject.primaryType().isOrganization() && hasHead(subject, head)
          ? subject
          : publisher;
    }
    if (nearest != null) {
      return nearest.entity();
    }
    return opening && publisher != null && SELF_HEAD.matcher(head).matches() ? publisher : null;
  }

  // Whether the organization's name has the head word ("American College of Radiology": college).
  private static boolean hasHead(Entity e, String head) {
    String label =
        " " + NON_LETTERS.matcher(e.label().toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
    return label.contains(" " + head + " ");
  }
}
