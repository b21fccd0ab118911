package org.radkg.pages;

import org.jsoup.nodes.Element;

/**
 * The links between the pages of a long entity page: previous and next (as {@code rel} links in the
 * head too, for crawlers) and where this page stands, e.g. "Page 2 of 60"; nothing when there is
 * one page.
 */
record PageLinks(String href, int page, int pages) {
  /**
   * The address of page {@code n}: the bare address for the first, so it has one cache entry and
   * one URL.
   */
  String of(int n) {
    return n == 1 ? href : href + "?page=" + n;
  }

  /** The value of {@code Link} for the neighbouring pages, or null when there is one page. */
  String linkHeader() {
    StringBuilder s = new StringBuilder();
    if (page > 1) {
      s.append('<').append(of(page - 1)).append(">; rel=\"prev\"");
    }
    if (page < pages) {
      s.append(s.length() == 0 ? "" : ", ")
          .append('<')
          .append(of(page + 1))
          .append(">; rel=\"next\"");
    }
    return s.length() == 0 ? null : s.toString();
  }

  void append(HtmlPage html) {
    if (pages <= 1) {
      return;
    }
    Element nav = html.main().appendElement("nav").addClass("pages").attr("aria-label", "Pages");
    if (page > 1) {
      html.head().appendElement("link").attr("rel", "prev").attr("href", of(page - 1));
      HtmlPage.link(nav, of(page - 1), "← Previous").attr("rel", "prev");
      nav.appendText(" ");
    }
    nav.appendElement("span").addClass("page-number").text("Page " + page + " of " + pages);
    if (page < pages) {
      html.head().appendElement("link").attr("rel", "next").attr("href", of(page + 1));
      nav.appendText(" ");
      HtmlPage.link(nav, of(page + 1), "Next →").attr("rel", "next");
    }
  }
}
