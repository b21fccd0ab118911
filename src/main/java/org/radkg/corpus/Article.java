package org.radkg.corpus;

/**
 * One news item of a newsletter: the society section it stands in, its title and its body, with
 * char offsets into its {@link SourceDocument} (title and body are exact substrings of the source).
 *
 * @param id stable identifier, unique within a corpus (source name, society and title slug)
 * @param society the section header the article stands under
 * @param title the article's title line, trimmed
 * @param titleBegin char offset of the title in the source
 * @param bodyBegin char offset of the first body character in the source
 * @param bodyEnd char offset one past the last body character in the source
 * @param source the document the article was read from
 */
public record Article(
    String id,
    SocietySection society,
    String title,
    int titleBegin,
    int bodyBegin,
    int bodyEnd,
    SourceDocument source) {

  /** The body text, an exact substring of the source text. */
  public String body() {
    return source.text().substring(bodyBegin, bodyEnd);
  }

  /**
   * Char offset of the article's first character: its title's, or its body's when the body begins
   * above the title (an author block over the headline).
   */
  public int start() {
    return Math.min(titleBegin, bodyBegin);
  }

  /** Char offset one past the title's last character. */
  public int titleEnd() {
    return titleBegin + title.length();
  }
}
