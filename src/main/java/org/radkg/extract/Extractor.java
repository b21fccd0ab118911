package org.radkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.radkg.corpus.SocietySection;
import org.radkg.extract.place.PlaceMatch;
import org.radkg.vocab.Slugs;

/**
 * Reads one article and returns what it states: the entities it names and the relations between
 * them, each with its evidence sentence. Pure and thread-safe: the same article and lexicon always
 * give the same findings, and nothing is read or written but the arguments.
 */
public final class Extractor {
  // Patterns compiled once, not at every call (String.matches and replaceAll compile theirs each time).
  private static final java.util.regex.Pattern LEAD_IN = java.util.regex.Pattern.compile("^[\\s,]*(?:(?:of|at|from|the)\\s+)*");
  // "X-Ray Consultants in Northwest Indiana": a compass word before the place is part of where, not of the name.
  private static final java.util.regex.Pattern IN_AT_END = java.util.regex.Pattern.compile(
      "\\s+(?:in|at)\\s+(?:the\\s+)?(?:(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northwest|Northeast"
          + "|Southwest|Southeast|Upstate|Downstate|Greater|Rural|Metro)\\s+){0,2}$");
  private static final java.util.regex.Pattern YEAR_AT_END = java.util.regex.Pattern.compile("\\b((?:19|20)\\d{2})$");
  private final Lexicon lexicon;
  private final ReferenceData reference;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final AcronymDefinitionFinder acronyms = new AcronymDefinitionFinder();
  private final NamePhraseFinder phrases = new NamePhraseFinder();
  private final NameClassifier classifier = new NameClassifier();
  private final PersonFinder people = new PersonFinder();
  private final DateFinder dates = new DateFinder();
  private final EventFinder events;
  private final PublisherResolver publishers;
  private final OwnedNames ownedNames;
  private final EditionResolver editions;
  private final AnaphoraResolver anaphora = new AnaphoraResolver();
  private final RelationExtractor relations = new RelationExtractor();
  private final RelationModel model;

  /** An extractor over the known entities of {@code reference} plus {@code extra} (names defined elsewhere in the corpus). */
  public Extractor(ReferenceData reference, List<Entity> extra) {
    this(reference, extra, RelationModel.fromClasspath());
  }

  /** As {@link #Extractor(ReferenceData, List)}, reading relations the rules miss with {@code model}. */
  public Extractor(ReferenceData reference, List<Entity> extra, RelationModel model) {
    this.model = model;
    this.reference = reference;
    List<Entity> all = new ArrayList<>(reference.known());
    all.addAll(extra);
    this.lexicon = new Lexicon(all);
    this.events = new EventFinder(lexicon);
    this.publishers = new PublisherResolver(lexicon);
    this.ownedNames = new OwnedNames(lexicon);
    this.editions = new EditionResolver(lexicon);
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /** Entities defined by acronym in {@code article} that the lexicon does not know yet. */
  public List<Entity> newDefinitions(Article article) {
    List<Entity> out = new ArrayList<>();
    String text = article.source().text();
    for (AcronymDefinition d : definitions(text, article.titleBegin(), article.bodyEnd(),
        phrases.find(text, article.bodyBegin(), article.bodyEnd()))) {
      if (lexicon.lookup(d.acronym()).isEmpty() && lexicon.lookup(d.longForm()).isEmpty()) {
        definedEntity(d, text).ifPresent(out::add);
      }
    }
    return out;
  }

  private static final boolean DEBUG = Boolean.getBoolean("radkg.debugMasked");

  /** The findings of one article. */
  public ArticleFindings extract(Article article) {
    return extract(article, null);
  }

  /** The findings of one article, handing every relation candidate to {@code sink} when it is not null. */
  public ArticleFindings extract(Article article, CandidateSink sink) {
    String text = article.source().text();
    int begin = article.titleBegin();
    int end = article.bodyEnd();
    List<Mention> mentions = new ArrayList<>(mentions(article, text, begin, end));
    Entity publisher = publishers.publisher(article, mentions);
    // "We", "our", "the College" speak for the publisher; on a page that names none, for the society it names most.
    Entity society = publisher != null ? publisher : mostNamedSociety(mentions);

    List<Span> sentences = new ArrayList<>();
    sentences.add(new Span(article.titleBegin(), article.titleEnd()));
    sentences.addAll(splitter.split(text, article.bodyBegin(), end));
    List<DateMention> allDates = dates.find(text, begin, end);
    ownedNames.own(text, mentions, society, sentences);
    editions.resolve(text, mentions, sentences, allDates, EditionResolver.referenceYear(text, begin, end, allDates));
    List<Relation> namedLeaders = ownedNames.leaders(text, mentions, sentences);

    List<Relation> found = new ArrayList<>();
    for (Span sentence : sentences) {
      List<Mention> inside = new ArrayList<>();
      List<Mention> before = new ArrayList<>();
      for (Mention m : mentions) {
        if (sentence.contains(new Span(m.begin(), m.end()))) {
          inside.add(m);
        } else if (m.end() <= sentence.begin()) {
          before.add(m);
        }
      }
      List<Slot> slots = new ArrayList<>();
      List<DateMention> sentenceDates = new ArrayList<>();
      for (DateMention d : allDates) {
        if (sentence.contains(d.span()) && inside.stream().noneMatch(m -> d.span().overlaps(new Span(m.begin(), m.end())))) {
          sentenceDates.add(d);
        }
      }
      List<DateMention> resolved = DateFinder.resolveYears(sentenceDates, eventYear(inside));
      mentionSlots(inside, slots);
      for (DateMention d : resolved) {
        slots.add(new Slot('D', null, d, d.span(), false));
      }
      List<Slot> referred = new ArrayList<>(anaphora.resolve(text, sentence, before, society));
      referred.addAll(GroupAnaphora.resolve(text, sentence, before));
      for (Slot s : referred) {
        if (slots.stream().noneMatch(o -> o.span().overlaps(s.span()))) {
          slots.add(s);
        }
      }
      slots.removeIf(s -> s.code() == 'T');
      slots.sort(Comparator.comparingInt(s -> s.span().begin()));
      MaskedSentence masked = new MaskedSentence(text, sentence, slots);
      if (DEBUG) {
        String out = masked.masked().replace('\n', ' ');
        for (int i = masked.slots().size() - 1; i >= 0; i--) {
          Slot sl = masked.slot(i);
          String lab = sl.entity() != null ? sl.entity().label() : sl.date() != null ? sl.date().literal().lexical() : "?";
          out = out.replace(String.valueOf(sl.code()) + i + "⟧", String.valueOf(sl.code()) + i + ":" + lab + "⟧");
        }
        System.out.println("  S " + out);
      }
      List<Relation> ruled = relations.extract(masked);
      found.addAll(ruled);
      found.addAll(model.read(masked, ruled, new Evidence(masked.text(), sentence.begin(), sentence.end()), sink));
    }
    found.addAll(OwnedNames.unlessLedByAnother(namedLeaders, found));
    found.addAll(editions.partOfSeries(text, mentions, sentences));
    found.addAll(editions.sessionsOfCongress(text, mentions, sentences));
    List<Entity> topics = reference.topics().topics(article.title(), article.body());
    return new ArticleFindings(article, mentions, dedupe(StartDates.mostPrecise(found)), topics, publisher);
  }

  // Each name of the sentence is a slot; EditionResolver has already made a dated series its edition.
  private static void mentionSlots(List<Mention> inside, List<Slot> slots) {
    for (Mention m : inside) {
      slots.add(new Slot(Slot.codeOf(m.entity()), m.entity(), null, new Span(m.begin(), m.end()), false));
    }
  }

  private List<Mention> mentions(Article article, String text, int begin, int end) {
    List<Mention> known = lexicon.find(text, begin, end);
    List<Mention> candidates = new ArrayList<>(events.find(text, begin, end, known));
    // Names the article itself defines come before the lexicon's reading of the same letters.
    List<Mention> defined = new ArrayList<>();
    // Title-case titles would make every title a "name": names are looked for in the body only.
    List<NamePhraseFinder.Candidate> phraseList = phrases.find(text, article.bodyBegin(), end);
    Map<String, Entity> local = new LinkedHashMap<>();
    for (AcronymDefinition d : definitions(text, begin, end, phraseList)) {
      // The text's own definition wins: "Japan Radiology Congress (JRC)" is not the lexicon's "JRC".
      Optional<Entity> e = lexicon.lookup(d.longForm()).or(() -> definedEntity(d, text));
      if (e.isEmpty() && lexicon.lookup(d.acronym()).isPresent() && !lexicon.lookup(d.longForm().replaceFirst("^\\S+\\s+", "")).isPresent()) {
        e = lexicon.lookup(d.acronym()).filter(k -> Lexicon.namesOf(k).stream().anyMatch(n -> d.longForm().endsWith(n) || n.endsWith(d.longForm())));
      }
      if (e.isPresent()) {
        defined.add(new Mention(e.get(), d.longSpan().begin(), d.longSpan().end()));
        defined.add(new Mention(e.get(), d.acronymSpan().begin(), d.acronymSpan().end()));
        local.putIfAbsent(d.acronym(), e.get());
      }
    }
    // An acronym defined once names its entity everywhere else in the article.
    for (Map.Entry<String, Entity> def : local.entrySet()) {
      Matcher m = ACRONYM_USES.computeIfAbsent(def.getKey(), k -> Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(k) + "(?![\\p{L}\\d])")).matcher(text);
      m.region(begin, end);
      while (m.find()) {
        defined.add(new Mention(def.getValue(), m.start(), m.end()));
      }
    }
    candidates.addAll(defined);
    candidates.addAll(known);
    List<PlaceMatch> places = reference.places().find(text.substring(begin, end));
    // "Boston Scientific", "Ishikawa Prefecture": a place name running into another capitalized word is part of a name.
    places = places.stream().filter(p -> !CONTINUED.matcher(text.substring(begin + p.end(), Math.min(end, begin + p.end() + 30))).lookingAt()).toList();
    List<PlaceMatch> placed = places;
    List<Mention> persons = people.find(text, begin, end, span -> placed.stream().anyMatch(p -> begin + p.begin() < span.end() && span.begin() < begin + p.end()));
    candidates.addAll(persons);
    for (PlaceMatch p : places) {
      if (p.strong()) {
        candidates.add(new Mention(p.place(), begin + p.begin(), begin + p.end()));
      }
    }
    List<NamePhraseFinder.Candidate> headless = new ArrayList<>();
    for (NamePhraseFinder.Candidate raw : phraseList) {
      NamePhraseFinder.Candidate c = cutAtKnown(RoleTitleCut.cut(afterPerson(beforePlace(raw, places, begin, text), persons, text), classifier), defined, known, text);
      if (c == null) {
        continue;
      }
      java.util.Set<EntityType> types = appositiveType(text, c.span().end()).orElse(c.types());
      if (types.isEmpty() && LAUNCHED_BEFORE.matcher(text.substring(Math.max(begin, c.span().begin() - 60), c.span().begin())).find()) {
        // "the College launched Team Working in Clinical Imaging": what is launched is a program.
        types = java.util.EnumSet.of(EntityType.INITIATIVE);
      }
      if (types.isEmpty()) {
        headless.add(c);
        continue;
      }
      java.util.Set<EntityType> finalTypes = types;
      Entity e = lexicon.lookup(c.name()).orElseGet(() -> new Entity(Slugs.of(c.name()), c.name(), null, new TreeSet<>(), finalTypes, new TreeSet<>(), null));
      candidates.add(new Mention(e, c.span().begin(), c.span().end()));
    }
    for (PlaceMatch p : places) {
      if (!p.strong()) {
        candidates.add(new Mention(p.place(), begin + p.begin(), begin + p.end()));
      }
    }
    return parentheticalAcronyms(ListedAcronyms.add(listedOrganizations(MentionSet.longestNonOverlapping(candidates), headless, text), text, begin, end), text, end);
  }

  // Acronyms recur across articles: their patterns are compiled once.
  private static final Map<String, Pattern> ACRONYM_USES = new java.util.concurrent.ConcurrentHashMap<>();

  private static final Pattern LAUNCHED_BEFORE = Pattern.compile(
      "\\b(?:launch(?:ed|es)?|introduc(?:ed|es)|unveil(?:ed|s)|publish(?:ed|es)|releas(?:ed|es)|announc(?:ed|es)|start(?:ed|s)"
          + "|establish(?:ed|es)|creat(?:ed|es)|opened|opens|inaugurat(?:ed|es)|adopt(?:ed|s)|issu(?:ed|es))\\s+"
          + "(?:(?:the|a|an|its|their|our|his|her|new|first|[\\p{Ll}-]+)\\s+){0,4}[‘“\"]?$");

  // A name that cuts through a known name is misread: "Annual Conference of the Indian Radiological" ends
  // before "Indian Radiological and Imaging Association" begins.
  private static NamePhraseFinder.Candidate cutAtKnown(NamePhraseFinder.Candidate c, List<Mention> defined, List<Mention> known, String text) {
    if (c == null) {
      return null;
    }
    for (List<Mention> list : List.of(defined, known)) {
      for (Mention k : list) {
        boolean crosses = k.begin() > c.span().begin() && k.begin() < c.span().end() && k.end() > c.span().end();
        boolean crossesStart = k.begin() < c.span().begin() && k.end() > c.span().begin() && k.end() < c.span().end();
        if (crosses) {
          String name = text.substring(c.span().begin(), k.begin()).replaceFirst("(?:\\s+(?:of|for|the|and|in|on|at|to|with|&))*\\s*$", "");
          Optional<java.util.Set<EntityType>> types = new NameClassifier().classify(name);
          return name.contains(" ") && types.isPresent()
              ? new NamePhraseFinder.Candidate(name, new Span(c.span().begin(), c.span().begin() + name.length()), types.get()) : null;
        }
        if (crossesStart) {
          return null;
        }
      }
    }
    return c;
  }

  private static final Pattern LIST_GLUE = Pattern.compile("^\\s*(?:,\\s*(?:and\\s+|as well as\\s+)?|\\s+and\\s+|;\\s*(?:and\\s+)?)(?:the\\s+)?$");

  // "the CAMRT, the COMP and Canada Health Infoway": a name listed among organizations is one too.
  private static List<Mention> listedOrganizations(List<Mention> mentions, List<NamePhraseFinder.Candidate> headless, String text) {
    List<Mention> out = new ArrayList<>(mentions);
    for (NamePhraseFinder.Candidate c : headless) {
      boolean free = out.stream().noneMatch(m -> m.begin() < c.span().end() && c.span().begin() < m.end());
      if (!free) {
        continue;
      }
      boolean listed = false;
      for (Mention m : out) {
        if (!m.entity().primaryType().isOrganization()) {
          continue;
        }
        if (m.end() <= c.span().begin() && c.span().begin() - m.end() < 16
            && LIST_GLUE.matcher(text.substring(m.end(), c.span().begin())).matches()) {
          listed = true;
        }
        if (c.span().end() <= m.begin() && m.begin() - c.span().end() < 16
            && LIST_GLUE.matcher(text.substring(c.span().end(), m.begin())).matches()) {
          listed = true;
        }
      }
      if (listed) {
        Entity e = new Entity(Slugs.of(c.name()), c.name(), null, new TreeSet<>(), java.util.EnumSet.of(EntityType.ORGANIZATION), new TreeSet<>(), null);
        out.add(new Mention(e, c.span().begin(), c.span().end()));
      }
    }
    out.sort(Lexicon.BY_POSITION);
    return out;
  }

  private static final Pattern APPOSITIVE = Pattern.compile(
      "^(?:\\s*\\([^()\\n]{1,20}\\)|\\))?,\\s+(?:a|an)\\s+(?:(?:[\\p{Ll}-]+|\\p{Lu}[\\p{L}.]*-based)\\s+){0,3}?(program|programme|initiative|project|registry|platform|campaign|course|study|network|coalition|alliance|consortium|partnership|scheme|series|award|grant|fellowship|curriculum|toolkit|database|webinar|conference|congress|symposium|workshop"
          + "|company|firm|provider|publisher|manufacturer|vendor|startup|nonprofit|charity|practice|insurer|distributor)\\b");
  private static final Pattern CONTINUED = Pattern.compile("^ (?!(?:and|or|of|in|on|at|for|to|from|the)\\b)\\p{Lu}\\p{Ll}");

  // "the SNMMI Global Theranostics Training Centers, a program offering ...": the apposition says what it is.
  private Optional<java.util.Set<EntityType>> appositiveType(String text, int at) {
    Matcher m = APPOSITIVE.matcher(text.substring(at, Math.min(text.length(), at + 60)));
    return m.find() ? classifier.classifyTrailing(m.group(1)) : Optional.empty();
  }

  private static final NameClassifier NAME_TYPES = new NameClassifier();
  private static final java.util.Set<String> ROLE_TAIL = java.util.Set.of(
      "President", "Chair", "Chairman", "Chairwoman", "Director", "Secretary", "Treasurer", "Dean", "Head", "Prof", "Professor",
      "Dr", "CEO", "Editor", "Chief", "Coordinator", "Officer", "Vice-President");

  // A name never runs into a person's name: "Kenji Morimoto of Osaka University" is a person and a university.
  private static NamePhraseFinder.Candidate afterPerson(NamePhraseFinder.Candidate c, List<Mention> persons, String text) {
    if (c == null) {
      return null;
    }
    for (Mention p : persons) {
      if (p.begin() < c.span().end() && c.span().begin() < p.end()) {
        if (p.end() >= c.span().end()) {
          return p.begin() > c.span().begin() ? PersonRoleCut.beforePerson(c, p, text) : null;
        }
        String rest = text.substring(p.end(), c.span().end());
        Matcher lead = LEAD_IN.matcher(rest);
        lead.find();
        String name = rest.substring(lead.end());
        int start = p.end() + lead.end();
        // A second person further on ends the name: "Kyoto University and Dr Amara Okafor".
        for (Mention q : persons) {
          if (q.begin() > start && q.begin() < c.span().end()) {
            String cut = text.substring(start, q.begin()).replaceFirst("[\\s,]*(?:and|&)?\\s*(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\\.?\\s*)?$", "");
            name = cut;
          }
        }
        Optional<java.util.Set<EntityType>> types = new NameClassifier().classify(name);
        if (!name.contains(" ") || types.isEmpty()) {
          return null;
        }
        return new NamePhraseFinder.Candidate(name, new Span(start, start + name.length()), types.get());
      }
    }
    // "Congress President", "Committee Chair": a role, not a name; "the SNM Technologist Section President": a unit's role.
    NamePhraseFinder.Candidate cut = withoutRoleTail(c);
    return cut == c || (cut != null && cut.types().contains(EntityType.ORGANIZATION)) ? cut : null;
  }

  // "SNM Technologist Section President Scott Holbrook": the title between a name and the person it names is no part of the name.
  private static NamePhraseFinder.Candidate withoutRoleTail(NamePhraseFinder.Candidate c) {
    String name = c.name().replaceFirst("[\\s,]+$", "");
    while (name.contains(" ") && ROLE_TAIL.contains(name.substring(name.lastIndexOf(' ') + 1))) {
      name = name.substring(0, name.lastIndexOf(' '));
    }
    if (name.equals(c.name())) {
      return c;
    }
    Optional<java.util.Set<EntityType>> types = NAME_TYPES.classify(name);
    return name.contains(" ") && types.isPresent()
        ? new NamePhraseFinder.Candidate(name, new Span(c.span().begin(), c.span().begin() + name.length()), types.get()) : null;
  }

  private static final Pattern PAREN_ACRONYM = Pattern.compile("^\\s*\\(\\s*(\\p{Lu}[\\p{L}0-9&/-]{1,12})(?:\\s+((?:19|20)\\d{2}))?\\s*\\)");

  // "European Stroke Organisation Conference 2024 (ESOC 2024)": a parenthesis whose letters fit the name
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
      if (!AcronymDefinitionFinder.isAcronymLike(letters) || AcronymDefinitionFinder.longFormFor(letters, bare) == null) {
        continue;
      }
      String acronym = p.group(2) == null ? letters : letters + " " + p.group(2);
      TreeSet<String> alt = new TreeSet<>(e.altLabels());
      alt.add(acronym);
      Entity named = new Entity(e.slug(), e.label(), acronym, alt, e.types(), e.sameAs(), e.containedIn());
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

  // Schwartz-Hearst stops at the first word the acronym's letters need ("Agency for Medical Research and
  // Development (AMED)"); a capitalized name that ends where the long form ends is the fuller name
  // ("Japan Agency for Medical Research and Development").
  private List<AcronymDefinition> definitions(String text, int begin, int end, List<NamePhraseFinder.Candidate> names) {
    List<AcronymDefinition> out = new ArrayList<>();
    for (AcronymDefinition d : acronyms.find(text, begin, end)) {
      AcronymDefinition best = d;
      for (NamePhraseFinder.Candidate c : names) {
        if (c.span().end() == d.longSpan().end() && c.span().begin() < d.longSpan().begin()
            && d.longSpan().begin() - c.span().begin() < 40) {
          best = new AcronymDefinition(c.name(), c.span(), d.acronym(), d.acronymSpan());
        }
      }
      out.add(best);
    }
    return out;
  }

  // "the WFUMB Congress in Oman": a place after "in"/"at" ends the name before it.
  private static NamePhraseFinder.Candidate beforePlace(NamePhraseFinder.Candidate c, List<PlaceMatch> places, int offset, String text) {
    for (PlaceMatch p : places) {
      int pb = offset + p.begin();
      if (pb > c.span().begin() && pb < c.span().end()) {
        String head = text.substring(c.span().begin(), pb);
        Matcher cut = IN_AT_END.matcher(head);
        if (!cut.find()) {
          return c;
        }
        String name = head.substring(0, cut.start());
        if (!name.contains(" ")) {
          return null;
        }
        Optional<java.util.Set<EntityType>> types = new NameClassifier().classify(name);
        return types.map(t -> new NamePhraseFinder.Candidate(name, new Span(c.span().begin(), c.span().begin() + name.length()), t)).orElse(null);
      }
    }
    return c;
  }

  private Optional<Entity> definedEntity(AcronymDefinition d, String text) {
    Optional<Set<EntityType>> types = classifier.classify(d.longForm());
    if (types.isEmpty()) {
      // "(OSN) interest group", "(EUCAIM) project": the word after the parenthesis says what it is.
      Matcher after = Pattern.compile("^\\)?\\s*(?:[\\p{Ll}-]+\\s+)?([\\p{Ll}]+)").matcher(text.substring(d.acronymSpan().end(), Math.min(text.length(), d.acronymSpan().end() + 40)));
      if (after.find()) {
        types = classifier.classifyTrailing(after.group(1));
      }
    } else {
      Matcher after = Pattern.compile("^\\)\\s*(project|programme|program|initiative|registry|study|network|platform)\\b").matcher(text.substring(d.acronymSpan().end(), Math.min(text.length(), d.acronymSpan().end() + 30)));
      if (after.find()) {
        types = Optional.of(EnumSet.of(EntityType.INITIATIVE));
      }
      // "the Pacific Radiology Training Network (PRTN), a three-year program": the apposition says what it is.
      Optional<Set<EntityType>> apposed = appositiveType(text, d.acronymSpan().end());
      if (apposed.isPresent()) {
        types = apposed;
      }
    }
    if (types.isEmpty() || d.longForm().split("\\s+").length < 2) {
      return Optional.empty();
    }
    String label = normalizeCase(d.longForm());
    TreeSet<String> alt = new TreeSet<>();
    alt.add(d.acronym());
    if (!label.equals(d.longForm())) {
      alt.add(d.longForm());
    }
    return Optional.of(new Entity(Slugs.of(label), label, d.acronym(), alt, types.get(), new TreeSet<>(), null));
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

  private static Entity mostNamedSociety(List<Mention> mentions) {
    // No section header: the society the article names most often.
    Map<Entity, Integer> counts = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.entity().is(EntityType.SOCIETY)) {
        counts.merge(m.entity(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  private static Integer eventYear(List<Mention> inside) {
    for (Mention m : inside) {
      if (m.entity().is(EntityType.EVENT)) {
        Matcher y = YEAR_AT_END.matcher(m.entity().label());
        if (y.find()) {
          return Integer.parseInt(y.group(1));
        }
      }
    }
    return null;
  }

  private static List<Relation> dedupe(List<Relation> found) {
    Map<String, Relation> unique = new LinkedHashMap<>();
    for (Relation r : found) {
      String object = r.object() instanceof Entity e ? e.key() : ((LiteralValue) r.object()).lexical();
      // One reading per fact and method: which one is published (the most confident) is the graph's choice.
      unique.putIfAbsent(r.subject().key() + " " + r.predicate() + " " + object + " " + r.method().slug(), r);
    }
    return List.copyOf(unique.values());
  }
}
