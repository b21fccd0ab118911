package org.radkg.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Writes an article's text as paragraphs in which every occurrence of a recognized entity's name
 * (label, alternative labels, acronym) links to the entity, longer names winning over names inside
 * them, each link classed by the entity's kind ({@code entity entity-organization}) for
 * highlighting, and each evidence sentence is a {@code <mark>} with an id that evidence links point
 * at.
 */
final class ArticleTextLinker {
  private record Span(int start, int end, String value) {}

  private ArticleTextLinker() {}

  /**
   * Appends the text to {@code parent}; {@code names} maps each name to the link of its entity,
   * {@code sentences} maps each evidence sentence to its anchor id (sentences not found are
   * skipped).
   */
  static void write(
      Element parent, String text, Map<String, String> names, Map<String, String> sentences) {
    List<Span> links = nonOverlapping(find(text, names, true));
    List<Span> marks =
        nonOverlapping(
            find(text, sentences, false).stream()
                .filter(s -> text.substring(s.start(), s.end()).indexOf('\n') < 0)
                .toList());
    Element p = parent.appendElement("p");
    int at = 0;
    for (Span m : marks) {
      p = emit(parent, p, p, text, at, m.start(), links);
      Element mark = p.appendElement("mark").attr("id", m.value());
      emit(parent, p, mark, text, m.start(), m.end(), links);
      at = m.end();
    }
    emit(parent, p, p, text, at, text.length(), links);
  }

  /**
   * Writes text[from, to) into {@code into}, links included; a line break opens a new paragraph,
   * returned.
   */
  private static Element emit(
      Element parent, Element p, Element into, String text, int from, int to, List<Span> links) {
    int at = from;
    Element target = into;
    for (Span l : links) {
      if (l.start() < from || l.end() > to) {
        continue;
      }
      target = plain(parent, target, text.substring(at, l.start()));
      target
          .appendElement("a")
          .attr("href", l.value())
          .addClass("entity")
          .addClass(kindClass(kindOfHref(l.value())))
          .text(text.substring(l.start(), l.end()));
      at = l.end();
    }
    target = plain(parent, target, text.substring(at, to));
    return target == into ? p : target;
  }

  /**
   * The CSS class that colours an entity of this kind: {@code entity-organization}, {@code
   * entity-place}...
   */
  static String kindClass(String kind) {
    return "entity-" + (kind == null ? "other" : kind.replaceAll("[^a-z0-9-]", ""));
  }

  /**
   * The kind in a local entity link ({@code .../id/organization/acr} gives organization), or null.
   */
  private static String kindOfHref(String href) {
    int id = href.lastIndexOf("id/");
    if (id < 0) {
      return null;
    }
    String rest = href.substring(id + 3);
    int slash = rest.indexOf('/');
    return slash > 0 ? rest.substring(0, slash) : null;
  }

  private static Element plain(Element parent, Element target, String chunk) {
    String[] lines = chunk.split("\n", -1);
    Element current = target;
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        current = parent.appendElement("p");
      }
      if (!lines[i].isEmpty()) {
        current.appendText(lines[i]);
      }
    }
    return current;
  }

  private static List<Span> find(String text, Map<String, String> what, boolean wholeWords) {
    List<Span> out = new ArrayList<>();
    for (Map.Entry<String, String> n : what.entrySet()) {
      String s = n.getKey();
      if (s.length() < 2) {
        continue;
      }
      for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
        if (!wholeWords || (boundary(text, i - 1) && boundary(text, i + s.length()))) {
          out.add(new Span(i, i + s.length(), n.getValue()));
          if (!wholeWords) {
            break; // one anchor per sentence
          }
        }
      }
    }
    return out;
  }

  /**
   * Earliest first, the longest at equal starts; spans inside or across an earlier one are dropped.
   */
  private static List<Span> nonOverlapping(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Span::start).thenComparing(s -> -(s.end() - s.start())));
    List<Span> out = new ArrayList<>();
    int end = 0;
    for (Span s : sorted) {
      if (s.start() >= end) {
        out.add(s);
        end = s.end();
      }
    }
    return out;
  }

  private static boolean boundary(String text, int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }
}
