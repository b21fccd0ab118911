package org.radkg.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document that is not in the newsletter layout (a news page, a press release, a page's
 * main content) as one article: titled by the headline the page gives in its metadata, else by the
 * last title-shaped line above the first paragraph (banners, datelines and bylines skipped), else
 * by its first sentence; the story ends before a "Related content" heading. Yields nothing only for
 * a text without a single letter.
 */
final class SinglePageLayout {
  // A headline stands among the first lines of a page; past these, short lines are the story's own.
  private static final int MAX_LEADING_LINES = 12;
  // Headlines run to about fifteen words; a line beyond this is prose.
  private static final int MAX_TITLE_WORDS = 22;
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "(?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?(?:\\d{1,2}\\s+)?"
              + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*(?:\\d{1,2},?\\s*)?\\d{4}"
              + "|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{4}");
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?i)(?:by|(?:posted|written|compiled|edited|reported|interview(?:ed)?) by|authors?:?)\\s+\\S.*");
  // A photo's credit or caption left above the story: "View of the tower. © Jane Doe | Picture
  // Agency",
  // "Photo: Jane Doe", "Image credit: X", "(Photo courtesy of X)". It names the picture, not the
  // story.
  private static final Pattern PHOTO_CREDIT =
      Pattern.compile(
          "(?i).*(?:©|\\(c\\)\\s*\\d{4}|\\bcopyright\\b).*|^\\(?(?:photo|image|picture|credit|photo\\s+credit|image\\s+credit)s?\\b\\s*(?::|by\\b|courtesy\\b).*");
  // A postal address or contact line in a page's header or footer: "377 Main Street, Suite 310",
  // "P.O. Box 12", "Tel.: 613 …".
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?i)^\\d+[A-Z]?\\s+\\S.*\\b(?:street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd|lane|way|suite|floor)\\b.*|^p\\.?\\s?o\\.?\\s+box\\b.*"
              + "|^(?:tel|phone|fax|e-?mail)\\b.*");
  // A date in a page's furniture: "24 January 2023", "Apr 1, 2007", "May 23rd, 2020",
  // "September/October 2024", "2018-01-17".
  private static final String MONTH =
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern ANY_DATE =
      Pattern.compile(
          "(?i)\\b(?:"
              + MONTH
              + "(?:\\s*/\\s*"
              + MONTH
              + ")?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?\\d{4}"
              + "|\\d{1,2}(?:st|nd|rd|th)?\\s+"
              + MONTH
              + ",?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})\\b");
  // What else a dateline holds: a time, a label, a category, a hit counter.
  private static final Pattern DATELINE_FILLER =
      Pattern.compile(
          "(?i)\\b\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?|\\b(?:publication|published|posted|updated|last|date|on|category|categories|hits?|views?|press|releases?|news)\\b|\\d+|[^\\p{L}\\s]");
  // A dateline may name its place ("Brussels, 24 January 2023"), nothing more.
  private static final int MAX_DATELINE_WORDS = 3;
  // "Title : Letter from the President": a page that labels its title.
  private static final Pattern TITLE_LABEL = Pattern.compile("(?i)^title\\s*:\\s*");
  // Notices a site puts above every page: never part of a story.
  private static final Pattern NOTICE =
      Pattern.compile(
          "(?i)\\b(?:uses?\\s+cookies|accept\\s+(?:all\\s+)?cookies|cookie\\s+(?:policy|settings|preferences)|outdated\\s+browser"
              + "|update\\s+your\\s+browser|enable\\s+javascript|javascript\\s+is\\s+disabled)\\b");
  // The end of a sentence: a full stop, ? or ! (and a closing quote), space, then a capital.
  private static final Pattern SENTENCE_END =
      Pattern.compile("(\\p{L}+)?[.!?][\"”’')]?\\s+(?=[\"“‘(]?\\p{Lu})");
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "prof", "dr", "st", "mr", "mrs", "ms", "jr", "sr", "vs", "no", "inc", "ltd", "co", "dept",
          "univ", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec", "u", "s", "e", "i", "va", "md", "mass", "calif", "ill", "wash", "fla", "mich",
          "minn", "penn", "conn", "ariz", "colo", "tenn", "mt", "ft");

  private final LineLexicon banners;
  private final LineLexicon storyEnds;

  SinglePageLayout() {
    this(LineLexicon.fromClasspath("banners"), LineLexicon.fromClasspath("story-ends"));
  }

  SinglePageLayout(LineLexicon banners, LineLexicon storyEnds) {
    this.banners = banners;
    this.storyEnds = storyEnds;
  }

  /** The one article of {@code doc}, with an id made from the document's name and the title. */
  Optional<Article> read(SourceDocument doc) {
    List<TextLine> lines = TextLine.split(doc.text());
    int first = 0;
    while (first < lines.size() && banners.matches(lines.get(first).content())) {
      first++;
    }
    if (first == lines.size()
        || lines.subList(first, lines.size()).stream()
            .noneMatch(l -> l.content().codePoints().anyMatch(Character::isLetter))) {
      return Optional.empty();
    }
    int last = lastStoryLine(lines, first);
    int title = titleLine(lines, first, last, doc.metadata().title());
    // An author block above the story ("Madan Rehani, PhD" / "President, IOMP") is the story's:
    // the body begins with it, even when the headline stands below it.
    int block = firstSignatureBlock(lines, first, title >= 0 ? title : last);
    if (title >= 0) {
      TextLine t = titleOf(lines.get(title));
      int bodyBegin = title + 1 <= last ? lines.get(title + 1).begin() : t.end();
      int bodyEnd = title + 1 <= last ? lines.get(last).end() : t.end();
      if (block >= 0 && block < title) {
        bodyBegin = lines.get(block).begin();
        bodyEnd = lines.get(last).end();
      }
      return Optional.of(article(doc, t.content(), t.begin(), bodyBegin, bodyEnd));
    }
    // No headline: the first sentence stands for one, and stays the body's first sentence, since it
    // is the story's lead (what a press release's first sentence states is read like any other).
    int startLine = storyStart(lines, first, last);
    int bodyBeginLine = startLine;
    if (block >= 0 && block <= startLine) {
      int afterBlock = SignatureBlock.end(lines, block);
      bodyBeginLine = block;
      startLine = afterBlock <= last ? storyStart(lines, afterBlock, last) : block;
    }
    TextLine start = lines.get(startLine);
    String text = doc.text();
    int sentenceEnd = firstSentenceEnd(text, start.begin(), start.end());
    String titleText = text.substring(start.begin(), sentenceEnd).strip();
    int bodyBegin = lines.get(bodyBeginLine).begin();
    int bodyEnd = Math.max(start.begin(), lines.get(last).end());
    return Optional.of(article(doc, titleText, start.begin(), bodyBegin, bodyEnd));
  }

  /** The first line of an author block among the leading lines before {@code limit}, or -1. */
  private static int firstSignatureBlock(List<TextLine> lines, int first, int limit) {
    for (int i = first; i <= limit && i < first + MAX_LEADING_LINES && i < lines.size(); i++) {
      if (SignatureBlock.end(lines, i) > i) {
        return i;
      }
    }
    return -1;
  }

  private int lastStoryLine(List<TextLine> lines, int first) {
    for (int i = first + 1; i < lines.size(); i++) {
      // "Related Content" alone heads other pages' headlines; "Related Content: X" is one link
      // inside the story.
      if (storyEnds.matchesAlone(lines.get(i).content())) {
        return i - 1;
      }
    }
    return lines.size() - 1;
  }

  private int titleLine(List<TextLine> lines, int first, int last, String headline) {
    if (headline != null) {
      String h = normalize(headline);
      for (int i = first; i <= last && i < first + MAX_LEADING_LINES; i++) {
        if (normalize(lines.get(i).content()).equals(h)) {
          return i;
        }
      }
    }
    int chosen = -1;
    int chosenWords = 0;
    for (int i = first; i <= last && i < first + MAX_LEADING_LINES; i++) {
      String line = lines.get(i).content();
      if (banners.matches(line) || isDateOrByline(line) || NOTICE.matcher(line).find()) {
        continue;
      }
      // A name and its offices are an author block, never the headline.
      int blockEnd = SignatureBlock.end(lines, i);
      if (blockEnd > i) {
        i = blockEnd - 1;
        continue;
      }
      if (TITLE_LABEL.matcher(line).lookingAt()) {
        return i;
      }
      // "• English", "• About RSNA": a menu or breadcrumb above the headline; its last item may be
      // the title.
      String head = line.substring(TitleShape.bulletMarkLength(line));
      int words = wordCount(head);
      // A line this long is the story's lead sentence without its full stop, not a headline.
      if (!TitleShape.isTitleShaped(head) || words > MAX_TITLE_WORDS) {
        break;
      }
      // Of the short lines above the story, the headline is the longest: the others are a section's
      // name ("Organizers"), a place line ("Vienna, Austria") or a byline left by the page.
      if (words >= chosenWords) {
        chosen = i;
        chosenWords = words;
      }
    }
    // A title needs something after it to head; a lone short line is the whole text, read as a
    // sentence.
    return chosen >= 0 && chosen < last ? chosen : -1;
  }

  /** The title a title line states: without a bullet or a "Title :" label before it. */
  private static TextLine titleOf(TextLine line) {
    String content = line.content();
    Matcher label = TITLE_LABEL.matcher(content);
    int skip = label.lookingAt() ? label.end() : TitleShape.bulletMarkLength(content);
    return skip == 0
        ? line
        : new TextLine(
            line.number(), line.begin() + skip, line.end(), line.gap(), content.substring(skip));
  }

  // The first line a story may start with: past notices, banners, datelines and a menu of short
  // items.
  private int storyStart(List<TextLine> lines, int first, int last) {
    for (int i = first; i <= last; i++) {
      String line = lines.get(i).content();
      boolean menuItem = TitleShape.isBullet(line) && line.length() < 40;
      if (!banners.matches(line)
          && !isDateOrByline(line)
          && !NOTICE.matcher(line).find()
          && !menuItem) {
        return i;
      }
    }
    return first;
  }

  private static int wordCount(String line) {
    int words = 0;
    for (String w : line.split("\\s+")) {
      if (w.codePoints().anyMatch(Character::isLetter)) {
        words++;
      }
    }
    return words;
  }

  private static boolean isDateOrByline(String line) {
    return DATE_LINE.matcher(line).matches()
        || BYLINE.matcher(line).matches()
        || ADDRESS.matcher(line).matches()
        || PHOTO_CREDIT.matcher(line).matches()
        || isDateline(line);
  }

  // "Brussels, 24 January 2023", "Apr 1, 2007 6:00 PM", "Publication Date: May 23rd, 2020 16:34,
  // Category: Press Releases".
  private static boolean isDateline(String line) {
    if (line.length() > 120 || !ANY_DATE.matcher(line).find()) {
      return false;
    }
    String rest =
        DATELINE_FILLER.matcher(ANY_DATE.matcher(line).replaceAll(" ")).replaceAll(" ").strip();
    return rest.isEmpty() || rest.split("\\s+").length <= MAX_DATELINE_WORDS;
  }

  private static int firstSentenceEnd(String text, int from, int lineEnd) {
    Matcher m = SENTENCE_END.matcher(text).region(from, lineEnd);
    while (m.find()) {
      String word = m.group(1);
      boolean abbreviation =
          word != null
              && (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
                  || word.length() == 1 && Character.isUpperCase(word.charAt(0)));
      if (!abbreviation) {
        int end = m.end();
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        return end;
      }
    }
    return lineEnd;
  }

  private static String normalize(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static Article article(
      SourceDocument doc, String title, int titleBegin, int bodyBegin, int bodyEnd) {
    // The form the newsletter segmenter gives an article under no header, so ids do not depend on
    // the layout read.
    String id = SourceNames.slug(doc.name()) + "-unknown-" + org.radkg.vocab.Slugs.of(title);
    return new Article(id, null, title, titleBegin, bodyBegin, bodyEnd, doc);
  }
}
