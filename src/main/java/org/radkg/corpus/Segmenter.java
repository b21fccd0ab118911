package org.radkg.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.radkg.vocab.Slugs;

/**
 * Splits a newsletter text into society sections and titled articles, each with exact offsets into
 * the document's text; never throws on odd layout, and yields no article when it finds no title.
 *
 * <p>The layout it reads: optional front matter, then sections headed "Full Name (ACR)", each a
 * list of items "short title line, blank line, paragraphs". Blank-line counts are a weak cue (a
 * title may follow one blank line or four), so the rules below lean on the shape of lines first.
 */
public final class Segmenter {
  // A wider gap than the single blank line between paragraphs: a new item starts here.
  private static final int ITEM_GAP = 2;
  // Navigation left at the foot of a scraped page ("Go to Podcasts.") is short.
  private static final int MAX_FURNITURE_LENGTH = 80;

  /** The articles of {@code doc}, in document order. */
  public List<Article> segment(SourceDocument doc) {
    return new Run(doc).articles();
  }

  /** The state of one pass over one document. */
  private static final class Run {
    private final SourceDocument doc;
    private final List<TextLine> lines;
    private final SocietySection[] headers;
    private final boolean[] titleShaped;
    private final List<Article> articles = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private SocietySection society;
    private int titleLine = -1;
    private int bodyFirst = -1;
    private int bodyLast = -1;

    Run(SourceDocument doc) {
      this.doc = doc;
      this.lines = TextLine.split(doc.text());
      int n = lines.size();
      this.titleShaped = new boolean[n];
      this.headers = new SocietySection[n];
      for (int i = 0; i < n; i++) {
        titleShaped[i] = TitleShape.isTitleShaped(lines.get(i).content());
      }
      for (int i = 0; i < n; i++) {
        headers[i] = headerAt(i);
      }
    }

    // A header line must be followed by a title, not by a paragraph and not by itself repeated
    // (a repeated line is a title shown twice, as scraped pages often do).
    private SocietySection headerAt(int i) {
      SocietySection s = SocietyHeaderParser.parse(lines.get(i).content());
      if (s == null
          || i + 1 >= lines.size()
          || !titleShaped[i + 1]
          || lines.get(i + 1).content().equals(lines.get(i).content())) {
        return null;
      }
      return s;
    }

    List<Article> articles() {
      int n = lines.size();
      int i = firstHeader();
      // Until the first item of a section (or of a headerless document) is read, a title needs no
      // gap.
      boolean sectionStart = true;
      while (i < n) {
        if (headers[i] != null) {
          close();
          society = headers[i];
          sectionStart = true;
          i++;
        } else if (titleShaped[i]) {
          i = titleRun(i, sectionStart);
          sectionStart = false;
        } else {
          if (!isFootFurniture(i)) {
            attach(i);
          }
          i++;
        }
      }
      close();
      return articles;
    }

    // Lines above the first section header are the banner and intro of the newsletter (date, place,
    // title, foreword), not news items. Without any header, every line may hold articles.
    private int firstHeader() {
      for (int i = 0; i < headers.length; i++) {
        if (headers[i] != null) {
          return i;
        }
      }
      return 0;
    }

    /**
     * Reads a run of title-shaped lines starting at {@code from} and returns the index after it.
     * Only a line followed by body text can be a title; in a run of short lines, the title is the
     * first one that opens a new item (after a wide gap, or first in its section), so "title then
     * subtitle" reads as one article; failing that, the last one, so that link lines left after an
     * article ("European Commission Press Release on ...") stay with the article before.
     */
    private int titleRun(int from, boolean sectionStart) {
      int n = lines.size();
      int end = from;
      while (end < n && titleShaped[end] && headers[end] == null) {
        end++;
      }
      if (end == n) {
        // Short lines at the very end with no body after them: link lines of the last article when
        // close to it, page furniture when set apart.
        for (int r = from; r < end && lines.get(r).gap() < ITEM_GAP; r++) {
          attach(r);
        }
        return end;
      }
      if (headers[end] != null) {
        for (int r = from; r < end; r++) {
          attach(r);
        }
        return end;
      }
      int title = end - 1;
      for (int r = from; r < end; r++) {
        if ((r == from && sectionStart) || lines.get(r).gap() >= ITEM_GAP) {
          title = r;
          break;
        }
      }
      for (int r = from; r < title; r++) {
        attach(r);
      }
      close();
      titleLine = title;
      String titleText = lines.get(title).content();
      // A title shown twice in a row is one title; the body starts after the repeat. Any other
      // short line between title and paragraph is a subtitle and opens the body.
      int first = title + 1;
      while (first < end && lines.get(first).content().equals(titleText)) {
        first++;
      }
      bodyFirst = first;
      bodyLast = end;
      return end + 1;
    }

    // The last line of a file, short and set apart by a wide gap ("Go to Podcasts."), is
    // navigation,
    // not news; an article that has body already does not take it.
    private boolean isFootFurniture(int i) {
      TextLine line = lines.get(i);
      return i == lines.size() - 1
          && line.gap() >= ITEM_GAP
          && line.content().length() < MAX_FURNITURE_LENGTH
          && titleLine >= 0
          && bodyLast > titleLine;
    }

    // Body text with no title before it (a section's foreword, front matter) belongs to no article.
    private void attach(int line) {
      if (titleLine >= 0) {
        bodyLast = line;
      }
    }

    private void close() {
      if (titleLine < 0) {
        return;
      }
      TextLine title = lines.get(titleLine);
      int bodyBegin = lines.get(bodyFirst).begin();
      int bodyEnd = lines.get(bodyLast).end();
      articles.add(
          new Article(
              id(title.content()),
              society,
              title.content(),
              title.begin(),
              bodyBegin,
              bodyEnd,
              doc));
      titleLine = -1;
      bodyFirst = -1;
      bodyLast = -1;
    }

    private String id(String title) {
      String who =
          society == null
              ? "unknown"
              : society.acronym() != null ? society.acronym() : society.name();
      String base = SourceNames.slug(doc.name()) + "-" + Slugs.of(who) + "-" + Slugs.of(title);
      // Numbered by position in this document only, so other files never move these ids; the loop
      // skips a number another title already took ("Update", "Update", "Update 2").
      String id = base;
      for (int k = 2; !ids.add(id); k++) {
        id = base + "-" + k;
      }
      return id;
    }
  }
}
