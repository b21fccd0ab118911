package org.radkg.corpus;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads {@link PageMetadata} from a parsed HTML page: Open Graph and article meta tags, then {@code
 * <title>}.
 */
final class PageMetadataReader {
  // "Title | Site", "Title – Site", "Title - Site": the part after the last separator names the
  // site.
  private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|–—·:]{1,2}\\s+|\\s+-\\s+");
  private static final int MAX_SITE_WORDS = 6;

  private PageMetadataReader() {}

  static PageMetadata read(Document doc) {
    String siteName =
        first(
            meta(doc, "property", "og:site_name"),
            meta(doc, "name", "application-name"),
            meta(doc, "name", "publisher"),
            meta(doc, "name", "author-organization"));
    String title =
        first(
            meta(doc, "property", "og:title"),
            meta(doc, "name", "twitter:title"),
            withoutSite(clean(doc.title()), siteName));
    String url =
        first(
            meta(doc, "property", "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href"));
    String published =
        first(
            meta(doc, "property", "article:published_time"),
            meta(doc, "name", "date"),
            meta(doc, "name", "dc.date"),
            meta(doc, "itemprop", "datePublished"),
            attr(doc.selectFirst("time[datetime]"), "datetime"));
    // A page that states its own licence (<link rel="license" href="…creativecommons.org/…">) may
    // have its text republished when that licence allows it.
    String licence =
        first(
            attr(doc.selectFirst("link[rel~=(?i)(^|\\s)license(\\s|$)]"), "abs:href"),
            attr(doc.selectFirst("a[rel~=(?i)(^|\\s)license(\\s|$)]"), "abs:href"),
            meta(doc, "name", "dcterms.license"),
            meta(doc, "name", "dc.rights"));
    return new PageMetadata(
        title, siteName, null, url, published, SourceLicence.isIri(licence) ? licence : null);
  }

  // "<title>ACR Announces X | American College of Radiology</title>": the site's name is not the
  // story's.
  static String withoutSite(String title, String siteName) {
    if (title == null) {
      return null;
    }
    String[] parts = SITE_SUFFIX.split(title);
    if (parts.length < 2) {
      return title;
    }
    String last = parts[parts.length - 1];
    boolean isSite =
        siteName != null
            ? last.equalsIgnoreCase(siteName)
            : last.split("\\s+").length <= MAX_SITE_WORDS;
    if (!isSite) {
      return title;
    }
    String head =
        title.substring(0, title.length() - last.length()).replaceAll("[\\s|–—·:-]+$", "");
    return head.isBlank() ? title : head;
  }

  private static String meta(Document doc, String attribute, String name) {
    for (Element m : doc.select("meta[" + attribute + "]")) {
      if (m.attr(attribute).equalsIgnoreCase(name)) {
        return clean(m.attr("content"));
      }
    }
    return null;
  }

  private static String attr(Element e, String name) {
    return e == null ? null : clean(e.attr(name));
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String c = s.replaceAll("[\\s\\u00A0]+", " ").strip();
    return c.isEmpty() ? null : c;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
