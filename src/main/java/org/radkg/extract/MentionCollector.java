package org.radkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.Article;
import org.radkg.extract.place.PlaceMatch;
import org.radkg.extract.place.PlaceRecognizer;
import org.radkg.vocab.Slugs;

/**
 * Finds the entities an article names: the lexicon's names, acronyms the article defines, events,
 * people, places and capitalized name phrases typed by their head words, appositions or lists.
 */
final class MentionCollector {
  private final Lexicon lexicon;
  private final ReferenceData reference;
  private final AcronymDefinitionFinder acronyms = new AcronymDefinitionFinder();
  private final NamePhraseFinder phrases = new NamePhraseFinder();
  private final NameClassifier classifier = new NameClassifier();
  private final PersonFinder people = new PersonFinder();
  private final EventFinder events;

  MentionCollector(Lexicon lexicon, ReferenceData reference) {
    this.lexicon = lexicon;
    this.reference = reference;
    this.events = new EventFinder(lexicon);
  }

  /** Entities defined by acronym in {@code article} that the lexicon does not know yet. */
  List<Entity> newDefinitions(Article article) {
    List<Entity> out = new ArrayList<>();
    String text = article.source().text();
    for (AcronymDefinition d :
        definitions(
            text,
            article.start(),
            article.bodyEnd(),
            phrases.find(text, article.bodyBegin(), article.bodyEnd()))) {
      if (lexicon.lookup(d.acronym()).isEmpty()
          && lexicon.lookup(d.longForm()).isEmpty()
          && !afterPublicationWord(text, article.start(), d.longSpan().begin())) {
        definedEntity(d, text).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * The entities {@code article} names between {@code begin} and {@code end} of {@code text},
   * longest first where they overlap, in text order.
   */
  List<Mention> collect(Article article, String text, int begin, int end) {
    List<Mention> known = lexicon.find(text, begin, end);
    List<Mention> candidates = new ArrayList<>(events.find(text, begin, end, known));
    candidates.addAll(YearNamedProgrammes.find(text, begin, end));
    candidates.addAll(OrdinalMeetings.find(text, begin, end));
    candidates.addAll(NamedProjects.find(text, begin, end));
    candidates.addAll(NamedProjects.beforeLowercaseKind(text, begin, end, known));
    // Names the article itself defines come before the lexicon's reading of the same letters.
    List<Mention> defined = new ArrayList<>();
    // Title-case titles would make every title a "name": names are looked for in the body only.
    List<NamePhraseFinder.Candidate> phraseList = phrases.find(text, article.bodyBegin(), end);
    Map<String, Entity> local = new LinkedHashMap<>();
    Map<String, Entity> localNames = new java.util.HashMap<>();
    for (AcronymDefinition d : definitions(text, begin, end, phraseList)) {
      if (afterPublicationWord(text, begin, d.longSpan().begin())) {
        continue;
      }
      // The text's own definition wins: "Japan Radiology Congress (JRC)" is not the lexicon's
      // "JRC".
      Optional<Entity> e = lexicon.lookup(d.longForm()).or(() -> definedEntity(d, text));
      if (e.isEmpty()
          && lexicon.lookup(d.acronym()).isPresent()
          && !lexicon.lookup(d.longForm().replaceFirst("^\\S+\\s+", "")).isPresent()) {
        e =
            lexicon
                .lookup(d.acronym())
                .filter(
                    k ->
                        Lexicon.namesOf(k).stream()
                            .anyMatch(n -> d.longForm().endsWith(n) || n.endsWith(d.longForm())));
      }
      if (e.isPresent()) {
        // "the celebration of the International Day of X (IDX) on 7 November 2031": that year's
        // celebration, an event; the acronym keeps naming the day itself elsewhere.
        defined.add(
            EventFinder.withCelebrationYear(
                new Mention(e.get(), d.longSpan().begin(), d.longSpan().end()), text, end));
        defined.add(new Mention(e.get(), d.acronymSpan().begin(), d.acronymSpan().end()));
        local.putIfAbsent(d.acronym(), e.get());
        // "the IG Alliance" after "the Image Gently (IG) Alliance": another name the article gave
        // its entity.
        String headed = InfixAcronyms.headedAcronym(d, text);
        if (headed != null) {
          localNames.putIfAbsent(headed, e.get());
        }
      }
    }
    // An acronym defined once names its entity everywhere else in the article.
    for (Map.Entry<String, Entity> def : local.entrySet()) {
      addUses(def.getKey(), def.getValue(), text, begin, end, defined);
    }
    candidates.addAll(defined);
    candidates.addAll(known);
    List<PlaceMatch> places = reference.places().find(text.substring(begin, end));
    // "Boston Scientific", "Ishikawa Prefecture": a place name running into another capitalized
    // word is part of a name.
    List<PlaceMatch> found = places;
    places = places.stream().filter(p -> !continuedName(text, begin, end, p, found)).toList();
    // "Università di Pisa", "University of Bergen": the city completing a name is not a place
    // named.
    places = PlacesInNames.outsideNames(text, begin, places);
    List<PlaceMatch> placed = places;
    // "Laurel, MD – The society ...": a city its state settles is not a person with a degree.
    List<Mention> persons =
        people
            .find(
                text,
                begin,
                end,
                span ->
                    placed.stream()
                        .anyMatch(
                            p -> begin + p.begin() < span.end() && span.begin() < begin + p.end()))
            .stream()
            .filter(
                h ->
                    placed.stream()
                        .noneMatch(
                            p ->
                                p.strong()
                                    && begin + p.begin() == h.begin()
                                    && begin + p.end() == h.end()))
            .toList();
    candidates.addAll(persons);
    for (PlaceMatch p : places) {
      if (p.strong()) {
        candidates.add(new Mention(p.place(), begin + p.begin(), begin + p.end()));
      }
    }
    List<NamePhraseFinder.Candidate> headless = new ArrayList<>();
    Map<String, Entity> shortForms = new LinkedHashMap<>();
    for (NamePhraseFinder.Candidate raw : phraseList) {
      NamePhraseFinder.Candidate c =
          NameRepairs.repaired(raw, places, begin, text, persons, defined, known, classifier);
      if (c == null || afterPublicationWord(text, begin, c.span().begin())) {
        continue;
      }
      java.util.Set<EntityType> types = appositiveType(text, c.span().end()).orElse(c.types());
      if (types.isEmpty()) {
        types = copulaType(text, c.span().end()).orElse(types);
      }
      if (types.isEmpty()
          && LAUNCHED_BEFORE
              .matcher(text.substring(Math.max(begin, c.span().begin() - 60), c.span().begin()))
              .find()) {
        // "the College launched Team Working in Clinical Imaging": what is launched is a program.
        types = java.util.EnumSet.of(EntityType.INITIATIVE);
      }
      if (types.isEmpty() && !isPlace(c, places, begin)) {
        // "courtesy of Brenwick Medical", "Harlow Health announced": the frame says what a headless
        // name is.
        Optional<NamePhraseFinder.Candidate> framed = OrganizationFrames.typed(c, text, begin);
        if (framed.isPresent()) {
          c = framed.get();
          types = c.types();
        }
      }
      if (types.isEmpty()) {
        headless.add(c);
        continue;
      }
      NamePhraseFinder.Candidate named =
          NameRepairs.withYearBefore(
              new NamePhraseFinder.Candidate(c.name(), c.span(), types), text, begin);
      Entity e =
          Optional.ofNullable(localNames.get(named.name()))
              .or(() -> lexicon.lookup(named.name()))
              .orElseGet(
                  () ->
                      new Entity(
                          Slugs.of(named.name()),
                          named.name(),
                          null,
                          new TreeSet<>(),
                          named.types(),
                          new TreeSet<>(),
                          null));
      String lead = e.acronym() == null ? LeadingAcronyms.of(named.name()) : null;
      if (lead != null && lexicon.lookup(lead).isEmpty()) {
        e = LeadingAcronyms.withAcronym(e, lead);
        shortForms.putIfAbsent(lead, e);
      }
      candidates.add(
          EventFinder.withSubtitle(
              EventFinder.withYearAfter(
                  new Mention(e, named.span().begin(), named.span().end()), text, end),
              text,
              end));
    }
    // "CONCERT is operating as ..." after "the CONCERT-European Joint Programme ...": the short
    // form names it.
    for (Map.Entry<String, Entity> s : shortForms.entrySet()) {
      addUses(s.getKey(), s.getValue(), text, begin, end, candidates);
    }
    for (PlaceMatch p : places) {
      if (!p.strong()) {
        candidates.add(new Mention(p.place(), begin + p.begin(), begin + p.end()));
      }
    }
    List<Mention> listed =
        HeadlessOrganizations.add(
            listedOrganizations(MentionSet.longestNonOverlapping(candidates), headless, text),
            headless,
            text,
            begin);
    listed =
        ArticleNameUses.resolve(
            listed, text, begin, end, label -> lexicon.lookup(label).isPresent());
    // "University of California, Irvine": a campus university's city belongs to its name.
    listed = CampusNames.joined(listed, text, reference.places());
    return parentheticalAcronyms(ListedAcronyms.add(listed, text, begin, end), text, end);
  }

  // "New Zealand announced ...": a place the gazetteer knows is not a headless organization.
  private static boolean isPlace(NamePhraseFinder.Candidate c, List<PlaceMatch> places, int begin) {
    return places.stream()
        .anyMatch(p -> begin + p.begin() <= c.span().begin() && c.span().end() <= begin + p.end());
  }

  private static final Pattern PUBLICATION_WORD =
      Pattern.compile("\\b(?:journal|magazine|newsletter|newspaper|book)\\s+$");

  // "co-published in the journal CardioVascular and Interventional Radiology (CVIR)": a journal's
  // title is no entity.
  private static boolean afterPublicationWord(String text, int begin, int at) {
    return PUBLICATION_WORD.matcher(text.substring(Math.max(begin, at - 12), at)).find();
  }

  // Acronyms recur across articles: their patterns are compiled once.
  private static final Map<String, Pattern> ACRONYM_USES =
      new java.util.concurrent.ConcurrentHashMap<>();

  // Every use of {@code acronym} as a word of its own in {@code text[begin, end)} names {@code e}.
  private static void addUses(
      String acronym, Entity e, String text, int begin, int end, List<Mention> into) {
    Matcher m =
        ACRONYM_USES
            .computeIfAbsent(
                acronym,
                k -> Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(k) + "(?![\\p{L}\\d])"))
            .matcher(text);
    m.region(begin, end);
    while (m.find()) {
      into.add(new Mention(e, m.start(), m.end()));
    }
  }

  private static final Pattern LAUNCHED_BEFORE =
      Pattern.compile(
          "\\b(?:launch(?:ed|es)?|introduc(?:ed|es)|unveil(?:ed|s)|publish(?:ed|es)|releas(?:ed|es)|announc(?:ed|es)|start(?:ed|s)"
              + "|establish(?:ed|es)|creat(?:ed|es)|opened|opens|inaugurat(?:ed|es)|adopt(?:ed|s)|issu(?:ed|es))\\s+"
              + "(?:(?:the|a|an|its|their|our|his|her|new|first|[\\p{Ll}-]+)\\s+){0,4}[‘“\"]?$");

  private static final Pattern LIST_GLUE =
      Pattern.compile(
          "^\\s*(?:,\\s*(?:and\\s+|as well as\\s+)?|\\s+and\\s+|;\\s*(?:and\\s+)?)(?:the\\s+)?$");

  // "the CAMRT, the COMP and Canada Health Infoway": a name listed among organizations is one too.
  private static List<Mention> listedOrganizations(
      List<Mention> mentions, List<NamePhraseFinder.Candidate> headless, String text) {
    List<Mention> out = new ArrayList<>(mentions);
    for (NamePhraseFinder.Candidate c : headless) {
      boolean free =
          out.stream().noneMatch(m -> m.begin() < c.span().end() && c.span().begin() < m.end());
      if (!free || acronymBeforeCommonWords(c.name())) {
        continue;
      }
      boolean listed = false;
      for (Mention m : out) {
        if (!m.entity().primaryType().isOrganization()) {
          continue;
        }
        // "Xu Lin, Department of Radiology, Harbin Hospital": a bare comma before a unit of no one
        // in particular
        // starts an affiliation line after a person, not a list of organizations.
        if (c.span().end() <= m.begin()
            && UnitNames.isUnit(m.entity().label())
            && text.substring(c.span().end(), m.begin()).strip().equals(",")) {
          continue;
        }
        if (m.end() <= c.span().begin()
            && c.span().begin() - m.end() < 16
            && LIST_GLUE.matcher(text.substring(m.end(), c.span().begin())).matches()) {
          listed = true;
        }
        if (c.span().end() <= m.begin()
            && m.begin() - c.span().end() < 16
            && LIST_GLUE.matcher(text.substring(c.span().end(), m.begin())).matches()) {
          listed = true;
        }
      }
      if (listed) {
        out.add(
            new Mention(
                HeadlessOrganizations.organization(c.name()), c.span().begin(), c.span().end()));
      }
    }
    out.sort(Lexicon.BY_POSITION);
    return out;
  }

  // "IFMBE, IOMP, CSBMEMD Welcome Addresses": an acronym then ordinary words is the acronym,
  // listed, and a
  // heading after it ("Welcome Addresses"); the acronym alone is read as listed ({@link
  // ListedAcronyms}).
  private static boolean acronymBeforeCommonWords(String name) {
    String[] words = name.split(" ");
    if (words.length < 2 || !AcronymDefinitionFinder.isAcronymLike(words[0])) {
      return false;
    }
    for (int i = 1; i < words.length; i++) {
      if (!EnglishWords.contains(words[i].toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern APPOSITIVE =
      Pattern.compile(
          "^(?:\\s*\\([^()\\n]{1,20}\\)|\\))?,\\s+(?:a|an)\\s+(?:(?:[\\p{Ll}-]+|\\p{Lu}[\\p{L}.]*-based)\\s+){0,3}?(program|programme|initiative|project|registry|platform|campaign|course|study|network|coalition|alliance|consortium|partnership|scheme|series|award|grant|fellowship|curriculum|toolkit|database|webinar|conference|congress|symposium|workshop"
              + "|company|firm|provider|publisher|manufacturer|vendor|startup|nonprofit|charity|practice|insurer|distributor"
              // "Harlow Health, a nonprofit health system", "Quillon Labs, a research group": kinds
              // of organization.
              + "|(?:health|healthcare|health care|hospital) system|group|body|organi[sz]ation|society|association|federation|foundation"
              + "|agency|institute|university|hospital|clinic|laboratory)\\b");
  // "Euro-Imaging (EUI) is the pan-European infrastructure project for ...": a copula says what a
  // name is,
  // unless the head word goes on as a compound ("is a program director").
  private static final Pattern COPULA =
      Pattern.compile(
          "^(?:\\s*\\([^()\\n]{1,20}\\)|\\))?\\s+(?:is|was)\\s+(?:a|an|the)\\s+(?:(?:\\p{Ll}[\\p{L}-]*|\\p{Lu}[\\p{L}.]*-based)\\s+){0,3}?"
              + "(program|programme|initiative|project|registry|platform|campaign|course|study|network|coalition|alliance|consortium"
              + "|partnership|scheme|database|infrastructure|society|association|federation|company|firm|provider|manufacturer|vendor"
              + "|startup|nonprofit|charity|practice|insurer|hospital|university|foundation|agency)"
              + "(?=\\s*[,.;:)]|\\s+(?:that|which|for|of|in|to|and|with|by|at|on|from|led|run|funded|based|launched|aimed|designed|dedicated|focused)\\b)");
  private static final Pattern WORDS_AFTER_ACRONYM =
      Pattern.compile("^\\)?\\s*([\\p{Ll}-]+)(?:\\s+(\\p{Ll}+))?");
  private static final Pattern PLURAL = Pattern.compile("\\p{Ll}{2,}(?<![su])s");
  private static final Pattern INITIATIVE_AFTER_ACRONYM =
      Pattern.compile(
          "^\\)\\s*(project|programme|program|initiative|registry|study|network|platform)\\b");
  private static final Pattern CONTINUED =
      Pattern.compile("^ (?!(?:and|or|of|in|on|at|for|to|from|the)\\b)\\p{Lu}\\p{Ll}");

  /**
   * "Boston Scientific", "Ishikawa Prefecture": a place name running into another capitalized word
   * is part of a name; not when that word begins another place ("in Mumbai India") or a venue named
   * after the city.
   */
  private static boolean continuedName(
      String text, int begin, int end, PlaceMatch p, List<PlaceMatch> places) {
    String after = text.substring(begin + p.end(), Math.min(end, begin + p.end() + 40));
    if (!CONTINUED.matcher(after).lookingAt()) {
      return false;
    }
    // A venue named after a country ("the Oman Convention and Exhibition Centre") is an
    // organization's name.
    if (p.place().primaryType() == EntityType.CITY
        && PlaceRecognizer.venueFollows(text, begin + p.end())) {
      return false;
    }
    return places.stream()
        .noneMatch(q -> q.begin() == p.end() + 1 && q.place().primaryType() == EntityType.COUNTRY);
  }

  // "the SNMMI Global Theranostics Training Centers, a program offering ...": the apposition says
  // what it is.
  private Optional<java.util.Set<EntityType>> appositiveType(String text, int at) {
    Matcher m = APPOSITIVE.matcher(text.substring(at, Math.min(text.length(), at + 60)));
    if (!m.find()) {
      return Optional.empty();
    }
    return m.group(1).endsWith(" system")
        ? Optional.of(EnumSet.of(EntityType.ORGANIZATION))
        : classifier.classifyTrailing(m.group(1));
  }

  // The type a copula right after a name gives it: "X (XY) is the national screening programme for
  // ...".
  private Optional<java.util.Set<EntityType>> copulaType(String text, int at) {
    Matcher m = COPULA.matcher(text.substring(at, Math.min(text.length(), at + 100)));
    return m.find()
        ? classifier.classifyTrailing(m.group(1)).or(() -> classifier.classify(m.group(1)))
        : Optional.empty();
  }

  private static final Pattern PAREN_ACRONYM =
      Pattern.compile("^\\s*\\(\\s*(\\p{Lu}[\\p{L}0-9&/-]{1,12})(?:\\s+((?:19|20)\\d{2}))?\\s*\\)");

  // "European Stroke Organisation Conference 2024 (ESOC 2024)": a parenthesis whose letters fit the
  // name
  // before it is that name's acronym, whatever the lexicon says the letters mean elsewhere.
  private static List<Mention> parentheticalAcronyms(List<Mention> mentions, String text, int end) {
    List<Mention> out = new ArrayList<>(mentions);
    for (int i = 0; i < out.size(); i++) {
      Mention m = out.get(i);
      Entity e = m.entity();
      if (e.primaryType().isPlace() || e.is(EntityType.PERSON) || e.acronym() != null) {
        continue;
      }
      Matcher p = PAREN_ACRONYM.matcher(text.substring(m.end(), Math.min(end, m.end() + 30)));
      if (!p.find()) {
        continue;
      }
      String letters = p.group(1);
      String bare = e.label().replaceFirst("\\s+(?:19|20)\\d{2}$", "");
      if (!AcronymDefinitionFinder.isAcronymLike(letters)
          || AcronymDefinitionFinder.longFormFor(letters, bare) == null) {
        continue;
      }
      String acronym = p.group(2) == null ? letters : letters + " " + p.group(2);
      TreeSet<String> alt = new TreeSet<>(e.altLabels());
      alt.add(acronym);
      Entity named =
          new Entity(e.slug(), e.label(), acronym, alt, e.types(), e.sameAs(), e.containedIn());
      // "the International Conference on X (IMIC 2016)": the year in the acronym names the edition
      // the sentence speaks of, so the conference named without it is that year's.
      if (p.group(2) != null && e.is(EntityType.EVENT) && bare.equals(e.label())) {
        TreeSet<String> seriesAlt = new TreeSet<>(e.altLabels());
        seriesAlt.add(letters);
        named =
            EventFinder.edition(
                new Entity(e.slug(), e.label(), letters, seriesAlt, e.types(), e.sameAs(), null),
                p.group(2));
      }
      Span paren = new Span(m.end() + p.start(1), m.end() + p.end(p.group(2) == null ? 1 : 2));
      out.set(i, new Mention(named, m.begin(), m.end()));
      out.removeIf(o -> o.begin() < paren.end() && paren.begin() < o.end());
      int at = 0;
      while (at < out.size() && out.get(at).begin() < paren.begin()) {
        at++;
      }
      out.add(at, new Mention(named, paren.begin(), paren.end()));
    }
    return out;
  }

  // Schwartz-Hearst stops at the first word the acronym's letters need ("Agency for Medical
  // Research and
  // Development (AMED)"); a capitalized name that ends where the long form ends is the fuller name
  // ("Japan Agency for Medical Research and Development").
  private List<AcronymDefinition> definitions(
      String text, int begin, int end, List<NamePhraseFinder.Candidate> names) {
    List<AcronymDefinition> out = new ArrayList<>();
    for (AcronymDefinition d : acronyms.find(text, begin, end)) {
      AcronymDefinition best = d;
      for (NamePhraseFinder.Candidate c : names) {
        if (c.span().end() == d.longSpan().end()
            && c.span().begin() < d.longSpan().begin()
            && d.longSpan().begin() - c.span().begin() < 40) {
          best = new AcronymDefinition(c.name(), c.span(), d.acronym(), d.acronymSpan());
        }
      }
      out.add(best);
    }
    return out;
  }

  private Optional<Entity> definedEntity(AcronymDefinition d, String text) {
    Optional<Set<EntityType>> types = classifier.classify(d.longForm());
    if (types.isEmpty()) {
      // "(OSN) interest group", "(EUCAIM) project": the word after the parenthesis says what it is.
      Matcher after =
          WORDS_AFTER_ACRONYM.matcher(
              text.substring(
                  d.acronymSpan().end(), Math.min(text.length(), d.acronymSpan().end() + 40)));
      // "Positron Emission Tomography (PET) centres": a plural after the acronym makes it a
      // modifier of many
      // things (a technique, a field), not the name of one.
      if (after.find()) {
        // The first word ("(PPII) project was ...") or the second ("(OSN) interest group"), if
        // singular.
        types = singularHead(after.group(1)).or(() -> singularHead(after.group(2)));
      }
      if (types.isEmpty()) {
        // "Euro-Imaging (EUI) is the pan-European research infrastructure project": even one word
        // is then a name.
        types =
            appositiveType(text, d.acronymSpan().end())
                .or(() -> copulaType(text, d.acronymSpan().end()));
        if (types.isPresent()) {
          return Optional.of(named(d, text, types.get()));
        }
      }
    } else {
      Matcher after =
          INITIATIVE_AFTER_ACRONYM.matcher(
              text.substring(
                  d.acronymSpan().end(), Math.min(text.length(), d.acronymSpan().end() + 30)));
      if (after.find()) {
        types = Optional.of(EnumSet.of(EntityType.INITIATIVE));
      }
      // "the Pacific Radiology Training Network (PRTN), a three-year program": the apposition says
      // what it is.
      Optional<Set<EntityType>> apposed = appositiveType(text, d.acronymSpan().end());
      if (apposed.isPresent()) {
        types = apposed;
      }
    }
    if (types.isEmpty() || d.longForm().split("\\s+").length < 2) {
      return Optional.empty();
    }
    return Optional.of(named(d, text, types.get()));
  }

  private Optional<Set<EntityType>> singularHead(String word) {
    return word == null || PLURAL.matcher(word).matches()
        ? Optional.empty()
        : classifier.classifyTrailing(word);
  }

  private static Entity named(AcronymDefinition d, String text, Set<EntityType> types) {
    String label = normalizeCase(d.longForm());
    TreeSet<String> alt = new TreeSet<>();
    alt.add(d.acronym());
    if (!label.equals(d.longForm())) {
      alt.add(d.longForm());
    }
    String headed = InfixAcronyms.headedAcronym(d, text);
    if (headed != null) {
      alt.add(headed);
    }
    return new Entity(Slugs.of(label), label, d.acronym(), alt, types, new TreeSet<>(), null);
  }

  // "EUropean Federation for CAncer IMages" has its acronym letters capitalized: write it normally.
  private static String normalizeCase(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split(" ")) {
      if (w.matches("\\p{Lu}{2,}\\p{Ll}+")) {
        w = w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
      }
      b.append(b.length() == 0 ? "" : " ").append(w);
    }
    return b.toString();
  }
}
