package org.radkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radkg.corpus.Article;

/**
 * Reads one article and returns what it states: the entities it names and the relations between
 * them, each with its evidence sentence. Pure and thread-safe: the same article and lexicon always
 * give the same findings, and nothing is read or written but the arguments.
 */
public final class Extractor {
  private final Lexicon lexicon;
  private final ReferenceData reference;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final DateFinder dates = new DateFinder();
  private final PublicationDateReader publicationDates = new PublicationDateReader();
  private final MentionCollector collector;
  private final SentenceMasker masker = new SentenceMasker();
  private final PublisherResolver publishers;
  private final OwnedNames ownedNames;
  private final EditionResolver editions;
  private final RelationExtractor relations = new RelationExtractor();
  private final RelationModel model;

  /**
   * An extractor over the known entities of {@code reference} plus {@code extra} (names defined
   * elsewhere in the corpus).
   */
  public Extractor(ReferenceData reference, List<Entity> extra) {
    this(reference, extra, RelationModel.fromClasspath());
  }

  /**
   * As {@link #Extractor(ReferenceData, List)}, reading relations the rules miss with {@code
   * model}.
   */
  public Extractor(ReferenceData reference, List<Entity> extra, RelationModel model) {
    this.model = model;
    this.reference = reference;
    List<Entity> all = new ArrayList<>(reference.known());
    all.addAll(extra);
    this.lexicon = new Lexicon(all);
    this.collector = new MentionCollector(lexicon, reference);
    this.publishers = new PublisherResolver(lexicon);
    this.ownedNames = new OwnedNames(lexicon);
    this.editions = new EditionResolver(lexicon);
  }

  /** The names this extractor knows: the reference data's and the extra ones it was given. */
  public Lexicon lexicon() {
    return lexicon;
  }

  /** Entities defined by acronym in {@code article} that the lexicon does not know yet. */
  public List<Entity> newDefinitions(Article article) {
    return collector.newDefinitions(article);
  }

  /** The findings of one article. */
  public ArticleFindings extract(Article article) {
    return extract(article, null);
  }

  /**
   * The findings of one article, handing every relation candidate to {@code sink} when it is not
   * null.
   */
  public ArticleFindings extract(Article article, CandidateSink sink) {
    String text = article.source().text();
    int begin = article.start();
    int end = article.bodyEnd();
    List<Mention> mentions = new ArrayList<>(collector.collect(article, text, begin, end));
    mentions.removeIf(m -> m.entity().is(EntityType.PERSON) && ContactDetails.isContact(text, m));
    mentions.removeIf(m -> TitledUnits.isTitleUnit(text, m));
    mentions = new ArrayList<>(PartnerTableRows.read(text, begin, end, mentions, lexicon));
    mentions = new ArrayList<>(TranslatedNames.resolved(text, mentions, lexicon));
    // A stored page cut off mid-word: a name reaching its last word may be cut ("General Hospi").
    java.util.function.IntPredicate nameEndsAt = CutEnding.placeOrPersonEnds(mentions);
    int cutWord = CutEnding.lastWordStart(text, begin, end, nameEndsAt);
    mentions.removeIf(m -> m.end() > cutWord);
    Entity publisher = publishers.publisher(article, mentions);
    // "We", "our", "the College" speak for the publisher; on a page that names none, for the
    // society it names most.
    Entity society = publisher != null ? publisher : mostNamedSociety(mentions);

    List<Span> sentences = new ArrayList<>();
    if (article.bodyBegin() > article.titleBegin()) {
      // A title line of its own is a sentence of its own; a lead sentence standing for the title is
      // the body's first.
      sentences.add(new Span(article.titleBegin(), article.titleEnd()));
    }
    sentences.addAll(splitter.split(text, article.bodyBegin(), end));
    // The sentence a page was cut off in states its facts by halves: none is read.
    int fragment = CutEnding.fragmentStart(text, begin, end, nameEndsAt);
    sentences.removeIf(s -> s.end() > fragment);
    List<DateMention> allDates = new ArrayList<>(dates.find(text, begin, end));
    mentions = OwnedEventsInLowerCase.added(text, begin, end, mentions);
    ownedNames.own(
        text,
        mentions,
        publisher != null ? publisher : OwnedNames.pageOwner(mentions, society),
        sentences);
    DescriptiveNames.drop(text, mentions, lexicon);
    // The page's own date line is furniture, never a start date; its year is the year the article
    // is written in.
    Optional<DateMention> published = publicationDates.read(article.source());
    published.ifPresent(p -> allDates.removeIf(d -> d.span().overlaps(p.span())));
    Integer referenceYear =
        published
            .map(DateMention::year)
            .orElseGet(() -> EditionResolver.referenceYear(text, begin, end, allDates));
    editions.resolve(text, mentions, sentences, allDates, referenceYear);
    OrdinalEditions.name(text, mentions);
    EventAliases.add(text, mentions);
    List<Relation> hostedLeaders = HostedInitiatives.name(text, mentions, sentences);
    List<Relation> namedLeaders = new ArrayList<>(ownedNames.leaders(text, mentions, sentences));
    namedLeaders.addAll(hostedLeaders);

    List<DateMention> toldDates =
        YearlessDates.resolve(text, sentences, allDates, published.orElse(null));
    List<Relation> found = new ArrayList<>();
    Entity mainEvent = ArticleEventParticipation.mainEvent(mentions);
    SignatureBlocks blocks = new SignatureBlocks();
    OfficeLists officeLists = new OfficeLists();
    PersonPronouns pronouns = new PersonPronouns();
    NearestPartnerReadings nearest = new NearestPartnerReadings();
    // A page in Spanish, Portuguese, French, Italian or German is read through an English gloss.
    String language = EnglishGloss.language(text, begin, end);
    for (Span sentence : sentences) {
      MaskedSentence plain =
          masker.mask(text, sentence, mentions, toldDates, society, referenceYear);
      MaskedSentence masked =
          RelativeClauseSubjects.joined(
              language == null
                  ? SentenceAdverbs.dropped(plain)
                  : EnglishGloss.gloss(plain, language));
      // One evidence per sentence: every reader below cites the same sentence.
      Evidence evidence = new Evidence(masked.text(), sentence.begin(), sentence.end());
      List<Relation> ruled = relations.extract(masked);
      for (Relation r : blocks.read(masked, evidence)) {
        ruled.add(r.orMethod(ReadingMethod.PERSON_ROLE));
      }
      for (Relation r : officeLists.read(masked, evidence)) {
        ruled.add(r.orMethod(ReadingMethod.PERSON_ROLE));
      }
      for (Relation r : ColumnBylines.read(masked, evidence)) {
        ruled.add(r.orMethod(ReadingMethod.PERSON_ROLE));
      }
      ruled.addAll(RelativeClauseRoles.read(masked, evidence));
      ruled.addAll(KoreanRoles.read(masked, evidence));
      ruled.addAll(pronouns.read(masked, evidence));
      ruled.addAll(CoordinatedPersonsOfBody.read(masked, ruled, evidence));
      ruled.addAll(SoleBodyOfOffice.read(masked, ruled, evidence));
      found.addAll(ruled);
      found.addAll(ArticleEventParticipation.read(masked, mainEvent));
      found.addAll(model.read(masked, ruled, evidence, sink));
      nearest.collect(masked, evidence);
    }
    List<Relation> keptLeaders = OwnedNames.unlessLedByAnother(namedLeaders, found);
    found.addAll(keptLeaders);
    found.addAll(editions.partOfSeries(text, mentions, sentences));
    found.addAll(editions.sessionsOfCongress(text, mentions, sentences));
    List<Entity> topics = reference.topics().topics(article.title(), article.body());
    // Proximity fills in only what no rule read anywhere in the article; before the editions are
    // named, so that a date read by proximity dates its edition's names too.
    Entity owner = OwnedNames.pageOwner(mentions, society);
    // Only an organization the text names: a section's society the article never names is no
    // body of its people.
    boolean named = mentions.stream().anyMatch(m -> m.entity().equals(owner));
    found.addAll(nearest.unread(found, named ? owner : null));
    found = EventAliases.addDated(text, mentions, found, referenceYear);
    found = NameYears.apply(text, mentions, found);
    found = JobTitleCase.written(found, language);
    found = RegionsWithin.added(found, reference.places());
    return new ArticleFindings(
        article,
        JointOwners.withJointOwners(
            text,
            OwnerMentions.withOwners(text, mentions, ownersToCount(namedLeaders, keptLeaders)),
            lexicon),
        dedupe(StartDates.mostPrecise(found)),
        topics,
        publisher,
        published.map(DateMention::literal).orElse(null));
  }

  /**
   * The leads facts whose owner counts as named: all of {@code stated} but those of an owner no
   * dictionary knows whose lead another reading overrules ({@code kept} lacks it), as an owner read
   * from a name alone is doubtful once the text gives the thing another leader.
   */
  private List<Relation> ownersToCount(List<Relation> stated, List<Relation> kept) {
    return stated.stream()
        .filter(r -> kept.contains(r) || lexicon.lookup(r.subject().label()).isPresent())
        .toList();
  }

  private static Entity mostNamedSociety(List<Mention> mentions) {
    // No section header: the society the article names most often.
    Map<Entity, Integer> counts = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.entity().is(EntityType.SOCIETY)) {
        counts.merge(m.entity(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static List<Relation> dedupe(List<Relation> found) {
    Map<String, Relation> unique = new LinkedHashMap<>();
    for (Relation r : found) {
      String object =
          r.object() instanceof Entity e ? e.key() : ((LiteralValue) r.object()).lexical();
      // One reading per fact and method: which one is published (the most confident) is the graph's
      // choice.
      unique.putIfAbsent(
          r.subject().key() + " " + r.predicate() + " " + object + " " + r.method().slug(), r);
    }
    return List.copyOf(unique.values());
  }
}
