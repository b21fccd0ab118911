package org.radkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads each row of a project's partner table written as text ("3 Institut za mjeriteljstvo Varnske
 * Partner Varnia") as one organization named by all of the words between the row number and the
 * role column, whatever their case: names in their own language keep their lowercase words
 * ("Commissariat à l'énergie atomique"), which the name-phrase finder stops at.
 */
final class PartnerTableRows {
  private static final Pattern ROW =
      Pattern.compile(
          "(?m)^[^\\S\\n]*\\d{1,3}[.)]?[^\\S\\n]+(?<name>\\p{Lu}[^\\n]*?)[^\\S\\n]+"
              + "(?:Coordinator|Co-ordinator|Partner|Beneficiary|Participant|Associated Partner|Linked Third Party)"
              + "[^\\S\\n]+(?<place>[^\\n]+?)[^\\S\\n]*$");
  private static final Pattern QUOTES = Pattern.compile("[\"“”„]");
  private static final NameClassifier CLASSIFIER = new NameClassifier();

  private PartnerTableRows() {}

  /** {@code mentions} with each row's whole name as one organization, in place of its parts. */
  static List<Mention> read(
      String text, int begin, int end, List<Mention> mentions, Lexicon lexicon) {
    List<Mention> out = new ArrayList<>(mentions);
    Matcher row = ROW.matcher(text).region(begin, end);
    while (row.find()) {
      int nb = row.start("name");
      int ne = row.end("name");
      int pb = row.start("place");
      int pe = row.end("place");
      // The last column must be a place the text names: the row is a table's, not a sentence.
      boolean placed =
          out.stream()
              .anyMatch(
                  m -> m.begin() == pb && m.end() == pe && m.entity().primaryType().isPlace());
      boolean whole = out.stream().anyMatch(m -> m.begin() == nb && m.end() == ne);
      if (!placed || whole) {
        continue;
      }
      String name = QUOTES.matcher(text.substring(nb, ne)).replaceAll("").replaceAll("\\s+", " ");
      Entity e = lexicon.lookup(name).orElseGet(() -> organization(name));
      out.removeIf(m -> m.begin() < ne && nb < m.end());
      out.add(new Mention(e, nb, ne));
    }
    out.sort(Lexicon.BY_POSITION);
    return out;
  }

  private static Entity organization(String name) {
    Set<EntityType> types =
        CLASSIFIER
            .classify(name)
            .filter(t -> t.contains(EntityType.ORGANIZATION))
            .orElse(EnumSet.of(EntityType.ORGANIZATION));
    return new Entity(
        org.radkg.vocab.Slugs.of(name),
        name,
        null,
        new java.util.TreeSet<>(),
        EnumSet.copyOf(types),
        new java.util.TreeSet<>(),
        null);
  }
}
