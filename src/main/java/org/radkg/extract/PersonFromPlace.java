package org.radkg.extract;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name that runs on into the place the person comes from ("Carla Rossi di Genova", "Ana
 * Ruiz de Lima", "Jan Kohl aus Kiel") ends before the particle when the words after it are a place
 * read in the text; a particle before a surname ("Ana de la Cruz", "José da Rocha") stays. It ends
 * there too when one word follows "de", "von der" or "aus" after a full name whose last word is no
 * given name ("Luis Ferrer de Medisur", "Jan Kohl von der Klinik"): a surname particle after a
 * surname is rare, an origin or employer after a name is common.
 */
final class PersonFromPlace {
  private PersonFromPlace() {}

  // Two name words at least, then "de", "di", "da", "von", "aus", ... and what follows.
  private static final Pattern FROM =
      Pattern.compile(
          "^(\\p{Lu}\\S*(?:\\s+\\S+)*?\\s+\\p{Lu}\\S*)\\s+"
              + "(?:de|di|da|do|del|della|von|aus|du)(?:\\s+(?:la|der|dem|l'))?\\s+(\\p{Lu}.*)$");

  private static final Pattern ORIGIN =
      Pattern.compile(
          "^(\\p{Lu}\\S*(?:\\s+\\S+)*?\\s+(?<last>\\p{Lu}\\S*))\\s+"
              + "(?:de|del|di|aus|von\\s+der|von\\s+dem)\\s+\\p{Lu}\\S*$");

  /**
   * Where the name in {@code text[begin, end)} ends: before its particle when the rest is a place,
   * else {@code end}; {@code givenName} tells the given names.
   */
  static int end(
      String text, int begin, int end, Predicate<Span> placed, Predicate<String> givenName) {
    Matcher o = ORIGIN.matcher(text.substring(begin, end));
    if (o.matches() && !givenName.test(o.group("last"))) {
      return begin + o.end(1);
    }
    Matcher f = FROM.matcher(text.substring(begin, end));
    return f.matches() && placed.test(new Span(begin + f.start(2), end)) ? begin + f.end(1) : end;
  }
}
