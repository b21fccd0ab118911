package org.radkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves "the group", "the committee" in a sentence listing its members ("The members of the group
 * were Dr. A (Chair), Dr. B and Dr. C") to the last organization of that kind named before.
 */
final class GroupAnaphora {
  private static final String HEAD = "(?<head>group|committee|panel|task\\s+force|board|council|jury|faculty|team)";
  private static final Pattern MEMBERS_OF_THE_GROUP = Pattern.compile(
      "\\b(?:[Mm]embers\\s+of\\s+)?(?<the>[Tt]he\\s+(?:[\\p{Ll}-]+\\s+)?" + HEAD + ")(?:['’]s)?(?:\\s+members)?"
          + "\\s+(?:were|are|include|included|includes|comprises|comprised|consists\\s+of|consisted\\s+of|is\\s+made\\s+up\\s+of|was\\s+made\\s+up\\s+of)\\b");
  private static final Pattern MEMBERS_WORD = Pattern.compile("\\b(?:[Mm]embers|include|includes|included|comprises|comprised|consists|consisted|made\\s+up)\\b");

  private GroupAnaphora() {
  }

  /** A slot for "the group" of {@code span} when the sentence lists its members, else none. */
  static List<Slot> resolve(String text, Span span, List<Mention> before) {
    String sentence = text.substring(span.begin(), span.end());
    Matcher m = MEMBERS_OF_THE_GROUP.matcher(sentence);
    if (!m.find() || !MEMBERS_WORD.matcher(sentence.substring(m.start(), m.end())).find()) {
      return List.of();
    }
    String head = m.group("head").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    for (int i = before.size() - 1; i >= 0; i--) {
      Entity e = before.get(i).entity();
      if (e.primaryType().isOrganization() && e.label().toLowerCase(Locale.ROOT).endsWith(" " + head)) {
        return List.of(new Slot(Slot.codeOf(e), e, null, new Span(span.begin() + m.start("the"), span.begin() + m.end("the")), true));
      }
    }
    return List.of();
  }
}
