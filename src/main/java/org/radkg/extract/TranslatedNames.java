package org.radkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an organization's name translated into the page's language and followed by the acronym of
 * its own name ("la Sociedad Norteamericana de Radiología (RSNA)", "el Colegio Estadounidense de
 * Radiología (ACR, por sus siglas en inglés)") as the known organization that acronym names, not as
 * an organization of its own.
 */
final class TranslatedNames {
  // The acronym opening the parentheses right after a name: "(RSNA)", "(ACR, por sus siglas ...)".
  private static final Pattern ACRONYM_AFTER =
      Pattern.compile("^[^\\S\\n]*\\([^\\S\\n]*([A-Z][A-Za-z0-9&\\-]{1,14})[^\\S\\n]*[),;]");

  private TranslatedNames() {}

  /**
   * {@code mentions} with each unknown organization whose name is followed by a known
   * organization's acronym that its words do not spell replaced, everywhere, by that organization.
   */
  static List<Mention> resolved(String text, List<Mention> mentions, Lexicon lexicon) {
    Map<String, Entity> translated = new HashMap<>(); // unknown entity key -> known organization
    for (Mention m : mentions) {
      Entity e = m.entity();
      if (!e.primaryType().isOrganization() || lexicon.lookup(e.label()).isPresent()) {
        continue;
      }
      Matcher a =
          ACRONYM_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
      if (!a.find()) {
        continue;
      }
      String acronym = a.group(1);
      Optional<Entity> known =
          lexicon
              .lookup(acronym)
              .filter(k -> k.primaryType().isOrganization() && !k.key().equals(e.key()));
      // A name that spells the acronym defines it ("Nordic Society of Radiology (NSR)"): another
      // organization with the same letters, not a translation.
      if (known.isEmpty()
          || AcronymDefinitionFinder.longFormFor(acronym, text.substring(m.begin(), m.end()))
              != null) {
        continue;
      }
      translated.putIfAbsent(e.key(), known.get());
    }
    if (translated.isEmpty()) {
      return mentions;
    }
    return mentions.stream()
        .map(
            m -> {
              Entity k = translated.get(m.entity().key());
              return k == null ? m : new Mention(k, m.begin(), m.end());
            })
        .toList();
  }
}
