package org.radkg.corpus;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an HTML page into plain text in the newsletter layout the {@link Segmenter} reads: headings
 * on their own lines after two blank lines, paragraphs separated by one blank line, list items as
 * lines {@code " • text"}; scripts, styles, navigation, footers and the head are dropped.
 *
 * <p>Offsets of articles read from HTML count into this extracted text, not into the markup. Never
 * throws on broken markup, and walks the tree iteratively, so any nesting depth is safe.
 */
public final class HtmlTextExtractor {
  private static final Set<String> DROPPED =
      Set.of(
          "head",
          "script",
          "style",
          "nav",
          "footer",
          "noscript",
          "template",
          "iframe",
          "svg",
          "button",
          "form",
          "select",
          "dialog");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "aside",
          "blockquote",
          "pre",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "table",
          "tr",
          "figure",
          "figcaption",
          "address",
          "hr",
          "body");

  /** The page's text; blank when the page has none. */
  public String extract(String html) {
    return page(html).text();
  }

  /**
   * The page's main content as text, with what the page says about itself: the content of its one
   * {@code <article>} or {@code <main>} when it has one, without navigation, banners, cookie
   * notices and share bars; the title from {@code og:title} or {@code <title>} is put first when
   * the content has no {@code <h1>} of its own, so the page reads as one titled article.
   */
  public ExtractedPage page(String html) {
    Document doc = Jsoup.parse(html);
    PageMetadata meta = PageMetadataReader.read(doc);
    Element root = MainContent.of(doc);
    Layout layout = new Layout();
    NodeTraversor.filter(layout, root);
    String text = layout.text();
    String title = meta.title();
    if (title != null
        && !text.isBlank()
        && root.selectFirst("h1") == null
        && !startsWithLine(text, title)) {
      text = title + "\n\n\n" + text;
    }
    return new ExtractedPage(text, meta);
  }

  private static boolean startsWithLine(String text, String line) {
    int nl = text.indexOf('\n');
    return (nl < 0 ? text : text.substring(0, nl)).strip().equalsIgnoreCase(line);
  }

  /** The text of a page and its metadata. */
  public record ExtractedPage(String text, PageMetadata metadata) {}

  /** Emits text with pending breaks, so empty or nested blocks never pile up blank lines. */
  private static final class Layout implements NodeFilter {
    private static final int NONE = 0;
    private static final int LINE = 1;
    private static final int PARAGRAPH = 2;
    private static final int SECTION = 3;

    private final StringBuilder out = new StringBuilder();
    private int pendingBreak = NONE;
    private String pendingPrefix = "";
    private boolean lineStart = true;
    // Inside a list item, blocks are inline: a <p> in an <li> must not split the bullet line.
    private int itemDepth;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        appendText(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (DROPPED.contains(tag) || MainContent.isBoilerplate(e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br")) {
          breakAtLeast(LINE);
        } else if (tag.equals("li")) {
          breakAtLeast(LINE);
          pendingPrefix = "  • ";
          itemDepth++;
        } else if (itemDepth == 0 && HEADINGS.contains(tag)) {
          // Two blank lines before a heading, as before a title in the seed newsletter: the
          // segmenter reads the wider gap as the start of a new item.
          breakAtLeast(SECTION);
        } else if (itemDepth == 0 && BLOCKS.contains(tag)) {
          breakAtLeast(PARAGRAPH);
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("li")) {
          itemDepth--;
          breakAtLeast(LINE);
        } else if (itemDepth == 0 && (HEADINGS.contains(tag) || BLOCKS.contains(tag))) {
          breakAtLeast(PARAGRAPH);
        }
      }
      return FilterResult.CONTINUE;
    }

    private void breakAtLeast(int kind) {
      pendingBreak = Math.max(pendingBreak, kind);
    }

    private void appendText(String raw) {
      String collapsed = raw.replaceAll("[\\s\\u00A0]+", " ");
      if (collapsed.isBlank()) {
        if (!collapsed.isEmpty() && !lineStart && pendingBreak == NONE) {
          out.append(' ');
        }
        return;
      }
      if (pendingBreak != NONE && out.length() > 0) {
        trimTrailingSpace();
        out.append("\n".repeat(pendingBreak));
        lineStart = true;
      }
      if (pendingBreak != NONE || out.length() == 0) {
        out.append(pendingPrefix);
        pendingPrefix = "";
      }
      pendingBreak = NONE;
      if (lineStart) {
        collapsed = collapsed.stripLeading();
      } else if (out.length() > 0
          && out.charAt(out.length() - 1) == ' '
          && collapsed.startsWith(" ")) {
        collapsed = collapsed.substring(1);
      }
      out.append(collapsed);
      lineStart = false;
    }

    private void trimTrailingSpace() {
      while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
        out.setLength(out.length() - 1);
      }
    }

    String text() {
      trimTrailingSpace();
      return out.length() == 0 ? "" : out.append('\n').toString();
    }
  }
}
