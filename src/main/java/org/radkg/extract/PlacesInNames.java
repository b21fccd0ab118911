package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;
import org.radkg.extract.place.PlaceMatch;

/**
 * Tells a city written as the complement of an institution's name ("University of Pisa",
 * "Università degli Studi di Trieste", "Atenei di Bari") from a place the text names: the name's
 * city is not a place of its own, as annotators read it.
 */
final class PlacesInNames {
  private static final List<String> HEADS = heads();
  // "<Head> of the", "<Head> degli Studi di", "<Head> de", ... right before the city.
  private static final Pattern HEAD_BEFORE =
      Pattern.compile(
          "\\b"
              + LexiconFiles.alternation(HEADS)
              + "(?:\\s+degli\\s+Studi)?\\s+(?:of(?:\\s+the)?|di|de|del|della|da|do|du|des|von|d['’])\\s*$");
  // Enough of the text before a place to hold a head and its connector.
  private static final int REACH = 60;

  private PlacesInNames() {}

  /** {@code places} without the cities that complete an institution's name. */
  static List<PlaceMatch> outsideNames(String text, int begin, List<PlaceMatch> places) {
    List<PlaceMatch> out = new ArrayList<>(places.size());
    for (PlaceMatch p : places) {
      if (!(p.place().primaryType() == EntityType.CITY && completesName(text, begin + p.begin()))) {
        out.add(p);
      }
    }
    return out;
  }

  static boolean completesName(String text, int at) {
    String before = text.substring(Math.max(0, at - REACH), at);
    return HEAD_BEFORE.matcher(before).find();
  }

  private static List<String> heads() {
    List<String> all = new ArrayList<>(LexiconFiles.entries("name-heads-before-of"));
    all.addAll(LexiconFiles.entries("foreign-name-heads-before-of"));
    return List.copyOf(all);
  }
}
