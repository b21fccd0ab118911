package org.radkg.corpus;

/**
 * What a document says about itself besides its text: the page's own title and site name (HTML
 * {@code <title>}, {@code og:title}, {@code og:site_name}), its address and publication date, and
 * the publisher an operator named for it ({@code --publisher}); every part may be {@code null}.
 *
 * @param title the page's title from its metadata, or null
 * @param siteName the site that published the page ({@code og:site_name}, {@code
 *     application-name}), or null
 * @param publisher the publisher given by the operator; overrides the site name, or null
 * @param url the page's canonical address ({@code og:url}, {@code link rel=canonical}), or null
 * @param published the publication date as the page gives it ({@code article:published_time}, ISO
 *     text), or null
 * @param licence the IRI of the licence the text is published under ({@code <link rel=license>} or
 *     the operator's {@code documents.tsv}), or null when none is known
 */
public record PageMetadata(
    String title, String siteName, String publisher, String url, String published, String licence) {
  /** No metadata at all: plain text files. */
  public static final PageMetadata NONE = new PageMetadata(null, null, null, null, null, null);

  /** Metadata that states no licence. */
  public PageMetadata(
      String title, String siteName, String publisher, String url, String published) {
    this(title, siteName, publisher, url, published, null);
  }

  /**
   * The publisher to credit the document to: the operator's choice, else the site's own name, else
   * null.
   */
  public String publisherName() {
    return publisher != null ? publisher : siteName;
  }

  /** The same metadata with what the operator states about the document in place of its own. */
  public PageMetadata with(DocumentNote note) {
    return new PageMetadata(
        title,
        siteName,
        note.publisher() != null ? note.publisher() : publisher,
        url,
        note.published() != null ? note.published() : published,
        note.licence() != null ? note.licence() : licence);
  }
}
