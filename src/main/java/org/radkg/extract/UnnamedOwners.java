package org.radkg.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;
import org.radkg.vocab.Slugs;

/**
 * Reads the organization that a generic event name spells out in full, where the article names that
 * organization nowhere else: "the 12th Annual Meeting of the Lakeland Society of Physics" and "the
 * Lakeland Society of Physics Annual Convention 2031" are the Lakeland Society of Physics's.
 */
final class UnnamedOwners {
  private static final NameClassifier CLASSIFIER = new NameClassifier();

  /**
   * The words of data/lexicon/generic-name-words.txt, in lower case (OwnedNames reads them too).
   */
  static final Set<String> GENERIC_WORDS =
      Set.copyOf(
          LexiconFiles.entries("generic-name-words").stream()
              .map(w -> w.toLowerCase(Locale.ROOT))
              .toList());

  // The words that make a generic name an event's: a program or a committee names no gathering.
  private static final Set<String> EVENT_HEADS =
      Set.copyOf(LexiconFiles.entries("generic-event-heads"));
  private static final Pattern EDITION_WORD =
      Pattern.compile("(?i)(?:19|20)\\d{2}|\\d{1,3}(?:st|nd|rd|th)|first|second|third");
  private static final Pattern OF_THE = Pattern.compile("(.+?)\\s+of\\s+the\\s+(\\p{Lu}.+)");
  // Words that may stand lower-case inside an organization's name.
  private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "and", "in", "on", "&");

  private UnnamedOwners() {}

  /**
   * The organization {@code eventLabel} states as its owner by its full name, if it does and none
   * of {@code named} (the article's organizations) is that one spelled another way.
   */
  static Optional<Entity> of(String eventLabel, java.util.Collection<Entity> named) {
    return of(eventLabel).filter(o -> named.stream().noneMatch(n -> sameWords(o, n)));
  }

  // "American Association of Medical Physicians" in a congress's name on a page that names the
  // "American Association of Physicists in Medicine": a misspelt name of the same organization
  // shares most of its words, compared by their first five letters.
  private static boolean sameWords(Entity a, Entity b) {
    Set<String> x = stems(a.label());
    Set<String> y = stems(b.label());
    long shared = x.stream().filter(y::contains).count();
    return shared > 0.6 * Math.max(x.size(), y.size());
  }

  private static Set<String> stems(String name) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !CONNECTORS.contains(w)) {
        out.add(w.length() > 5 ? w.substring(0, 5) : w);
      }
    }
    return out;
  }

  /** The organization {@code eventLabel} states as its owner by its full name, if it does. */
  static Optional<Entity> of(String eventLabel) {
    String[] words =
        Arrays.stream(eventLabel.split("\\s+"))
            .dropWhile(w -> EDITION_WORD.matcher(w).matches())
            .toArray(String[]::new);
    int end = words.length;
    while (end > 0 && EDITION_WORD.matcher(words[end - 1]).matches()) {
      end--;
    }
    String bare = String.join(" ", Arrays.copyOf(words, end));
    Matcher of = OF_THE.matcher(bare);
    if (of.matches() && isGenericEvent(of.group(1)) && isOrganizationName(of.group(2))) {
      return Optional.of(organization(of.group(2)));
    }
    // The shortest name before a generic tail: "X Society of Physics Annual Convention" is the
    // society's, not that of an "X Society of Physics Annual".
    String[] kept = Arrays.copyOf(words, end);
    for (int n = 3; n < kept.length; n++) {
      String prefix = String.join(" ", Arrays.copyOf(kept, n));
      String rest = String.join(" ", Arrays.copyOfRange(kept, n, kept.length));
      if (isGenericEvent(rest) && isOrganizationName(prefix)) {
        return Optional.of(organization(prefix));
      }
    }
    return Optional.empty();
  }

  private static boolean isGenericEvent(String name) {
    boolean head = false;
    for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!GENERIC_WORDS.contains(w) && !EDITION_WORD.matcher(w).matches()) {
        return false;
      }
      head |= EVENT_HEADS.contains(w);
    }
    return head;
  }

  // A name of three words or more, capitalized but for its connectors, whose head says it is an
  // organization, and one only ("A Society and B Society" is a joint meeting's pair of owners).
  private static boolean isOrganizationName(String name) {
    String[] words = name.split("\\s+");
    if (words.length < 3 || CONNECTORS.contains(words[words.length - 1])) {
      return false;
    }
    int heads = 0;
    for (String w : words) {
      if (CONNECTORS.contains(w)) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      if (CLASSIFIER.classify(w).filter(t -> t.contains(EntityType.ORGANIZATION)).isPresent()) {
        heads++;
      }
    }
    return heads == 1
        && CLASSIFIER.classify(name).filter(t -> t.contains(EntityType.ORGANIZATION)).isPresent();
  }

  private static Entity organization(String name) {
    Set<EntityType> types = CLASSIFIER.classify(name).orElseThrow();
    return new Entity(
        Slugs.of(name),
        name,
        null,
        new TreeSet<>(),
        java.util.EnumSet.copyOf(types),
        new TreeSet<>(),
        null);
  }
}
