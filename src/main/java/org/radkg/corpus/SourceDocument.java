package org.radkg.corpus;

import java.util.Objects;

/**
 * The full text of one input file, with the IRI it is known by in the graph; offsets into {@link
 * #text()} are Java char indexes, and {@link #codePointIndex(int)} turns them into the Unicode code
 * point offsets that NIF and Web Annotation use.
 */
public final class SourceDocument {
  private final String iri;
  private final String name;
  private final String text;
  private final String mediaType;
  private final PageMetadata metadata;
  private volatile int[] codePointPrefix;

  /**
   * @param iri the document's IRI (prov:wasDerivedFrom target), e.g. {@code file:///…/x.txt} or a
   *     configured base
   * @param name a short, stable name used in messages and article ids: the path relative to the
   *     folder given, with "/" between folders ({@link SourceNames})
   * @param text the decoded text (for HTML, the text extracted from the page)
   * @param mediaType {@code text/plain} or {@code text/html}
   */
  public SourceDocument(String iri, String name, String text, String mediaType) {
    this(iri, name, text, mediaType, PageMetadata.NONE);
  }

  /** As above, with what the page says about itself (title, site name, address, date). */
  public SourceDocument(
      String iri, String name, String text, String mediaType, PageMetadata metadata) {
    this.iri = Objects.requireNonNull(iri);
    this.name = Objects.requireNonNull(name);
    this.text = Objects.requireNonNull(text);
    this.mediaType = Objects.requireNonNull(mediaType);
    this.metadata = Objects.requireNonNull(metadata);
  }

  /** This document with what the operator states about it ({@code note}) in place of its own. */
  public SourceDocument with(DocumentNote note) {
    return note.isEmpty()
        ? this
        : new SourceDocument(iri, name, text, mediaType, metadata.with(note));
  }

  public String iri() {
    return iri;
  }

  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  public String mediaType() {
    return mediaType;
  }

  public PageMetadata metadata() {
    return metadata;
  }

  /**
   * Whether this document's licence lets its full text be republished ({@link SourceLicence}); when
   * not, the graph keeps the facts and the quoted evidence sentences only.
   */
  public boolean textPublished() {
    return SourceLicence.allowsRepublishing(metadata.licence());
  }

  /** The code point offset of the char index {@code charIndex} (0 ≤ charIndex ≤ text length). */
  public int codePointIndex(int charIndex) {
    int[] prefix = codePointPrefix;
    if (prefix == null) {
      prefix = buildPrefix();
      codePointPrefix = prefix;
    }
    return prefix.length == 0 ? charIndex : prefix[charIndex];
  }

  // Most texts have no surrogate pairs: then char and code point offsets agree and no table is
  // kept.
  private int[] buildPrefix() {
    boolean surrogates = false;
    for (int i = 0; i < text.length() && !surrogates; i++) {
      surrogates = Character.isSurrogate(text.charAt(i));
    }
    if (!surrogates) {
      return new int[0];
    }
    int[] prefix = new int[text.length() + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i++) {
      prefix[i] = cp;
      if (!(Character.isLowSurrogate(text.charAt(i))
          && i > 0
          && Character.isHighSurrogate(text.charAt(i - 1)))) {
        cp++;
      } else {
        prefix[i] = cp - 1;
      }
    }
    prefix[text.length()] = cp;
    return prefix;
  }
}
