package org.radkg.extract;

/**
 * A name defined together with its acronym in the text, "Long Form (SF)" or "SF (Long Form)".
 *
 * @param longForm the full name as written
 * @param longSpan its span in the source
 * @param acronym the short form as written
 * @param acronymSpan its span in the source
 */
public record AcronymDefinition(String longForm, Span longSpan, String acronym, Span acronymSpan) {}
