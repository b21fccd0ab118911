package org.radkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;

/**
 * An initiative written with its organization after it ("the Radiology Residency Program at Tarvo
 * University") also goes by the name annotators give it, its owner first ("Tarvo University
 * Radiology Residency Program"), and is led by that organization.
 */
final class HostedInitiatives {
  // Between the initiative and its organization: " at ", " at the " on one line.
  private static final Pattern AT =
      Pattern.compile("^[^\\S\\n]+at[^\\S\\n]+(?:the[^\\S\\n]+)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_THE = Pattern.compile("^(?:the|The)\\s+");
  private static final int MAX_GAP = 9;
  // A programme an institution runs is its own; a day celebrated at a hospital is only held there.
  private static final Set<String> HEADS =
      Set.copyOf(LexiconFiles.entries("hosted-initiative-heads"));

  private HostedInitiatives() {}

  /**
   * Replaces, in {@code mentions}, each initiative one organization hosts by one that also carries
   * the owner-first names, and returns the {@code leads} facts, each with the sentence that states
   * it. An initiative two organizations host keeps its names.
   */
  static List<Relation> name(String text, List<Mention> mentions, List<Span> sentences) {
    Map<String, Entity> hostOf = new HashMap<>(); // initiative key -> its one host
    Map<String, Mention> firstAt = new LinkedHashMap<>(); // initiative key -> where hosted first
    Map<String, String> writtenHost = new HashMap<>(); // initiative key -> host as written
    for (Mention m : mentions) {
      if (!m.entity().is(EntityType.INITIATIVE) || !HEADS.contains(head(m.entity().label()))) {
        continue;
      }
      Optional<Mention> host = hostAfter(text, m, mentions);
      if (host.isEmpty()) {
        continue;
      }
      Entity h = host.get().entity();
      String key = m.entity().key();
      Entity had = hostOf.putIfAbsent(key, h);
      if (had != null && !had.equals(h)) {
        hostOf.put(key, null); // hosted by two: neither names it
      }
      firstAt.putIfAbsent(key, m);
      writtenHost.putIfAbsent(
          key,
          LEADING_THE
              .matcher(text.substring(host.get().begin(), host.get().end()).strip())
              .replaceFirst(""));
    }
    Map<String, Entity> renamed = new HashMap<>();
    List<Relation> leads = new ArrayList<>();
    for (Map.Entry<String, Mention> e : firstAt.entrySet()) {
      Entity host = hostOf.get(e.getKey());
      Entity initiative = e.getValue().entity();
      if (host == null || named(initiative.label(), host)) {
        continue;
      }
      TreeSet<String> alt = new TreeSet<>(initiative.altLabels());
      for (String owner :
          new String[] {writtenHost.get(e.getKey()), host.acronym(), host.label()}) {
        if (owner != null && !owner.isBlank()) {
          alt.add(owner + " " + initiative.label());
        }
      }
      Entity named = initiative.withAltLabels(alt);
      renamed.put(e.getKey(), named);
      Mention at = e.getValue();
      Span s =
          sentences.stream()
              .filter(x -> x.begin() <= at.begin() && at.end() <= x.end())
              .findFirst()
              .orElse(new Span(at.begin(), at.end()));
      leads.add(
          new Relation(
                  host,
                  Predicate.LEADS,
                  named,
                  new Evidence(text.substring(s.begin(), s.end()), s.begin(), s.end()))
              .orMethod(ReadingMethod.OWNED_NAME));
    }
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Entity to = renamed.get(m.entity().key());
      if (to != null) {
        mentions.set(i, new Mention(to, m.begin(), m.end()));
      }
    }
    return leads;
  }

  // The organization right after the initiative, behind "at" or "at the".
  private static Optional<Mention> hostAfter(String text, Mention m, List<Mention> mentions) {
    Mention next = null;
    for (Mention o : mentions) {
      if (o.begin() >= m.end()
          && o.begin() - m.end() <= MAX_GAP
          && (next == null || o.begin() < next.begin())) {
        next = o;
      }
    }
    if (next == null
        || !next.entity().primaryType().isOrganization()
        || OwnedNames.isGeneric(next.entity())
        || !AT.matcher(text.substring(m.end(), next.begin())).matches()) {
      return Optional.empty();
    }
    return Optional.of(next);
  }

  private static String head(String label) {
    return label.substring(label.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
  }

  // Whether the initiative's name already states the organization ("Tarvo University Fellowship").
  private static boolean named(String label, Entity org) {
    String l = label.toLowerCase(Locale.ROOT);
    return l.contains(org.label().toLowerCase(Locale.ROOT))
        || (org.acronym() != null && l.contains(org.acronym().toLowerCase(Locale.ROOT)));
  }
}
