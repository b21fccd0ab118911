package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the list of places that continues a place a location reading took ("headquartered in
 * Vienna, Austria, and has offices in Barcelona, Spain; Brussels, Belgium; and Bogota, Colombia",
 * "in six cities in Brazil: Recife (PE), Curitiba (PR) and Natal (RN)", "in Kampala (Uganda)", "in
 * Kampala in Uganda"): every place of the list is where the reading's subject is.
 */
final class PlaceLists {
  /**
   * Extra places read from a continued list: priced apart from the rule that took the list's head.
   */
  static final ReadingMethod METHOD =
      new ReadingMethod(
          "place-list",
          "Continued list of places",
          "Reads that every place of a list (commas, semicolons, 'and', a colon after a country, a country in parentheses,"
              + " 'and has offices in') continuing a place a location rule read is where that rule's subject is too.");

  // A place listed: not one that owns the next words ("Brazil's largest provider", "Leeds-based").
  private static String place(String group) {
    return "(?:the\\s+)?⟦P(?<" + group + ">\\d+)⟧(?!\\s*['’]s?\\s|-)";
  }

  // A state or country code after a city ("Recife (PE)", "Valencia, ES"): no place of its own, but
  // it does not end the list.
  // A province or county the gazetteer does not list, between a city and its country ("Changsha,
  // Hunan Province, China"): no place of its own either.
  private static final String CODE =
      "(?:\\s*\\(\\s*\\p{Lu}{2,3}\\s*\\)|,\\s*\\p{Lu}{2}(?=\\s*[,;.])"
          + "|,\\s*(?:\\p{Lu}[\\p{L}-]+\\s+){1,2}(?:Province|State|County|Prefecture|District|Region|Oblast|Governorate|Department)(?=\\s*,\\s*(?:the\\s+)?⟦P))?";
  // A coordinated locating phrase with the same subject: "..., and has offices in", "and branches
  // in".
  private static final String MORE_SITES =
      "\\s*[,;]?\\s*(?:and|with)\\s+(?:(?:has|have|had|maintains|maintain|operates|operate|opened|runs)\\s+)?"
          + "(?:[\\p{Ll}-]+\\s+){0,2}?(?:offices|an office|branches|a branch|bases|a base|sites|centres|centers|chapters|a presence)\\s+in\\s+";
  private static final Pattern STEP =
      Pattern.compile(
          CODE
              + "(?:\\s*\\(\\s*"
              + place("inParens")
              + "\\s*\\)"
              + "|(?:"
              + MORE_SITES
              // "in Dar es Salaam in Tanzania": the city, then the country it is in.
              + "|\\s*[,;:]\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|in)\\s+|\\s+(?=⟦P))"
              + place("listed")
              + ")");

  private PlaceLists() {}

  /**
   * The slot indexes of the places listed right after {@code from} in {@code masked}, in order;
   * none when no list continues there.
   */
  static List<Integer> continuing(String masked, int from) {
    List<Integer> out = new ArrayList<>();
    if (from < 0 || masked.indexOf("⟦P", from) < 0) {
      return out;
    }
    Matcher m = STEP.matcher(masked);
    m.useTransparentBounds(true);
    for (int at = from; at < masked.length(); at = m.end()) {
      m.region(at, masked.length());
      if (!m.lookingAt()) {
        break;
      }
      String slot = m.group("inParens") != null ? m.group("inParens") : m.group("listed");
      out.add(Integer.parseInt(slot));
    }
    return out;
  }
}
