package org.radkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;
import org.radkg.vocab.Slugs;

/**
 * Gives generic names to their owner and reads the owner a name states: "RSNA's 102nd Annual
 * Meeting", "the 60th General Conference" on an IAEA page and "the Annual Meeting of the Society of
 * Nuclear Medicine" become "RSNA Annual Meeting", "IAEA General Conference" and "SNM Annual
 * Meeting" (one entity per owner, not one shared by every society), and an event or initiative
 * whose name begins with an organization's acronym or name ("ACR Strategic Plan", "ESR meets
 * Africa") is led by that organization.
 */
final class OwnedNames {
  private static final Set<String> GENERIC_WORDS = UnnamedOwners.GENERIC_WORDS;

  // Heads that make a generic name an owned unit ("Executive Committee"): an organization, led by
  // no one.
  private static final Set<String> UNIT_HEADS =
      Set.copyOf(LexiconFiles.entries("owned-unit-heads"));
  private static final Set<String> HEADS = Set.copyOf(LexiconFiles.entries("generic-name-heads"));
  private static final Pattern YEAR_OR_ORDINAL =
      Pattern.compile("^(?:(?:19|20)\\d{2}|\\d+(?:st|nd|rd|th))$");
  private static final Pattern ORDINAL_BEFORE = Pattern.compile("\\b(\\d+(?:st|nd|rd|th))\\s+$");
  // "the International Congress Center (ICC) Joint Annual Meeting": a venue hosts a meeting, it
  // does not own it.
  private static final Pattern VENUE =
      Pattern.compile(
          "\\b(?:Congress|Convention|Conference|Exhibition|Exhibit|Events?|International)\\s+(?:Cent(?:er|re)|Hall|Palace)$");
  private static final Pattern YEAR_AT_END = Pattern.compile("\\s+((?:19|20)\\d{2})$");
  // Between an owner and its generic name: "RSNA ", "RSNA's 102nd ", "the IAEA 60th ".
  private static final Pattern OWNER_GAP =
      Pattern.compile(
          "^(?:['’]s)?[^\\S\\n]+(?:(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|annual|upcoming|recent|next|last)[^\\S\\n]+)*$",
          Pattern.CASE_INSENSITIVE);
  // After a generic name: "... of the Society of Nuclear Medicine".
  private static final Pattern OF_THE =
      Pattern.compile("^[^\\S\\n]+(?:of|of the|by the|by)[^\\S\\n]+$");
  // Role words from an organization to "of the": " Deputy Director General and Head of the ".
  private static final Pattern ROLE_GAP =
      Pattern.compile(
          "^[^\\S\\n]+((?:[\\p{L}-]+[^\\S\\n]+){1,8}?)(?:of|at)[^\\S\\n]+(?:the[^\\S\\n]+)?$");
  // "Department of Radiology, The Second Xiangya Hospital": an affiliation line names the unit,
  // then its institution.
  private static final Pattern UNIT_COMMA = Pattern.compile("^,[^\\S\\n]+(?:[Tt]he[^\\S\\n]+)?$");
  private static final Pattern UNIT_AT = Pattern.compile("^[^\\S\\n]+(?:at|at the)[^\\S\\n]+$");

  /**
   * The nouns by which a page names the organization it is about after "the" ("the college's", "the
   * organization's"): such a possessive owns like "its".
   */
  static final String THE_BODY =
      "(?:college|society|association|organi[sz]ation|federation|academy|institute|agency|union"
          + "|council)";

  // "its 54th Annual Meeting", "their Strategic Plan", "the organization's annual meeting": the
  // organization the sentence is about owns it.
  private static final Pattern ITS_BEFORE =
      Pattern.compile(
          "\\b(?:its|their|the\\s+"
              + THE_BODY
              + "['’]s)\\s+(?:(?:(?:19|20)\\d{2}|\\d+(?:st|nd|rd|th)|first|annual|upcoming|recent|next|new|refreshed)\\s+)*$",
          Pattern.CASE_INSENSITIVE);

  private static final NameClassifier CLASSIFIER = new NameClassifier();
  // "Fifth", "12th", "2015": words before an owner's name that count the edition, not name the
  // owner.
  private static final Pattern LEADING_ORDINAL =
      Pattern.compile(
          "(?i)(?:the\\s+)?(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\\d{1,3}(?:st|nd|rd|th)|(?:19|20)\\d\\d)\\s+)+");
  // The first " of " splits: "Congress of the Society of Nuclear Medicine" keeps the whole society.
  private static final Pattern OF_TAIL = Pattern.compile("(.+?)\\s+of\\s+(?:the\\s+)?(.+)");
  // The same split in an event's or initiative's name, whose connector may be a Romance or German
  // one ("Congresso della Società ...", "Congreso de la Asociación ...") and which an edition's
  // year may close ("Congress of the Example Society 2031"): the owner is the tail without it.
  private static final Pattern OWNER_TAIL =
      Pattern.compile(
          "(.+?)\\s+(?:of(?:\\s+the)?|della|dello|delle|de\\s+la|de\\s+los|de\\s+las|del|de|da|do|das|dos|des|du|der)"
              + "\\s+(\\p{Lu}.+?)(?:\\s+(?:19|20)\\d{2})?");
  private final Lexicon lexicon;

  OwnedNames(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Replaces, in {@code mentions}, each generic name by its owner's (the organization before it, in
   * an "of the ORG" tail, the subject of "its", else {@code society}; left alone when none is
   * known), and returns the {@code leads} facts the names state, each with the sentence of its
   * first mention.
   */
  List<Relation> qualify(
      String text, List<Mention> mentions, Entity society, List<Span> sentences) {
    own(text, mentions, society, sentences);
    return statedLeaders(mentions, sentences, text);
  }

  /**
   * As {@link #qualify}, without reading the leaders: a later step may still rename what the names
   * refer to.
   */
  void own(String text, List<Mention> mentions, Entity society, List<Span> sentences) {
    resolveShortNames(mentions);
    resolveSpelledOutOwners(mentions);
    ownOfTailUnits(mentions);
    Entity fallback = society != null ? society : mostNamedOrganization(mentions);
    Map<String, Entity> owners =
        new HashMap<>(); // generic label -> the owner read for it in this article
    List<Integer> generic = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Entity e = mentions.get(i).entity();
      // A unit the authority file names on its own ("DICOM Standards Committee") keeps its name.
      if (isGeneric(e) && (madeOfGenericWords(e) || lexicon.lookup(e.label()).isEmpty())) {
        generic.add(i);
        explicitOwner(text, mentions, i, sentences)
            .ifPresent(o -> owners.putIfAbsent(bare(e.label()), o));
      }
    }
    List<Integer> unowned = new ArrayList<>();
    for (int i : generic) {
      Mention m = mentions.get(i);
      Optional<Entity> explicit = explicitOwner(text, mentions, i, sentences);
      String bareLabel = bare(m.entity().label());
      if ((explicit.isEmpty() && !owners.containsKey(bareLabel) && governingBody(bareLabel))
          || affiliationLineDepartment(text, mentions, i)) {
        unowned.add(i);
        continue;
      }
      Entity owner = explicit.orElse(owners.getOrDefault(bareLabel, fallback));
      if (owner != null) {
        Matcher ordinal =
            ORDINAL_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 8), m.begin()));
        mentions.set(
            i,
            new Mention(
                owned(m.entity(), owner, ordinal.find() ? ordinal.group(1) : null),
                m.begin(),
                m.end()));
      }
    }
    for (int k = unowned.size() - 1; k >= 0; k--) {
      mentions.remove((int) unowned.get(k));
    }
  }

  // "the Board of Directors", "the Board of Trustees": the governing body of whatever organization
  // the text is about, which annotators name only when the text writes its owner's name with it
  // ("the Tarvo Society Board of Directors"); a generic one the text gives no owner is no entity.
  // So is a congress's own committee or office ("the Organising Committee of the 5th X
  // Conference", "the Congress Office"), which belongs to an event, not to the page's society.
  private static final Pattern GOVERNING_BODY =
      Pattern.compile(
          "(?i)(?:board|council)\\s+of\\s+(?:directors|trustees|governors)"
              + "|(?:(?:conference|congress|local)\\s+)?(?:organi[sz]ing|scientific)\\s+committee"
              + "|(?:congress|conference)\\s+(?:office|secretariat)");

  // "Zhao Ke, Department of Radiology, The Second Xiangya Hospital": a hospital's or university's
  // department in a person's affiliation line says where the person works; annotators name the
  // institution, not its department.
  private static final Pattern DEPARTMENT =
      Pattern.compile("(?i)(?:department|division|dept\\.?)\\s+of\\s+.+");

  private static boolean affiliationLineDepartment(String text, List<Mention> mentions, int i) {
    Mention m = mentions.get(i);
    if (i + 1 >= mentions.size() || !DEPARTMENT.matcher(m.entity().label()).matches()) {
      return false;
    }
    Mention after = mentions.get(i + 1);
    if (!after.entity().primaryType().isOrganization() || after.begin() < m.end()) {
      return false;
    }
    String gap = text.substring(m.end(), after.begin());
    return UNIT_AT.matcher(gap).matches() || UNIT_COMMA.matcher(gap).matches();
  }

  private static boolean governingBody(String label) {
    return GOVERNING_BODY.matcher(label).matches();
  }

  /**
   * "the Executive Committee of XSVR", "the Advisory Council of the BCR": a unit named by ordinary
   * words whose owner, named after "of", is an organization of the article or the authority file,
   * is that owner's unit, named as the owner names it ("XSVR Executive Committee"), the text's
   * spelling kept as an altLabel.
   */
  void ownOfTailUnits(List<Mention> mentions) {
    Map<String, Entity> orgs = organizationsByName(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Entity e = m.entity();
      Matcher of = OF_TAIL.matcher(e.label());
      if (e.primaryType() != EntityType.ORGANIZATION
          || e.acronym() != null
          || !of.matches()
          || !UnitNames.isUnit(of.group(1))) {
        continue;
      }
      String tail = of.group(2);
      Entity owner = orgs.get(tail);
      if (owner == null) {
        owner =
            lexicon
                .lookup(tail)
                .filter(
                    k ->
                        k.primaryType().isOrganization()
                            && (tail.equals(k.label()) || tail.equals(k.acronym())))
                .orElse(null);
      }
      if (owner == null || owner.equals(e) || !canOwn(owner)) {
        continue;
      }
      Entity unit = owned(HeadlessOrganizations.organization(of.group(1)), owner, null);
      TreeSet<String> alt = new TreeSet<>(unit.altLabels());
      alt.add(e.label());
      mentions.set(
          i,
          new Mention(
              new Entity(unit.slug(), unit.label(), null, alt, unit.types(), new TreeSet<>(), null),
              m.begin(),
              m.end()));
    }
  }

  // The organizations of the article by label and by acronym, the first of each.
  private static Map<String, Entity> organizationsByName(List<Mention> mentions) {
    Map<String, Entity> orgs = new HashMap<>();
    for (Mention m : mentions) {
      Entity e = m.entity();
      if (e.primaryType().isOrganization()) {
        orgs.putIfAbsent(e.label(), e);
        if (e.acronym() != null) {
          orgs.putIfAbsent(e.acronym(), e);
        }
      }
    }
    return orgs;
  }

  /**
   * The {@code leads} facts the names of {@code mentions} state, each with the sentence of its
   * first mention.
   */
  List<Relation> leaders(String text, List<Mention> mentions, List<Span> sentences) {
    return statedLeaders(mentions, sentences, text);
  }

  /**
   * "Data Science Institute" after "ACR Data Science Institute" in the same article is that entity:
   * a name no dictionary knows that ends a longer name of the same kind, one to three words longer.
   */
  void resolveShortNames(List<Mention> mentions) {
    Map<String, Entity> longer =
        new HashMap<>(); // short label -> the one longer entity that ends with it
    Set<String> ambiguous = new java.util.HashSet<>();
    for (Mention m : mentions) {
      Entity e = m.entity();
      String[] words = e.label().split(" ");
      for (int drop = 1; drop <= 3 && words.length - drop >= 2; drop++) {
        String tail = String.join(" ", java.util.Arrays.copyOfRange(words, drop, words.length));
        Entity had = longer.putIfAbsent(tail, e);
        if (had != null && !had.equals(e)) {
          ambiguous.add(tail);
        }
      }
    }
    for (int i = 0; i < mentions.size(); i++) {
      Entity e = mentions.get(i).entity();
      Entity to = longer.get(e.label());
      if (to != null
          && !ambiguous.contains(e.label())
          && sameKind(e, to)
          && e.acronym() == null
          && lexicon.lookup(e.label()).isEmpty()) {
        mentions.set(i, new Mention(to, mentions.get(i).begin(), mentions.get(i).end()));
      }
    }
  }

  /**
   * "European Society of Radiology Premium Education Package" in a title is the body's "ESR Premium
   * Education Package": a name that opens with an organization's full name is the same entity as
   * the name opening with its acronym, where the article has that one too.
   */
  static void resolveSpelledOutOwners(List<Mention> mentions) {
    Map<String, Entity> byLabel = new HashMap<>();
    Map<String, String> acronymOf = new HashMap<>(); // an organization's full name -> its acronym
    for (Mention m : mentions) {
      Entity e = m.entity();
      byLabel.putIfAbsent(e.label(), e);
      if (e.primaryType().isOrganization() && e.acronym() != null) {
        acronymOf.putIfAbsent(e.label() + " ", e.acronym());
      }
    }
    for (int i = 0; i < mentions.size() && !acronymOf.isEmpty(); i++) {
      Entity e = mentions.get(i).entity();
      for (Map.Entry<String, String> owner : acronymOf.entrySet()) {
        if (e.label().startsWith(owner.getKey())) {
          Entity to =
              byLabel.get(owner.getValue() + " " + e.label().substring(owner.getKey().length()));
          if (to != null && sameKind(e, to)) {
            mentions.set(i, new Mention(to, mentions.get(i).begin(), mentions.get(i).end()));
          }
          break;
        }
      }
    }
  }

  private static boolean sameKind(Entity a, Entity b) {
    return !a.primaryType().isPlace()
        && a.primaryType() != EntityType.PERSON
        && a.kind().equals(b.kind());
  }

  /**
   * The facts of {@code stated} that no fact of {@code read} contradicts with another leader of the
   * same thing.
   */
  static List<Relation> unlessLedByAnother(List<Relation> stated, List<Relation> read) {
    return stated.stream()
        .filter(
            r ->
                read.stream()
                    .noneMatch(
                        o ->
                            o.predicate() == Predicate.LEADS
                                && o.object().equals(r.object())
                                && !o.subject().equals(r.subject())))
        .toList();
  }

  /**
   * The owner of the generic names of a page with no publisher: the organization it names most
   * (twice at least) when it names that one more often than {@code society}, the society it names
   * most; else {@code society}.
   */
  static Entity pageOwner(List<Mention> mentions, Entity society) {
    Entity most = mostNamedOrganization(mentions);
    if (most == null || society == null || most.equals(society)) {
      return society != null ? society : most;
    }
    return count(mentions, most) > count(mentions, society) ? most : society;
  }

  private static long count(List<Mention> mentions, Entity e) {
    return mentions.stream().filter(m -> m.entity().equals(e)).count();
  }

  // A page that names no publisher is about the organization it names most (twice at least).
  private static Entity mostNamedOrganization(List<Mention> mentions) {
    Map<Entity, Integer> counts = new HashMap<>();
    for (Mention m : mentions) {
      if (m.entity().primaryType().isOrganization() && canOwn(m.entity())) {
        counts.merge(m.entity(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .filter(c -> c.getValue() >= 2)
        .max(Map.Entry.<Entity, Integer>comparingByValue().thenComparing(c -> c.getKey().key()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /**
   * An organization that can own a name: not itself generic ("Publications Committee"), not a
   * venue.
   */
  private static boolean canOwn(Entity org) {
    return !isGeneric(org) && !VENUE.matcher(org.label()).find();
  }

  /**
   * A name made only of generic words, with a head ("Annual Meeting", "World Congress 2023"), or an
   * organization's unit named by ordinary words ("Publications Committee").
   */
  static boolean isGeneric(Entity e) {
    if (!(e.is(EntityType.EVENT)
        || e.is(EntityType.INITIATIVE)
        || e.primaryType() == EntityType.ORGANIZATION)) {
      return false;
    }
    return madeOfGenericWords(e)
        || (e.primaryType() == EntityType.ORGANIZATION
            && e.acronym() == null
            && UnitNames.isUnit(e.label()));
  }

  private static boolean madeOfGenericWords(Entity e) {
    boolean head = false;
    for (String w : e.label().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (YEAR_OR_ORDINAL.matcher(w).matches()) {
        continue;
      }
      if (!GENERIC_WORDS.contains(w)) {
        return false;
      }
      head |= HEADS.contains(w);
    }
    return head;
  }

  private static String bare(String label) {
    return YEAR_AT_END.matcher(label).replaceFirst("");
  }

  private Optional<Entity> explicitOwner(
      String text, List<Mention> mentions, int i, List<Span> sentences) {
    Mention m = mentions.get(i);
    if (i > 0) {
      Mention before = mentions.get(i - 1);
      if (before.entity().primaryType().isOrganization()
          && canOwn(before.entity())
          && before.end() <= m.begin()
          && OWNER_GAP.matcher(text.substring(before.end(), m.begin())).matches()) {
        return Optional.of(before.entity());
      }
      // "Jane Doe, IAEA Deputy Director General and Head of the Department of X": a person's role
      // runs from
      // their organization to the unit they head, which is that organization's.
      if (before.entity().primaryType().isOrganization()
          && canOwn(before.entity())
          && before.end() <= m.begin()) {
        Matcher role = ROLE_GAP.matcher(text.substring(before.end(), m.begin()));
        if (role.matches()
            && java.util.Arrays.stream(role.group(1).split("\\s+"))
                .anyMatch(RoleLexicon::isRoleWord)) {
          return Optional.of(before.entity());
        }
      }
    }
    if (i + 1 < mentions.size()) {
      Mention after = mentions.get(i + 1);
      String gap = after.begin() >= m.end() ? text.substring(m.end(), after.begin()) : "";
      // "head of the Hybrid Imaging Section at the WHO": a unit is also its host's; an event is not
      // its venue's.
      boolean at =
          isUnit(bare(m.entity().label()))
              && (UNIT_AT.matcher(gap).matches() || UNIT_COMMA.matcher(gap).matches());
      if (after.entity().primaryType().isOrganization()
          && canOwn(after.entity())
          && after.begin() >= m.end()
          && after.begin() - m.end() < 10
          && (OF_THE.matcher(gap).matches() || at)) {
        return Optional.of(after.entity());
      }
    }
    int from =
        sentenceOf(sentences, m.begin()).map(Span::begin).orElse(Math.max(0, m.begin() - 200));
    if (ITS_BEFORE.matcher(text.substring(Math.max(from, m.begin() - 40), m.begin())).find()) {
      for (Mention o : mentions) {
        if (o.begin() >= from
            && o.end() <= m.begin()
            && o.entity().primaryType().isOrganization()
            && canOwn(o.entity())) {
          return Optional.of(o.entity());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The generic entity as its owner's: label "RSNA Annual Meeting 2016", the other spellings as
   * altLabels ("54th Annual Meeting of the Society of Nuclear Medicine" when {@code ordinal} is
   * "54th").
   */
  static Entity owned(Entity generic, Entity owner, String ordinal) {
    String label = generic.label();
    Matcher y = YEAR_AT_END.matcher(label);
    String year = y.find() ? y.group(1) : null;
    String name = bare(label);
    String prefix = owner.acronym() != null ? owner.acronym() : owner.label();
    String suffix = year == null ? "" : " " + year;
    String ownedLabel = prefix + " " + name + suffix;
    TreeSet<String> alt = new TreeSet<>();
    alt.add(owner.label() + " " + name + suffix);
    alt.add(name + " of the " + owner.label() + suffix);
    if (ordinal != null) {
      alt.add(ordinal + " " + name + " of the " + owner.label());
    }
    if (year != null && owner.acronym() != null && !isUnit(name)) {
      alt.add(owner.acronym() + " " + year);
    }
    if (isUnit(name)) {
      alt.add(name); // the text's own name for the unit ("Publications Committee"), unique with its
      // owner's
    }
    alt.remove(ownedLabel);
    Set<EntityType> types = isUnit(name) ? EnumSet.of(EntityType.ORGANIZATION) : generic.types();
    return new Entity(Slugs.of(ownedLabel), ownedLabel, null, alt, types, new TreeSet<>(), null);
  }

  private static boolean isUnit(String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return UNIT_HEADS.contains(last) || UnitNames.isUnit(name);
  }

  // "ACR Strategic Plan", "IAEA Human Health Campus", "ESR meets Africa": the name begins with its
  // owner.
  private List<Relation> statedLeaders(List<Mention> mentions, List<Span> sentences, String text) {
    Map<String, Entity> orgs = organizationsByName(mentions);
    Map<String, Relation> out = new LinkedHashMap<>();
    for (Mention m : mentions) {
      Entity e = m.entity();
      if (!(e.is(EntityType.EVENT) || e.is(EntityType.INITIATIVE))) {
        continue;
      }
      Entity owner = ownerInName(e.label(), orgs);
      if (owner == null && e.is(EntityType.EVENT)) {
        // A society the page names only inside the event's name: first as written with its
        // acronym or initials ("... of the Zentaro Society of Medical Physics (ZSMP)"), else the
        // owner the event's name states ("the 12th Annual Meeting of the Lakeland Society of
        // Physics"), unless the page names a society of mostly the same words.
        owner =
            unlistedSocietyOwner(
                e.label(), orgs, text.substring(m.end(), Math.min(text.length(), m.end() + 16)));
        if (owner == null) {
          // A society only, as above: a board, a department or a union owns no congress here.
          owner =
              UnnamedOwners.of(e.label(), orgs.values())
                  .filter(o -> o.is(EntityType.SOCIETY))
                  .orElse(null);
        }
      }
      Optional<Span> sentence = sentenceOf(sentences, m.begin());
      if (owner != null && sentence.isPresent() && !owner.equals(e)) {
        Span s = sentence.get();
        out.putIfAbsent(
            owner.key() + " " + e.key(),
            new Relation(
                    owner,
                    Predicate.LEADS,
                    e,
                    new Evidence(text.substring(s.begin(), s.end()), s.begin(), s.end()))
                .orMethod(ReadingMethod.OWNED_NAME));
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * The organization a name states as its owner: one whose acronym or name opens {@code label}
   * (after an ordinal, "Ninth NIS Symposium"), or ends it after "of" ("Winter Congress of the
   * BRU"), the rest saying what the thing is; null when none does.
   */
  private Entity ownerInName(String label, Map<String, Entity> orgs) {
    Matcher ordinal = LEADING_ORDINAL.matcher(label);
    Entity owner = openingOwner(ordinal.lookingAt() ? label.substring(ordinal.end()) : label, orgs);
    return owner != null ? owner : ofTailOwner(label, orgs);
  }

  // "Annual Congress of the Example Society (2031)", "Congresso della Società Esempio": the tail
  // after the first connector names the organization exactly, and the head before it names an
  // event or initiative of its own.
  private Entity ofTailOwner(String label, Map<String, Entity> orgs) {
    Matcher of = OWNER_TAIL.matcher(label);
    if (!of.matches()) {
      return null;
    }
    String tail = of.group(2);
    Entity o = orgs.get(tail);
    if (o == null) {
      o =
          lexicon
              .lookup(tail)
              .filter(
                  k ->
                      k.primaryType().isOrganization()
                          && (tail.equals(k.label()) || tail.equals(k.acronym())))
              .orElse(null);
    }
    return o != null && CLASSIFIER.classify(of.group(1)).isPresent() ? o : null;
  }

  // "Congreso de la Asociación ...", "Congresso della Società ...": the same owner after another
  // language's "of the".
  private static final Pattern FOREIGN_OF_TAIL =
      Pattern.compile("(.+?)\\s+(?:de\\s+la|de\\s+los|della|dello|del|der|des|du|da|do)\\s+(.+)");

  // "(JSMP)" right after a name: the acronym a page gives the name's owner.
  private static final Pattern ACRONYM_AFTER =
      Pattern.compile("^\\s*\\((\\p{Lu}[\\p{Lu}&-]{1,9})\\)");

  /**
   * "122nd Annual Meeting of the Tarvo Society of Medical Physics (TSMP)", "Congreso de la
   * Asociación Andina de Medicina Nuclear": an event's name that closes on a society no dictionary
   * knows still names that society, as a reader counts it, with the acronym the page puts after the
   * name. The page's organization with that acronym, or with the initials of the society's words
   * ("Royal Kestrel and Tarva College of Radiology" for RKTCR), is the same society written
   * loosely. Null unless the head names an event and the tail a society (a board, a department or a
   * union owns no congress of its own in this reading).
   */
  private Entity unlistedSocietyOwner(String label, Map<String, Entity> orgs, String after) {
    for (Pattern p : new Pattern[] {OF_TAIL, FOREIGN_OF_TAIL}) {
      Matcher of = p.matcher(label);
      if (!of.matches()) {
        continue;
      }
      String tail = bare(of.group(2));
      boolean event =
          CLASSIFIER.classify(of.group(1)).map(t -> t.contains(EntityType.EVENT)).orElse(false);
      Set<EntityType> types = CLASSIFIER.classify(tail).orElse(Set.of());
      if (!event || !types.contains(EntityType.SOCIETY) || tail.split(" ").length < 3) {
        return null;
      }
      Matcher given = ACRONYM_AFTER.matcher(after);
      String acronym = given.find() ? given.group(1) : null;
      for (String known : new String[] {acronym, initials(tail)}) {
        Entity same = known == null ? null : orgs.get(known);
        if (same != null) {
          return same;
        }
      }
      TreeSet<String> alt = new TreeSet<>();
      if (acronym != null) {
        alt.add(acronym);
      }
      Entity owner = new Entity(Slugs.of(tail), tail, acronym, alt, types, new TreeSet<>(), null);
      return canOwn(owner) && lexicon.lookup(tail).isEmpty() ? owner : null;
    }
    return null;
  }

  // "Royal Kestrel and Tarva College of Radiology" -> "RKTCR": the capitals that open its words.
  private static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  private Entity openingOwner(String label, Map<String, Entity> orgs) {
    String[] words = label.split("\\s+");
    for (int n = words.length - 1; n >= 1; n--) {
      String prefix =
          String.join(" ", java.util.Arrays.copyOf(words, n)).replaceFirst("['’]s$", "");
      Entity o = orgs.get(prefix);
      if (o == null) {
        o = lexicon.lookup(prefix).filter(k -> k.primaryType().isOrganization()).orElse(null);
      }
      // The rest must say what the thing is ("Strategic Plan", "Annual Meeting 2016"): "ACR
      // Connect" or
      // "RAD-AID USA" may name a product or a chapter as well as a program.
      String rest = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
      // "EFRS EFOMP Dose Training Programme": a name opening with two organizations names no single
      // owner.
      if (o != null && opensWithOrganization(words[n], orgs)) {
        return null;
      }
      if (o != null && CLASSIFIER.classify(rest).isPresent()) {
        return o;
      }
    }
    return null;
  }

  private boolean opensWithOrganization(String word, Map<String, Entity> orgs) {
    // Only an acronym: the lexicon reads ordinary capitalized words ("Appropriateness") loosely.
    return AcronymDefinitionFinder.isAcronymLike(word)
        && (orgs.containsKey(word)
            || lexicon.lookup(word).filter(k -> k.primaryType().isOrganization()).isPresent());
  }

  private static Optional<Span> sentenceOf(List<Span> sentences, int at) {
    for (Span s : sentences) {
      if (s.begin() <= at && at < s.end()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
