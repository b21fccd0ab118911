package org.radkg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Writes an article's text as paragraphs in which every occurrence of a recognized entity's name
 * (label, alternative labels, acronym) links to the entity; longer names win over names inside them.
 */
final class ArticleTextLinker {
  private record Hit(int start, int end, String href) {}

  private ArticleTextLinker() {}

  /** Appends the text to {@code parent}; {@code names} maps each name to the link of its entity. */
  static void write(Element parent, String text, Map<String, String> names) {
    List<Hit> hits = new ArrayList<>();
    for (Map.Entry<String, String> n : names.entrySet()) {
      String name = n.getKey();
      if (name.length() < 2) {
        continue;
      }
      for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        if (boundary(text, i - 1) && boundary(text, i + name.length())) {
          hits.add(new Hit(i, i + name.length(), n.getValue()));
        }
      }
    }
    hits.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
    Element p = parent.appendElement("p");
    int at = 0;
    for (Hit h : hits) {
      if (h.start() < at) {
        continue; // inside a longer name already linked
      }
      appendText(parent, p, text.substring(at, h.start()));
      p = lastParagraph(parent);
      p.appendElement("a").attr("href", h.href()).text(text.substring(h.start(), h.end()));
      at = h.end();
    }
    appendText(parent, p, text.substring(at));
  }

  /** Adds text, opening a new paragraph at each line break. */
  private static void appendText(Element parent, Element p, String chunk) {
    String[] lines = chunk.split("\n", -1);
    Element current = p;
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        current = parent.appendElement("p");
      }
      if (!lines[i].isEmpty()) {
        current.appendText(lines[i]);
      }
    }
  }

  private static Element lastParagraph(Element parent) {
    return parent.children().last();
  }

  private static boolean boundary(String text, int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }
}
