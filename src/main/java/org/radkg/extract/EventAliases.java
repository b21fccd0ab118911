package org.radkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each event edition of an article every name the text gives it, as altLabels, while its IRI
 * and rdfs:label stay as the resolvers made them: the name as written with its ordinal ("the 7th
 * Pan Arab Congress" of the edition labelled "Pan Arab Congress 2014"), the written name with the
 * edition's year ("the 45th Autumn Scientific Congress" of "JSRT Autumn Scientific Congress 2017"
 * is also "Autumn Scientific Congress 2017"), and the acronym edition glued as written ("JRC2020").
 * A name two editions of the article would share is given to neither, so that one name always means
 * one edition.
 */
final class EventAliases {
  private static final Pattern YEAR_AT_END = Pattern.compile("\\s((?:19|20)\\d{2})$");
  private static final Pattern HAS_YEAR = Pattern.compile("(?:19|20)\\d{2}(?!\\d)");
  // "51st", "first", and as other languages write it: "45°", "6º", "41.", "XIII".
  private static final Pattern LEADING_ORDINAL =
      Pattern.compile(
          "^(?:\\d{1,3}(?:st|nd|rd|th|°|º|ª|\\.)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
              + "|(?-i:(?=[IVXLC]{2,}\\s)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})))\\s+",
          Pattern.CASE_INSENSITIVE);
  // A short name with a year in parentheses right after an edition's name: "(SNMICON-2010)",
  // "(KRTA 2019)".
  private static final Pattern PAREN_DATED_NAME =
      Pattern.compile("\\s*\\(\\s*(\\p{Lu}[\\p{L}\\d&]{1,14}[- ]?(?:19|20)\\d{2})\\s*\\)");
  // The year an alias of the edition ends with: "SNMICON-2010", "ECR 2019", "JRC2020".
  private static final Pattern ALIAS_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})$");
  private static final Pattern LEADING_YEAR = Pattern.compile("^(?:19|20)\\d{2}\\s+");
  private static final Pattern LEADING_YEAR_DATE = Pattern.compile("^((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern LEADING_THE = Pattern.compile("^(?:the|The)\\s+");
  private static final Pattern ACRONYM_EDITION =
      Pattern.compile("^(\\p{Lu}[\\p{Lu}\\d]{1,9}) ((?:19|20)\\d{2})$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern UPPER = Pattern.compile("\\p{Lu}");
  // A generic written name shorter than this is its owner's, too generic to name one edition
  // ("World Congress 2023").
  private static final int MIN_WORDS = 3;

  private EventAliases() {}

  // "the 25th Conference of the Society 2031 namely the “Nordic Conference on Imaging 2031”", "X,
  // also known as Y":
  // the second name renames the event the first one named.
  private static final Pattern RENAMING =
      Pattern.compile(
          "^\\s*,?\\s*\\(?(?:namely|i\\.\\s?e\\.,?|also\\s+known\\s+as|better\\s+known\\s+as|a\\.k\\.a\\.)\\s+(?:the\\s+)?[“\"‘']?$");

  private static final Pattern RENAMING_WORD =
      Pattern.compile("^\\s*,?\\s*\\(?(?:namely|i\\.\\s?e\\.|also\\s|better\\s|a\\.k\\.a\\.)");

  /**
   * Replaces, in {@code mentions}, each event edition by one that also carries the names {@code
   * text} gives it.
   */
  static void add(String text, List<Mention> mentions) {
    renamed(text, mentions);
    Map<String, Set<String>> aliasesOf = new LinkedHashMap<>(); // entity key -> names found for it
    for (Mention m : mentions) {
      if (m.entity().is(EntityType.EVENT)) {
        aliasesOf.computeIfAbsent(m.entity().key(), k -> new TreeSet<>()).addAll(written(text, m));
      }
    }
    give(mentions, aliasesOf);
  }

  // Each event an apposition renames ("A namely B") becomes the event of its new name, everywhere
  // in the article.
  private static void renamed(String text, List<Mention> mentions) {
    Map<String, Entity> renamedTo = new HashMap<>();
    for (Mention a : mentions) {
      // Only an event followed by a renaming word looks for the event after it: no scan of all
      // mentions per mention.
      if (!a.entity().is(EntityType.EVENT)
          || !RENAMING_WORD
              .matcher(text.substring(a.end(), Math.min(text.length(), a.end() + 24)))
              .find()) {
        continue;
      }
      for (Mention b : mentions) {
        if (b.begin() > a.end()
            && b.begin() - a.end() <= 30
            && b.entity().is(EntityType.EVENT)
            && !b.entity().key().equals(a.entity().key())
            && RENAMING.matcher(text.substring(a.end(), b.begin())).find()) {
          renamedTo.putIfAbsent(a.entity().key(), b.entity());
        }
      }
    }
    if (renamedTo.isEmpty()) {
      return;
    }
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Entity to = renamedTo.get(m.entity().key());
      if (to != null) {
        mentions.set(i, new Mention(to, m.begin(), m.end()));
      }
    }
  }

  /**
   * Once the article's facts are read, gives each event edition the names of its series with the
   * edition's year, as annotators name an edition ("the 11th Scientific Meeting of the X Society",
   * held in June 2014, is "Scientific Meeting of the X Society 2014"), and each such name with its
   * owner's acronym spelled out or its owner's name abbreviated as the article defines them ("2009
   * EANM Congress" is "European Association of Nuclear Medicine Congress 2009"); returns {@code
   * found} with its events renamed alike.
   */
  static List<Relation> addDated(
      String text, List<Mention> mentions, List<Relation> found, Integer referenceYear) {
    Map<String, Set<String>> startYears = new HashMap<>();
    for (Relation r : found) {
      if (r.predicate() == Predicate.START_DATE
          && r.subject().is(EntityType.EVENT)
          && r.object() instanceof LiteralValue v) {
        Matcher y = LEADING_YEAR_DATE.matcher(v.lexical());
        if (y.find()) {
          startYears.computeIfAbsent(r.subject().key(), k -> new TreeSet<>()).add(y.group(1));
        }
      }
    }
    OwnerNames owners = OwnerNames.of(mentions);
    Map<String, Set<String>> aliasesOf = new LinkedHashMap<>();
    for (Mention m : mentions) {
      Entity e = m.entity();
      if (!e.is(EntityType.EVENT)) {
        continue;
      }
      Set<String> years = startYears.getOrDefault(e.key(), Set.of());
      Matcher y = YEAR_AT_END.matcher(e.label());
      // A year of its own name first; else the one year its start date gives; else the year the
      // article is written in: annotators date an edition the article gives no date of its own to
      // the year of the article ("the 6th Conference on X began", "the ASM in Melbourne" in a 2031
      // newsletter). Only an altLabel: a series name without a year keeps matching as written.
      // An alias written with its year ("the 42nd Annual Conference (SNMICON-2010)") dates the
      // edition as its own name would.
      Set<String> aliasYears = aliasYears(e);
      String year =
          y.find()
              ? y.group(1)
              : aliasYears.size() == 1
                  ? aliasYears.iterator().next()
                  : years.size() == 1
                      ? years.iterator().next()
                      : years.isEmpty() && referenceYear != null ? referenceYear.toString() : null;
      Set<String> names = aliasesOf.computeIfAbsent(e.key(), k -> new TreeSet<>());
      // "the KRTA's 51st Annual Meeting" owned as "51st Korean ... Association Annual Meeting" is
      // the "51st KRTA Annual Meeting" too.
      for (String n : Lexicon.namesOf(e)) {
        names.addAll(respelled(n, owners));
      }
      if (year != null) {
        names.addAll(dated(text, m, year, owners));
      }
    }
    Map<String, Entity> renamed = give(mentions, aliasesOf);
    List<Relation> out = new ArrayList<>(found.size());
    for (Relation r : found) {
      Entity s = renamed.getOrDefault(r.subject().key(), r.subject());
      Term o = r.object() instanceof Entity e ? renamed.getOrDefault(e.key(), e) : r.object();
      out.add(
          s == r.subject() && o == r.object()
              ? r
              : new Relation(s, r.predicate(), o, r.evidence(), r.method()));
    }
    return out;
  }

  private static Set<String> aliasYears(Entity e) {
    Set<String> out = new TreeSet<>();
    for (String a : e.altLabels()) {
      Matcher y = ALIAS_YEAR.matcher(a.strip());
      if (y.find()) {
        out.add(y.group(1));
      }
    }
    return out;
  }

  // The series names of one edition (its label's and the mention's words, without ordinal or year)
  // with its year.
  private static Set<String> dated(String text, Mention m, String year, OwnerNames owners) {
    Set<String> series = new TreeSet<>();
    series.add(undated(m.entity().label()));
    String stated =
        LEADING_THE
            .matcher(SPACES.matcher(text.substring(m.begin(), m.end())).replaceAll(" ").strip())
            .replaceFirst("");
    if (stated.indexOf('(') < 0 && UPPER.matcher(stated).find()) {
      series.add(undated(stated)); // "the 100th RSNA annual meeting": the words as written
    }
    Set<String> out =
        new TreeSet<>(
            String.CASE_INSENSITIVE_ORDER); // "EANM congress 2009" and "EANM Congress 2009" are one
    // name
    for (String s : series) {
      for (String v : owners.spellings(s)) {
        boolean ownName =
            v.split(" ").length >= MIN_WORDS
                || !OwnedNames.isGeneric(Entity.of("x", v, EntityType.EVENT));
        if (!v.isEmpty() && ownName) {
          out.add(v + " " + year);
        }
      }
    }
    return out;
  }

  // The name with its owner spelled the other way, between the ordinal it may start with and the
  // year it may end with.
  private static Set<String> respelled(String name, OwnerNames owners) {
    Matcher o = LEADING_ORDINAL.matcher(name);
    String ordinal = o.find() ? o.group() : "";
    Matcher y = YEAR_AT_END.matcher(name);
    String year = y.find() ? y.group() : "";
    String core = name.substring(ordinal.length(), name.length() - year.length());
    if (HAS_YEAR.matcher(core).find()) {
      return Set
          .of(); // "ESO Conference2024", "2024 ESO Conference": respelled only from the name with
      // its year at the end
    }
    Set<String> out = new TreeSet<>();
    for (String v : owners.spellings(core)) {
      out.add(ordinal + v + year);
    }
    out.remove(name);
    return out;
  }

  // The ordinal a name starts with, in lower case ("11th", "first"); null when it starts with none.
  private static String ordinalOf(String name) {
    Matcher o = LEADING_ORDINAL.matcher(name);
    return o.find() ? o.group().strip().toLowerCase(Locale.ROOT) : null;
  }

  private static String undated(String name) {
    String s = YEAR_AT_END.matcher(name).replaceFirst("");
    s = LEADING_YEAR.matcher(s).replaceFirst("");
    return LEADING_ORDINAL.matcher(s).replaceFirst("").strip();
  }

  // Replaces each event by one that also carries the names found for it, unless another entity has
  // or would have one.
  private static Map<String, Entity> give(
      List<Mention> mentions, Map<String, Set<String>> aliasesOf) {
    // "the 5th and the 6th Congress" made one edition: neither ordinal names it.
    aliasesOf
        .values()
        .forEach(
            names -> {
              if (names.stream()
                      .map(EventAliases::ordinalOf)
                      .filter(o -> o != null)
                      .distinct()
                      .count()
                  > 1) {
                names.removeIf(n -> LEADING_ORDINAL.matcher(n).find());
              }
            });
    if (aliasesOf.values().stream().allMatch(Set::isEmpty)) {
      return Map.of();
    }
    // Every name an entity of the article already has, and which entities would carry each new
    // name.
    Map<String, String> ownerOfName = new HashMap<>();
    for (Mention m : mentions) {
      for (String n : Lexicon.namesOf(m.entity())) {
        ownerOfName.merge(key(n), m.entity().key(), (a, b) -> a.equals(b) ? a : "");
      }
    }
    Map<String, String> claimedBy = new HashMap<>();
    aliasesOf.forEach(
        (entity, names) ->
            names.forEach(n -> claimedBy.merge(key(n), entity, (a, b) -> a.equals(b) ? a : "")));
    Map<String, Entity> enriched = new HashMap<>();
    for (Mention m : mentions) {
      Entity e = m.entity();
      if (!aliasesOf.containsKey(e.key()) || enriched.containsKey(e.key())) {
        continue;
      }
      TreeSet<String> alt = new TreeSet<>(e.altLabels());
      for (String n : aliasesOf.get(e.key())) {
        String k = key(n);
        String owner = ownerOfName.get(k);
        if (claimedBy.get(k).equals(e.key())
            && (owner == null || owner.equals(e.key()))
            && !k.equals(key(e.label()))) {
          alt.add(n);
        }
      }
      enriched.put(e.key(), alt.equals(e.altLabels()) ? e : e.withAltLabels(alt));
    }
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Entity e = enriched.get(m.entity().key());
      if (e != null && e != m.entity()) {
        mentions.set(i, new Mention(e, m.begin(), m.end()));
      }
    }
    return enriched;
  }

  // The names of one edition that the mention's own words give it.
  private static List<String> written(String text, Mention m) {
    List<String> out = new ArrayList<>();
    Entity e = m.entity();
    Matcher shortName =
        PAREN_DATED_NAME.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
    if (shortName.lookingAt()) {
      out.add(shortName.group(1)); // "the 42nd Annual Conference of X (SNMICON-2010)"
    }
    Matcher glued = ACRONYM_EDITION.matcher(e.label());
    if (glued.matches()) {
      out.add(glued.group(1) + glued.group(2));
    }
    String stated =
        LEADING_THE
            .matcher(SPACES.matcher(text.substring(m.begin(), m.end())).replaceAll(" ").strip())
            .replaceFirst("");
    if (stated.isEmpty() || !UPPER.matcher(stated).find()) {
      return out; // "annual meeting": a generic phrase is its owner's name, not one of its own
    }
    Matcher y = YEAR_AT_END.matcher(e.label());
    String year = y.find() ? y.group(1) : null;
    boolean statedYear = HAS_YEAR.matcher(stated).find();
    Matcher ordinalInside = LEADING_ORDINAL.matcher(stated);
    String ordinal = ordinalInside.find() ? ordinalInside.group().strip() : ordinalBefore(text, m);
    String bare = LEADING_ORDINAL.matcher(stated).replaceFirst("");
    if (statedYear) {
      if (stated.indexOf('(') < 0) {
        out.add(stated); // "JRC2020", "2014 Pan Arab Congress": a dated name as written fixes its
        // edition; "X (XY 2015)" is two
        // "the 81st Annual Meeting of the X 2022": counted and dated, it goes by its count too.
        String undatedBare = undated(bare);
        if (ordinal != null && undatedBare.split(" ").length >= MIN_WORDS) {
          out.add(capitalized(ordinal) + " " + undatedBare);
        }
      }
      return out;
    }
    boolean ownName =
        bare.split(" ").length >= MIN_WORDS
            || !OwnedNames.isGeneric(Entity.of("x", bare, EntityType.EVENT));
    if (ordinal != null && ownName) {
      out.add(capitalized(ordinal) + " " + bare);
    }
    if (year != null && ownName) {
      out.add(bare + " " + year);
      // "World Radiography Day" of the edition labelled "World Radiography Day 2016": the name
      // the text gives the edition, as written (unless the article's series goes by it).
      if (ordinal == null) {
        out.add(bare);
      }
    }
    return out;
  }

  private static String ordinalBefore(String text, Mention m) {
    int lineStart = text.lastIndexOf('\n', m.begin() - 1) + 1;
    Matcher o =
        OrdinalEditions.ORDINAL_BEFORE.matcher(
            text.substring(Math.max(lineStart, m.begin() - 16), m.begin()));
    return o.find() ? o.group(1) : null;
  }

  private static String capitalized(String ordinal) {
    return ordinal.substring(0, 1).toUpperCase(Locale.ROOT)
        + ordinal.substring(1).toLowerCase(Locale.ROOT);
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
