package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Applies the relation patterns and the person-role reader to one masked sentence and keeps the
 * relations whose subject and object have the classes the vocabulary allows.
 */
final class RelationExtractor {
  private static final java.util.regex.Pattern WITH_FIRST = java.util.regex.Pattern.compile("^\\s*(?:[Tt]ogether\\s+)?[Ww]ith\\s*$");
  private static final java.util.regex.Pattern AGENT_CLAUSE = java.util.regex.Pattern.compile("\\bby\\s+[^.;]*$");
  private final PersonRoleExtractor roles = new PersonRoleExtractor();

  List<Relation> extract(MaskedSentence s) {
    Evidence evidence = new Evidence(s.text(), s.span().begin(), s.span().end());
    List<Relation> out = new ArrayList<>();
    String masked = s.masked();
    for (RelationRule rule : RelationRules.ALL) {
      Matcher m = rule.pattern().matcher(masked);
      int from = 0;
      while (from <= masked.length() && m.find(from)) {
        Predicate p = rule.predicate().apply(m);
        List<Term> subjects = terms(s, m, rule.subjectGroup(), true);
        // "With PAHO and SIDI, CIRSE started ...": the partners named first are not the leaders.
        if (rule.name().equals("lead-active") && WITH_FIRST.matcher(masked.substring(0, m.start())).find() && subjects.size() > 1) {
          subjects = List.of(subjects.get(subjects.size() - 1));
        }
        List<Term> objects = terms(s, m, rule.objectGroup(), p == Predicate.LOCATION || isList(rule.objectGroup()));
        if (p == Predicate.LOCATION) {
          subjects = redirectAgent(s, m, rule.subjectGroup(), subjects);
        }
        for (Term subject : subjects) {
          for (Term object : objects) {
            // "… by the KSThR, a member society of the KSR, in collaboration with …": a passive agent's
            // partners work on the initiative; the appositive's society is not collaborating.
            if (rule.name().equals("in-cooperation-with") && AGENT_CLAUSE.matcher(masked.substring(0, m.start())).find()) {
              continue;
            }
            // Founding a collaboration makes one a member; founding anything else does not.
            boolean founding = rule.name().equals("formed-by-list") || rule.name().equals("founded-by-list");
            if (founding && !(object instanceof Entity oe && oe.is(EntityType.COLLABORATION))) {
              continue;
            }
            if (subject instanceof Entity se && allowed(se, p, object)) {
              out.add(new Relation(se, p, object, evidence));
              if (p == Predicate.COLLABORATES_WITH) {
                out.add(new Relation((Entity) object, p, se, evidence));
              }
            }
          }
        }
        from = m.start() + 1;
      }
    }
    out.addAll(roles.extract(s, evidence));
    return out;
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
      List<Integer> idx = MaskedSentence.slotIndexes(text);
      char wanted = idx.isEmpty() ? ' ' : s.slot(idx.get(0)).code();
      for (int i : idx) {
        Slot slot = s.slot(i);
        boolean sameClass = slot.code() == wanted || (isList(group) && slot.code() == 'O' && wanted != 'P');
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

  private static boolean hasGroup(Matcher m, String name) {
    try {
      m.group(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  // "hosted by the ESRNM in Hurghada": the place is the event's, not the agent's.
  private static List<Term> redirectAgent(MaskedSentence s, Matcher m, String group, List<Term> subjects) {
    String before = s.masked().substring(0, m.start(group));
    if (!before.matches("(?s).*\\bby\\s+(?:the\\s+)?$")) {
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
      case LEADS, PARTNERS_IN, PARTICIPATES_IN -> org && o instanceof Entity e && (e.is(EntityType.INITIATIVE) || e.is(EntityType.EVENT));
      case FUNDS, HOSTS -> org && o instanceof Entity e && e.is(EntityType.INITIATIVE);
      case MEMBER_OF, COLLABORATES_WITH -> org && o instanceof Entity e && e.primaryType().isOrganization();
      case PART_OF -> activity && o instanceof Entity e && (e.is(EntityType.INITIATIVE) || e.is(EntityType.EVENT));
      case LOCATION -> (org || activity) && o instanceof Entity e && e.primaryType().isPlace();
      case START_DATE -> activity && o instanceof LiteralValue;
      case AFFILIATION -> s.is(EntityType.PERSON) && o instanceof Entity e && e.primaryType().isOrganization();
      case JOB_TITLE -> s.is(EntityType.PERSON) && o instanceof LiteralValue;
    };
  }
}
