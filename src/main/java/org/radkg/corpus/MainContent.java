package org.radkg.corpus;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the part of a web page that holds its news: the page's one {@code <article>}, {@code
 * <main>} or {@code role=main} element when it has one, else the body; and tells the page furniture
 * inside it (navigation, cookie notices, share bars, "related" lists, skip links) by the names
 * pages give it.
 *
 * <p>Hand-written over jsoup rather than a readability port: the ports on Maven Central are
 * unmaintained or bring a second language runtime, and news pages mark their content well enough.
 */
final class MainContent {
  // Words of class, id, role or aria-label that name furniture, matched as whole tokens
  // ("share-bar", "cookieNotice").
  private static final Set<String> FURNITURE =
      Set.of(
          "nav",
          "navbar",
          "navigation",
          "menu",
          "breadcrumb",
          "breadcrumbs",
          "cookie",
          "cookies",
          "consent",
          "gdpr",
          "share",
          "sharing",
          "social",
          "subscribe",
          "signup",
          "sidebar",
          "related",
          "skip",
          "banner",
          "advert",
          "advertisement",
          "ads",
          "promo",
          "popup",
          "modal",
          "toolbar",
          "pagination",
          "comments");
  private static final Set<String> FURNITURE_ROLES =
      Set.of(
          "navigation",
          "banner",
          "contentinfo",
          "complementary",
          "search",
          "dialog",
          "alertdialog");
  private static final Pattern TOKEN = Pattern.compile("[\\s_\\-]+|(?<=\\p{Ll})(?=\\p{Lu})");
  // An <article> shorter than this is a teaser card, not the page's story.
  private static final int MIN_ARTICLE_CHARS = 200;

  private MainContent() {}

  /** The element whose text is the page's content. */
  static Element of(Document doc) {
    Element body = doc.body();
    Elements articles = doc.select("article");
    if (articles.size() == 1 && articles.first().text().length() >= MIN_ARTICLE_CHARS) {
      return articles.first();
    }
    Elements mains = doc.select("main, [role=main]");
    if (mains.size() == 1 && mains.first().text().length() >= MIN_ARTICLE_CHARS) {
      return mains.first();
    }
    return body != null ? body : doc;
  }

  /** Whether the element is page furniture rather than content. */
  static boolean isBoilerplate(Element e) {
    if ("true".equals(e.attr("aria-hidden")) || e.hasAttr("hidden")) {
      return true;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (!role.isEmpty() && FURNITURE_ROLES.contains(role)) {
      return true;
    }
    return namesFurniture(e.className()) || namesFurniture(e.id());
  }

  private static boolean namesFurniture(String names) {
    if (names.isEmpty()) {
      return false;
    }
    for (String token : TOKEN.split(names)) {
      if (FURNITURE.contains(token.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
