package org.radkg.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.radkg.corpus.LexiconFiles;

/**
 * Decides from its head word what kind of thing a name denotes: "... Society of ..." is a society,
 * "University of ..." an organization, "... Coalition" a collaboration, "... Registry" an
 * initiative, "... Congress" an event; names headed by "Journal" or "Report" are none of these.
 */
public final class NameClassifier {
  // Patterns compiled once, not at every call (String.matches and replaceAll compile theirs each
  // time).
  private static final java.util.regex.Pattern NOT_WORD_CHAR =
      java.util.regex.Pattern.compile("[^\\p{L}0-9 ]");
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern TEACHING_CENTRE =
      java.util.regex.Pattern.compile(
          "(?i).*\\b(?:training|learning|education|educational|teaching)\\s+cent(?:er|re)s?\\b.*");
  private static final Set<EntityType> SOCIETY =
      EnumSet.of(EntityType.ORGANIZATION, EntityType.SOCIETY);
  private static final Set<EntityType> ORGANIZATION = EnumSet.of(EntityType.ORGANIZATION);
  private static final Set<EntityType> COLLABORATION =
      EnumSet.of(EntityType.ORGANIZATION, EntityType.COLLABORATION);
  private static final Set<EntityType> INITIATIVE = EnumSet.of(EntityType.INITIATIVE);
  private static final Set<EntityType> EVENT = EnumSet.of(EntityType.EVENT);
  private static final Set<EntityType> NONE = EnumSet.noneOf(EntityType.class);

  private static final Map<String, Set<EntityType>> HEADS =
      Map.ofEntries(
          Map.entry("society", SOCIETY),
          Map.entry("college", SOCIETY),
          Map.entry("federation", SOCIETY),
          Map.entry("association", SOCIETY),
          Map.entry("academy", SOCIETY),
          Map.entry("sociedad", SOCIETY),
          Map.entry("société", SOCIETY),
          Map.entry("gesellschaft", SOCIETY),
          Map.entry("societa", SOCIETY),
          Map.entry("sociedade", SOCIETY),
          Map.entry("società", SOCIETY),
          Map.entry("federación", SOCIETY),
          Map.entry("federação", SOCIETY),
          Map.entry("fédération", SOCIETY),
          Map.entry("federazione", SOCIETY),
          Map.entry("asociación", SOCIETY),
          Map.entry("associação", SOCIETY),
          Map.entry("associazione", SOCIETY),
          Map.entry("colegio", SOCIETY),
          Map.entry("collège", SOCIETY),
          Map.entry("académie", SOCIETY),
          Map.entry("academia", SOCIETY),
          Map.entry("stiftung", ORGANIZATION),
          Map.entry("fundación", ORGANIZATION),
          Map.entry("fundação", ORGANIZATION),
          Map.entry("fondation", ORGANIZATION),
          Map.entry("clínica", ORGANIZATION),
          Map.entry("clinica", ORGANIZATION),
          Map.entry("centro", ORGANIZATION),
          Map.entry("facultad", ORGANIZATION),
          Map.entry("faculdade", ORGANIZATION),
          Map.entry("ministerio", ORGANIZATION),
          Map.entry("ministério", ORGANIZATION),
          Map.entry("ministère", ORGANIZATION),
          Map.entry("university", ORGANIZATION),
          Map.entry("universitas", ORGANIZATION),
          Map.entry("universidad", ORGANIZATION),
          Map.entry("institutet", ORGANIZATION),
          Map.entry("universitet", ORGANIZATION),
          Map.entry("universität", ORGANIZATION),
          Map.entry("université", ORGANIZATION),
          Map.entry("universidade", ORGANIZATION),
          Map.entry("università", ORGANIZATION),
          Map.entry("universiteit", ORGANIZATION),
          Map.entry("hôpital", ORGANIZATION),
          Map.entry("klinikum", ORGANIZATION),
          Map.entry("klinik", ORGANIZATION),
          Map.entry("hospitalier", ORGANIZATION),
          Map.entry("ospedale", ORGANIZATION),
          Map.entry("hospital", ORGANIZATION),
          Map.entry("hospitals", ORGANIZATION),
          Map.entry("institute", ORGANIZATION),
          Map.entry("institut", ORGANIZATION),
          Map.entry("instituto", ORGANIZATION),
          Map.entry("center", ORGANIZATION),
          Map.entry("centre", ORGANIZATION),
          Map.entry("clinic", ORGANIZATION),
          Map.entry("foundation", ORGANIZATION),
          Map.entry("agency", ORGANIZATION),
          Map.entry("administration", ORGANIZATION),
          Map.entry("department", ORGANIZATION),
          Map.entry("ministry", ORGANIZATION),
          Map.entry("commission", ORGANIZATION),
          Map.entry("council", ORGANIZATION),
          Map.entry("committee", ORGANIZATION),
          Map.entry("board", ORGANIZATION),
          Map.entry("school", ORGANIZATION),
          Map.entry("faculty", ORGANIZATION),
          Map.entry("laboratory", ORGANIZATION),
          Map.entry("services", ORGANIZATION),
          Map.entry("authority", ORGANIZATION),
          Map.entry("office", ORGANIZATION),
          Map.entry("bureau", ORGANIZATION),
          Map.entry("directorate", ORGANIZATION),
          Map.entry("directorates", ORGANIZATION),
          Map.entry("inspectorate", ORGANIZATION),
          // A body's standing part ("AI Subcommittee", "ACPSEM New Zealand Branch", "Task Force on
          // Brand Strategy"), a town's government and a bank are organizations too.
          Map.entry("subcommittee", ORGANIZATION),
          Map.entry("branch", ORGANIZATION),
          Map.entry("force", ORGANIZATION),
          Map.entry("forces", ORGANIZATION),
          Map.entry("municipality", ORGANIZATION),
          Map.entry("bank", ORGANIZATION),
          Map.entry("company", ORGANIZATION),
          Map.entry("corporation", ORGANIZATION),
          Map.entry("inc", ORGANIZATION),
          Map.entry("ltd", ORGANIZATION),
          Map.entry("llc", ORGANIZATION),
          Map.entry("gmbh", ORGANIZATION),
          Map.entry("plc", ORGANIZATION),
          Map.entry("corp", ORGANIZATION),
          Map.entry("ag", ORGANIZATION),
          Map.entry("nv", ORGANIZATION),
          Map.entry("bv", ORGANIZATION),
          Map.entry("srl", ORGANIZATION),
          Map.entry("pty", ORGANIZATION),
          Map.entry("core", ORGANIZATION),
          Map.entry("limited", ORGANIZATION),
          Map.entry("consultants", ORGANIZATION),
          Map.entry("associates", ORGANIZATION),
          Map.entry("group", ORGANIZATION),
          Map.entry("organization", ORGANIZATION),
          Map.entry("organisation", ORGANIZATION),
          Map.entry("trust", ORGANIZATION),
          Map.entry("parliament", ORGANIZATION),
          Map.entry("government", ORGANIZATION),
          Map.entry("section", ORGANIZATION),
          Map.entry("union", ORGANIZATION),
          Map.entry("fund", ORGANIZATION),
          Map.entry("secretariat", ORGANIZATION),
          Map.entry("institutes", ORGANIZATION),
          Map.entry("coalition", COLLABORATION),
          Map.entry("consortium", COLLABORATION),
          Map.entry("alliance", COLLABORATION),
          Map.entry("partnership", COLLABORATION),
          Map.entry("collaboration", COLLABORATION),
          Map.entry("collaborative", COLLABORATION),
          Map.entry("taskforce", COLLABORATION),
          Map.entry("program", INITIATIVE),
          Map.entry("programme", INITIATIVE),
          Map.entry("project", INITIATIVE),
          Map.entry("initiative", INITIATIVE),
          Map.entry("registry", INITIATIVE),
          Map.entry("study", INITIATIVE),
          Map.entry("trial", INITIATIVE),
          Map.entry("plan", INITIATIVE),
          Map.entry("strategy", INITIATIVE),
          Map.entry("campaign", INITIATIVE),
          Map.entry("challenge", INITIATIVE),
          Map.entry("course", INITIATIVE),
          Map.entry("platform", INITIATIVE),
          Map.entry("hub", INITIATIVE),
          Map.entry("repository", INITIATIVE),
          Map.entry("directory", INITIATIVE),
          Map.entry("criteria", INITIATIVE),
          Map.entry("guidelines", INITIATIVE),
          Map.entry("guideline", INITIATIVE),
          Map.entry("certificate", INITIATIVE),
          Map.entry("fellowship", INITIATIVE),
          Map.entry("pledge", INITIATIVE),
          Map.entry("toolkit", INITIATIVE),
          Map.entry("curriculum", INITIATIVE),
          Map.entry("curricula", INITIATIVE),
          Map.entry("standard", INITIATIVE),
          Map.entry("club", INITIATIVE),
          Map.entry("archive", INITIATIVE),
          Map.entry("database", INITIATIVE),
          Map.entry("package", INITIATIVE),
          Map.entry("mission", INITIATIVE),
          Map.entry("framework", INITIATIVE),
          Map.entry("atlas", INITIATIVE),
          Map.entry("network", COLLABORATION),
          Map.entry("library", INITIATIVE),
          Map.entry("statement", INITIATIVE),
          Map.entry("grant", INITIATIVE),
          Map.entry("infrastructure", INITIATIVE),
          Map.entry("portal", INITIATIVE),
          Map.entry("system", INITIATIVE),
          Map.entry("census", INITIATIVE),
          Map.entry("survey", INITIATIVE),
          Map.entry("podcast", INITIATIVE),
          Map.entry("map", INITIATIVE),
          Map.entry("exchange", INITIATIVE),
          Map.entry("grants", INITIATIVE),
          Map.entry("scheme", INITIATIVE),
          Map.entry("programs", INITIATIVE),
          Map.entry("programmes", INITIATIVE),
          Map.entry("projects", INITIATIVE),
          Map.entry("initiatives", INITIATIVE),
          Map.entry("registries", INITIATIVE),
          Map.entry("courses", INITIATIVE),
          Map.entry("fellowships", INITIATIVE),
          Map.entry("centers", ORGANIZATION),
          Map.entry("centres", ORGANIZATION),
          Map.entry("workshops", EVENT),
          Map.entry("webinars", EVENT),
          Map.entry("meetings", EVENT),
          Map.entry("conferences", EVENT),
          Map.entry("resolution", INITIATIVE),
          Map.entry("declaration", INITIATIVE),
          Map.entry("charter", INITIATIVE),
          Map.entry("recommendations", INITIATIVE),
          Map.entry("index", INITIATIVE),
          Map.entry("certification", INITIATIVE),
          Map.entry("series", INITIATIVE),
          Map.entry("congress", EVENT),
          Map.entry("symposium", EVENT),
          Map.entry("conference", EVENT),
          Map.entry("meeting", EVENT),
          Map.entry("summit", EVENT),
          Map.entry("workshop", EVENT),
          Map.entry("webinar", EVENT),
          Map.entry("assembly", EVENT),
          Map.entry("convention", EVENT),
          // "International Day of Radiology", "World TB Day", "Medical Physics Week": an awareness
          // day, week or
          // month is a recurring campaign (an initiative), not one dated event.
          // A society's local chapter is one of its units; institutions named in their own language
          // keep their head
          // ("Istituto Superiore di Sanità", "Commissariat à l'énergie atomique", "Bundesamt für
          // Strahlenschutz").
          Map.entry("chapter", ORGANIZATION),
          Map.entry("chapters", ORGANIZATION),
          Map.entry("istituto", ORGANIZATION),
          Map.entry("instytut", ORGANIZATION),
          Map.entry("institutul", ORGANIZATION),
          Map.entry("zentrum", ORGANIZATION),
          Map.entry("centrum", ORGANIZATION),
          Map.entry("agence", ORGANIZATION),
          Map.entry("agencia", ORGANIZATION),
          Map.entry("agenzia", ORGANIZATION),
          Map.entry("commissariat", ORGANIZATION),
          Map.entry("comissão", ORGANIZATION),
          Map.entry("comisión", ORGANIZATION),
          Map.entry("commissione", ORGANIZATION),
          Map.entry("bundesamt", ORGANIZATION),
          Map.entry("ministerium", ORGANIZATION),
          Map.entry("consejo", ORGANIZATION),
          // A committee, council or ministry named in French, Spanish or Italian ("Comité
          // Organisateur de X", "Ministero della Salute"), as its English head would be. Not the
          // Italian "Comitato": a congress's "Comitato Scientifico X 2031" names the congress too.
          Map.entry("comité", ORGANIZATION),
          Map.entry("consiglio", ORGANIZATION),
          Map.entry("ministero", ORGANIZATION),
          Map.entry("conselho", ORGANIZATION),
          Map.entry("conseil", ORGANIZATION),
          Map.entry("universitatea", ORGANIZATION),
          Map.entry("uniwersytet", ORGANIZATION),
          Map.entry("day", INITIATIVE),
          Map.entry("week", INITIATIVE),
          Map.entry("month", INITIATIVE),
          Map.entry("forum", EVENT),
          // Congresses, meetings and courses named in Spanish, Portuguese, French, Italian and
          // German: "Congreso Andino de ...", "Jornada Paulista de ...", "Journées ...".
          Map.entry("congreso", EVENT),
          Map.entry("congresso", EVENT),
          Map.entry("congrès", EVENT),
          Map.entry("kongress", EVENT),
          Map.entry("tagung", EVENT),
          Map.entry("jahrestagung", EVENT),
          Map.entry("simposio", EVENT),
          Map.entry("simpósio", EVENT),
          Map.entry("jornada", EVENT),
          Map.entry("jornadas", EVENT),
          Map.entry("encuentro", EVENT),
          Map.entry("encontro", EVENT),
          Map.entry("convención", EVENT),
          Map.entry("convenção", EVENT),
          Map.entry("convegno", EVENT),
          Map.entry("journées", EVENT),
          Map.entry("giornate", EVENT),
          Map.entry("curso", INITIATIVE),
          Map.entry("corso", INITIATIVE),
          Map.entry("cours", INITIATIVE),
          Map.entry("roundtable", EVENT),
          Map.entry("journal", NONE),
          Map.entry("magazine", NONE),
          Map.entry("report", NONE),
          Map.entry("review", NONE),
          Map.entry("act", NONE),
          Map.entry("law", NONE),
          Map.entry("bulletin", NONE),
          Map.entry("newsletter", NONE),
          Map.entry("website", NONE),
          Map.entry("reports", NONE),
          Map.entry("news", NONE),
          Map.entry("updates", NONE),
          Map.entry("highlights", NONE),
          Map.entry("channel", NONE),
          Map.entry("paper", NONE),
          Map.entry("article", NONE),
          // A venue is where an event is held, not the event nor an actor: "Forum Hall of the ...
          // Centre", "the Hilton Hotel".
          Map.entry("hall", NONE),
          Map.entry("hotel", NONE),
          Map.entry("arena", NONE),
          Map.entry("auditorium", NONE),
          Map.entry("venue", NONE),
          Map.entry("fairground", NONE));

  // Head words keyed without their accents: pages drop or change them ("Colégio" for "Colegio",
  // "Asociacion" for "Asociación"), and the head still says what the name is.
  private static final Map<String, Set<EntityType>> HEADS_FOLDED = foldedHeads();

  private static Map<String, Set<EntityType>> foldedHeads() {
    Map<String, Set<EntityType>> folded = new java.util.HashMap<>();
    HEADS.forEach((word, types) -> folded.putIfAbsent(withoutAccents(word), types));
    return Map.copyOf(folded);
  }

  /** "colégio" becomes "colegio": the word with its combining marks removed. */
  static String withoutAccents(String word) {
    if (word.chars().allMatch(c -> c < 128)) {
      return word;
    }
    return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{Mn}+", "");
  }

  // Organization heads people add by hand (data/lexicon/organization-heads.txt), read after the
  // head words above.
  private static final Set<String> LEXICON_HEADS =
      Set.copyOf(LexiconFiles.entries("organization-heads"));

  // The types a single lowercase head word gives, spelled with or without its accents.
  private static Set<EntityType> head(String word) {
    Set<EntityType> t = HEADS.get(word);
    if (t == null && LEXICON_HEADS.contains(word)) {
      return ORGANIZATION;
    }
    return t != null ? t : HEADS_FOLDED.get(withoutAccents(word));
  }

  // The lowercase words of a name, its punctuation dropped.
  private static String[] words(String name) {
    return WHITESPACE.split(
        NOT_WORD_CHAR.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").trim());
  }

  // "Prague Congress Centre", "Orange County Convention Center": a centre named for the events it
  // houses is a building.
  private static final Set<String> VENUE_KINDS =
      Set.copyOf(LexiconFiles.entries("venue-event-words"));

  private static final Set<String> TOPIC_COMPLEMENT = Set.of("on", "for", "für");

  private static final Set<String> COMPLEMENT =
      Set.of(
          "of", "for", "on", "in", "at", "de", "del", "der", "du", "da", "das", "do", "dos", "di",
          "della", "des", "für");

  // "World TB Day", "International Day of Radiology", "Medical Physics Week" are campaigns; "Boxing
  // Day",
  // "Lucia Day", "Kings Day" are holidays: a two-word day or week is a campaign only when it says
  // whose.
  private static final Set<String> CAMPAIGN_SCOPES =
      Set.copyOf(LexiconFiles.entries("campaign-scopes"));

  private static boolean isHoliday(String[] words) {
    String last = words[words.length - 1];
    boolean dayOrWeek = last.equals("day") || last.equals("week");
    // "St. Lucia Day", "Saint Patrick's Day": a saint's day is a holiday too.
    boolean saints =
        words.length >= 3
            && words.length <= 4
            && (words[0].equals("st") || words[0].equals("saint"));
    return dayOrWeek && ((words.length == 2 && !CAMPAIGN_SCOPES.contains(words[0])) || saints);
  }

  private static final Set<String> PLURAL_THINGS =
      Set.copyOf(LexiconFiles.entries("plural-thing-heads"));

  // "European Society of Radiology Premium Education Package", "College of X Youth Club": an
  // organization's full
  // name, then a thing of its own whose head ends the name. Not a plural ("Association of Academic
  // Health
  // Centers", "Council on Accreditation of Radiography Programs": the complement's members) and not
  // after an
  // event's or initiative's head ("Annual Meeting of the Radiological Society": the owner).
  private static Set<EntityType> ownedThingAtEnd(String[] words, Set<EntityType> found) {
    // "... Annual Congress 2031": an edition's year after the head is no word of the thing's kind.
    int n = words.length;
    while (n > 2 && words[n - 1].chars().allMatch(Character::isDigit)) {
      n--;
    }
    String last = words[n - 1];
    Set<EntityType> end = head(last);
    boolean organization = found.contains(EntityType.ORGANIZATION);
    // "Congress", "Class": a double s ends a singular.
    boolean plural = last.endsWith("s") && !last.endsWith("ss") && !PLURAL_THINGS.contains(last);
    if (!organization
        || end == null
        || end.isEmpty()
        || plural
        || end.equals(found)
        || COMPLEMENT.contains(words[n - 2])) {
      return found;
    }
    return end;
  }

  /**
   * Whether a word of {@code name} is a head word of any kind, including those that name no actor
   * ("Bulletin", "Journal"): such words say what the name is even when no type follows from them.
   */
  public boolean hasHeadWord(String name) {
    for (String w : words(name)) {
      if (head(w) != null) {
        return true;
      }
    }
    return false;
  }

  /** The types of {@code name}, or empty when no head word says what it is. */
  public Optional<Set<EntityType>> classify(String name) {
    String[] words = words(name);
    Set<EntityType> found = null;
    boolean complement = false;
    // The head stands before the first complement ("Society of ...", "Initiative on ...").
    String previous = "";
    // "Research Program Manager", "Interim Program Director and Assistant Professor": a role word
    // after a program's head word makes the phrase a job title (a body's trailing office, "ASUM
    // Board President", is cut off where the name is found).
    boolean roleAfterHead = false;
    for (String w : words) {
      if (COMPLEMENT.contains(w)) {
        // "Task Force on Brand Strategy", "Council for Quality Assurance Programmes": after "on" or
        // "for" comes the body's subject, never a thing it owns.
        complement = !TOPIC_COMPLEMENT.contains(w);
        break;
      }
      Set<EntityType> t = head(w);
      t = t != null ? t : germanCompoundHead(w);
      if (t != null) {
        found =
            (w.equals("centre") || w.equals("center")) && VENUE_KINDS.contains(previous) ? NONE : t;
        roleAfterHead = false;
      } else if (found != null && RoleLexicon.isRoleWord(w)) {
        roleAfterHead = true;
      }
      previous = w;
    }
    if (roleAfterHead && found.equals(INITIATIVE)) {
      return Optional.empty();
    }
    // "Presidente del Congresso", "Chair of the Organizing Committee": a role of a body is a title,
    // not a name whose head comes after its complement.
    if (found == null && !RoleLexicon.isRoleWord(words[0])) {
      for (String w : words) {
        Set<EntityType> t = head(w);
        if (t != null) {
          found = t;
          break;
        }
      }
    }
    if (found == null || found.isEmpty() || isHoliday(words)) {
      return Optional.empty();
    }
    if (complement) {
      found = ownedThingAtEnd(words, found);
    }
    // "Global Learning Centers", "Paediatric Imaging Training Centre": a centre for teaching is a
    // program.
    if (TEACHING_CENTRE.matcher(name).matches()) {
      return Optional.of(INITIATIVE);
    }
    return Optional.of(found);
  }

  // German joins a field to its head in one word: "Röntgenkongress", "Herbsttagung" are a congress
  // and a meeting. Not "-gesellschaft": "Fachgesellschaft" (a learned society) is a common noun
  // before a society's name as often as it is a name.
  private static final List<String> GERMAN_COMPOUND_HEADS =
      List.of("kongress", "kongresses", "tagung");

  private static Set<EntityType> germanCompoundHead(String word) {
    for (String head : GERMAN_COMPOUND_HEADS) {
      if (word.length() > head.length() + 2 && word.endsWith(head)) {
        return HEADS.get(head.equals("kongresses") ? "kongress" : head);
      }
    }
    return null;
  }

  // Words that say what a name is only when they follow it ("Zephyr Diagnostics, a company based in
  // ..."),
  // never inside it ("Clinical Practice", "Service Provider").
  private static final Set<String> TRAILING_ORGANIZATIONS =
      Set.copyOf(LexiconFiles.entries("organization-words-after"));

  /**
   * The type implied by a lowercase word right after a name: "(EUCAIM) project", "(OSN) interest
   * group".
   */
  public Optional<Set<EntityType>> classifyTrailing(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Set<EntityType> t = TRAILING_ORGANIZATIONS.contains(w) ? ORGANIZATION : head(w);
    return t == null || t.isEmpty() ? Optional.empty() : Optional.of(t);
  }
}
