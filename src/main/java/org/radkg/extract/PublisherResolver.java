package org.radkg.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.Article;
import org.radkg.corpus.PageMetadata;
import org.radkg.corpus.SocietySection;
import org.radkg.vocab.Slugs;

/**
 * Says who published an article, from what the document states and nothing else: the society of its
 * newsletter section; the publisher the operator named ({@code --publisher}) or the page's site
 * name when the authority file knows it; or the organization a press release's dateline opens with
 * ("RESTON, Va. (Nov. 4, 2015) — The American College of Radiology (ACR) today announced"). Never
 * the first or most often named organization: when none of these holds, the publisher is unknown
 * (null).
 */
final class PublisherResolver {
  // "RESTON, Va. (Nov. 4, 2015) —", "CHICAGO, Nov. 4, 2015 /PRNewswire/ --", "OAK BROOK, Ill. -": a
  // dateline.
  private static final Pattern DATELINE =
      Pattern.compile(
          "\\p{Lu}[\\p{Lu}\\p{L} .,'’]{1,60}?(?:\\([^)\\n]{0,40}\\)|/[^/\\n]{1,30}/|,[^—–\\n]{0,30}\\d{4})?\\s*(?:—|–|--?)\\s*(?:[Tt]he\\s+)?");
  // What the dated organization then does in a release of its own.
  private static final Pattern ANNOUNCES =
      Pattern.compile(
          "(?:\\s*\\([^)]{1,20}\\))?(?:,[^,.]{1,80},)?\\s+(?:today\\s+|has\\s+|have\\s+|is\\s+|are\\s+|will\\s+)?"
              + "(?:announce[ds]?|release[ds]?|launche[ds]?|unveil(?:ed|s)?|name[ds]?|award(?:ed|s)|publishe[ds]|issue[ds]"
              + "|introduce[ds]|pleased|proud|select(?:ed|s)|welcome[ds]|launch|honou?r(?:ed|s))\\b");
  // Leading lines a dateline may follow within the first paragraph of a release.
  private static final int DATELINE_WINDOW = 400;

  private final Lexicon lexicon;

  PublisherResolver(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The publisher of {@code article}, or null when the document does not say. */
  Entity publisher(Article article, List<Mention> mentions) {
    if (article.society() != null) {
      return sectionSociety(article.society());
    }
    PageMetadata meta = article.source().metadata();
    if (meta.publisher() != null) {
      return lexicon.lookup(meta.publisher()).orElseGet(() -> organization(meta.publisher()));
    }
    if (meta.siteName() != null) {
      Optional<Entity> site =
          lexicon.lookup(meta.siteName()).filter(e -> e.is(EntityType.ORGANIZATION));
      if (site.isPresent()) {
        return site.get();
      }
    }
    return dated(article, mentions);
  }

  private Entity dated(Article article, List<Mention> mentions) {
    String text = article.source().text();
    int from =
        article.bodyBegin() > article.titleBegin() ? article.titleBegin() : article.bodyBegin();
    int to = Math.min(article.bodyEnd(), from + DATELINE_WINDOW + article.title().length());
    for (Mention m : mentions) {
      if (m.begin() < from || m.end() > to || !m.entity().is(EntityType.ORGANIZATION)) {
        continue;
      }
      int lineStart = text.lastIndexOf('\n', m.begin() - 1) + 1;
      Matcher d = DATELINE.matcher(text).region(Math.max(lineStart, from), m.begin());
      Matcher a = ANNOUNCES.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 120));
      if (d.matches() && a.lookingAt()) {
        return m.entity();
      }
    }
    return null;
  }

  private Entity sectionSociety(SocietySection section) {
    Optional<Entity> known = Optional.empty();
    if (section.acronym() != null) {
      known = lexicon.lookup(section.acronym());
    }
    known = known.or(() -> lexicon.lookup(section.name()));
    if (known.isPresent()) {
      return known.get();
    }
    TreeSet<String> alt = new TreeSet<>();
    if (section.acronym() != null) {
      alt.add(section.acronym());
    }
    return new Entity(
        Slugs.of(section.name()),
        section.name(),
        section.acronym(),
        alt,
        EnumSet.of(EntityType.ORGANIZATION, EntityType.SOCIETY),
        new TreeSet<>(),
        null);
  }

  // A publisher the operator named but the authority file does not know: an organization of that
  // name.
  private static Entity organization(String name) {
    return new Entity(
        Slugs.of(name),
        name,
        null,
        new TreeSet<>(),
        EnumSet.of(EntityType.ORGANIZATION),
        new TreeSet<>(),
        null);
  }
}
