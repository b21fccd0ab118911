package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the relation patterns and the person-role reader to one masked sentence and keeps the
 * relations whose subject and object have the classes the vocabulary allows.
 */
final class RelationExtractor {
  // Patterns compiled once, not at every call (String.matches and replaceAll compile theirs each
  // time).
  private static final java.util.regex.Pattern ENDS_WITH_BY =
      java.util.regex.Pattern.compile("(?s).*\\bby\\s+(?:the\\s+)?$");
  private static final java.util.regex.Pattern WITH_FIRST =
      java.util.regex.Pattern.compile(
          "^\\s*(?:[Tt]ogether\\s+)?[Ww]ith\\s*(?:the\\s+)?(?:(?:[\\p{Ll}-]+\\s+){1,3}?(?:of|from)\\s+(?:the\\s+)?)?$");
  private static final java.util.regex.Pattern AGENT_CLAUSE =
      java.util.regex.Pattern.compile("\\bby\\s+[^.;]*$");
  private static final Pattern RESTATED_DATE = Pattern.compile("\\s*\\(⟦D(\\d+)⟧\\)");
  private final PersonRoleExtractor roles = new PersonRoleExtractor();
  private final NamedOwnerReader owners = new NamedOwnerReader();

  List<Relation> extract(MaskedSentence s) {
    Evidence evidence = new Evidence(s.text(), s.span().begin(), s.span().end());
    List<Relation> out = new ArrayList<>();
    String masked = s.masked();
    String present = slotClasses(masked);
    int[] marks = RulePrefilter.marks(masked);
    boolean ascii = asciiCaseSuffices(masked);
    Matcher[] matchers = ascii ? ASCII_CASE_MATCHERS.get() : MATCHERS.get();
    String lowerCase = ascii ? masked.toLowerCase(java.util.Locale.ROOT) : null;
    for (int r = 0; r < RelationRules.ALL.size(); r++) {
      RelationRule rule = RelationRules.ALL.get(r);
      if (!rule.prefilter().admits(present) || !rule.prefilter().hasWords(lowerCase)) {
        continue;
      }
      Matcher m = matchers[r].reset(masked);
      boolean anywhere = rule.prefilter().start() == RulePrefilter.Start.ANY;
      // Every match is wanted, overlapping ones too: a match is tried at each position a match may
      // begin.
      m.useTransparentBounds(true).useAnchoringBounds(false);
      int from = 0;
      while (from <= masked.length()
          && (anywhere ? m.find(from) : lookingAtNext(m, rule.prefilter(), masked, marks, from))) {
        Predicate p = rule.predicate().apply(m);
        ReadingMethod method = METHODS[r];
        List<Term> subjects = terms(s, m, rule.subjectGroup(), true);
        // "With PAHO and SIDI, CIRSE started ...": the partners named first are not the leaders.
        if (rule.name().equals("lead-active")
            && WITH_FIRST.matcher(masked.substring(0, m.start())).find()
            && subjects.size() > 1) {
          subjects = List.of(subjects.get(subjects.size() - 1));
        }
        List<Term> objects =
            terms(s, m, rule.objectGroup(), p == Predicate.LOCATION || isList(rule.objectGroup()));
        if (p == Predicate.LOCATION) {
          subjects = redirectAgent(s, m, rule.subjectGroup(), subjects);
          addListedPlaces(s, m.end(rule.objectGroup()), subjects, evidence, out);
        }
        for (Term subject : subjects) {
          for (Term object : objects) {
            // "… by the KSThR, a member society of the KSR, in collaboration with …": a passive
            // agent's
            // partners work on the initiative; the appositive's society is not collaborating.
            if (rule.name().equals("in-cooperation-with")
                && AGENT_CLAUSE.matcher(masked.substring(0, m.start())).find()) {
              continue;
            }
            // Founding a collaboration makes one a member; founding anything else does not.
            boolean founding =
                rule.name().equals("formed-by-list") || rule.name().equals("founded-by-list");
            if (founding && !(object instanceof Entity oe && oe.is(EntityType.COLLABORATION))) {
              continue;
            }
            if (subject instanceof Entity se && allowed(se, p, object)) {
              out.add(new Relation(se, p, object, evidence, method));
              if (p == Predicate.COLLABORATES_WITH) {
                out.add(new Relation((Entity) object, p, se, evidence, method));
              }
            }
          }
        }
        from = m.start() + 1;
      }
    }
    for (Relation owned : owners.read(s, out, evidence)) {
      out.add(owned.orMethod(ReadingMethod.NAME_STATES_OWNER));
    }
    out.addAll(ProjectPeriods.read(s, evidence));
    for (Relation role : roles.extract(s, evidence)) {
      out.add(role.orMethod(ReadingMethod.PERSON_ROLE));
    }
    return out;
  }

  // "held in Vienna, Austria, and Chicago, USA": the places listed after the rule's own are the
  // subject's too.
  private static void addListedPlaces(
      MaskedSentence s, int listEnd, List<Term> subjects, Evidence evidence, List<Relation> out) {
    for (int i : PlaceLists.continuing(s.masked(), listEnd)) {
      Entity place = s.slot(i).entity();
      for (Term subject : subjects) {
        if (place != null
            && subject instanceof Entity se
            && allowed(se, Predicate.LOCATION, place)) {
          out.add(new Relation(se, Predicate.LOCATION, place, evidence, PlaceLists.METHOD));
        }
      }
    }
  }

  // Each rule's method, made once: a match must not allocate its provenance.
  private static final ReadingMethod[] METHODS =
      RelationRules.ALL.stream()
          .map(r -> ReadingMethod.rule(r.name()))
          .toArray(ReadingMethod[]::new);

  // One matcher per rule and thread: a Matcher is costly to create and not thread-safe.
  private static final ThreadLocal<Matcher[]> MATCHERS =
      ThreadLocal.withInitial(
          () ->
              RelationRules.ALL.stream().map(r -> r.pattern().matcher("")).toArray(Matcher[]::new));

  // The same patterns ignoring case for ASCII letters only: Unicode case folding calls
  // Character.toUpperCase and toLowerCase at every character compared, a third of the matching
  // time.
  private static final List<Pattern> ASCII_CASE =
      RelationRules.ALL.stream()
          .map(
              r ->
                  Pattern.compile(
                      r.pattern().pattern(), r.pattern().flags() & ~Pattern.UNICODE_CASE))
          .toList();
  private static final ThreadLocal<Matcher[]> ASCII_CASE_MATCHERS =
      ThreadLocal.withInitial(
          () -> ASCII_CASE.stream().map(p -> p.matcher("")).toArray(Matcher[]::new));

  // Unicode and ASCII case folding differ only on a character with case beyond ASCII ("ı", "ſ", "K"
  // fold to ASCII letters; property classes such as \p{Ll} ignore the flag): without one, both
  // pattern sets give the same matches, and the patterns' own non-ASCII characters (quotes, "⟦")
  // have no case.
  static boolean asciiCaseSuffices(String masked) {
    for (int i = 0; i < masked.length(); ) {
      int c = masked.codePointAt(i);
      if (c >= 128 && (Character.toUpperCase(c) != c || Character.toLowerCase(c) != c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  // The same match find(from) would give, for a pattern whose matches begin only where mayStartAt
  // says: at one of the sentence's marks, found once for all rules.
  private static boolean lookingAtNext(
      Matcher m, RulePrefilter prefilter, String masked, int[] marks, int from) {
    int i = java.util.Arrays.binarySearch(marks, from);
    for (i = i < 0 ? -i - 1 : i; i < marks.length; i++) {
      int at = marks[i];
      if (prefilter.mayStartAt(masked, at)) {
        m.region(at, masked.length());
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  // The class letters of the slot tokens in a masked sentence, with their case variants, since the
  // patterns ignore case.
  private static String slotClasses(String masked) {
    StringBuilder b = new StringBuilder();
    for (int i = masked.indexOf('⟦');
        i >= 0 && i + 1 < masked.length();
        i = masked.indexOf('⟦', i + 1)) {
      char c = masked.charAt(i + 1);
      b.append(Character.toUpperCase(c)).append(Character.toUpperCase(Character.toLowerCase(c)));
    }
    return b.toString();
  }

  private static boolean isList(String group) {
    return group.startsWith("l") || group.equals("p");
  }

  // A list group takes every slot of its class; a single group takes the first slot only.
  private static List<Term> terms(MaskedSentence s, Matcher m, String group, boolean all) {
    List<Term> out = new ArrayList<>();
    List<String> groups = new ArrayList<>(List.of(group));
    if (hasGroup(m, group + "2")) {
      groups.add(group + "2");
    }
    for (String g : groups) {
      String text = m.group(g);
      if (text == null) {
        continue;
      }
      List<Integer> idx = new ArrayList<>(MaskedSentence.slotIndexes(text));
      // "in 2020 (October 1, 2020)": a date restated more precisely in parentheses is the one
      // meant.
      if (idx.size() == 1 && s.slot(idx.get(0)).date() != null) {
        Matcher restated = RESTATED_DATE.matcher(s.masked()).region(m.end(g), s.masked().length());
        if (restated.lookingAt()) {
          idx.set(0, Integer.parseInt(restated.group(1)));
        }
      }
      char wanted = idx.isEmpty() ? ' ' : s.slot(idx.get(0)).code();
      for (int i : idx) {
        Slot slot = s.slot(i);
        boolean sameClass =
            slot.code() == wanted || (isList(group) && slot.code() == 'O' && wanted != 'P');
        if (!sameClass) {
          continue;
        }
        out.add(slot.date() != null ? slot.date().literal() : slot.entity());
        if (!all && !isList(group)) {
          break;
        }
      }
    }
    return out;
  }

  private static final java.util.Map<java.util.regex.Pattern, java.util.Map<String, Boolean>>
      GROUPS = new java.util.concurrent.ConcurrentHashMap<>();

  // Asking a Matcher for a missing group throws: the answer is kept per pattern.
  private static boolean hasGroup(Matcher m, String name) {
    return GROUPS
        .computeIfAbsent(m.pattern(), p -> new java.util.concurrent.ConcurrentHashMap<>())
        .computeIfAbsent(name, k -> probeGroup(m, name));
  }

  private static boolean probeGroup(Matcher m, String name) {
    try {
      m.group(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  // "hosted by the ESRNM in Hurghada": the place is the event's, not the agent's.
  private static List<Term> redirectAgent(
      MaskedSentence s, Matcher m, String group, List<Term> subjects) {
    String before = s.masked().substring(0, m.start(group));
    if (!ENDS_WITH_BY.matcher(before).matches()) {
      return subjects;
    }
    // Only an event takes its organizer's city; an institution hosting a program keeps its own.
    List<Integer> earlier = MaskedSentence.slotIndexes(before);
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Slot slot = s.slot(earlier.get(k));
      if (slot.code() == 'E') {
        return List.of(slot.entity());
      }
      if (slot.code() == 'I') {
        return subjects;
      }
    }
    return subjects;
  }

  static boolean allowed(Entity s, Predicate p, Term o) {
    if (o instanceof Entity oe && oe.key().equals(s.key())) {
      return false;
    }
    boolean org = s.primaryType().isOrganization();
    boolean activity = s.is(EntityType.INITIATIVE) || s.is(EntityType.EVENT);
    return switch (p) {
      case LEADS, PARTNERS_IN, PARTICIPATES_IN ->
          org && o instanceof Entity e && (e.is(EntityType.INITIATIVE) || e.is(EntityType.EVENT));
      case FUNDS, HOSTS -> org && o instanceof Entity e && e.is(EntityType.INITIATIVE);
      case MEMBER_OF, COLLABORATES_WITH ->
          org && o instanceof Entity e && e.primaryType().isOrganization();
      case PART_OF ->
          activity
              && o instanceof Entity e
              && (e.is(EntityType.INITIATIVE) || e.is(EntityType.EVENT));
      case LOCATION -> (org || activity) && o instanceof Entity e && e.primaryType().isPlace();
      case START_DATE -> activity && o instanceof LiteralValue;
      case AFFILIATION ->
          s.is(EntityType.PERSON) && o instanceof Entity e && e.primaryType().isOrganization();
      case JOB_TITLE -> s.is(EntityType.PERSON) && o instanceof LiteralValue;
    };
  }
}
