package org.radkg.extract;

/**
 * The sentence that states a fact, with char offsets into the source document.
 *
 * @param sentence the sentence text, an exact substring of the source
 * @param begin char offset of its first character
 * @param end char offset one past its last character
 */
public record Evidence(String sentence, int begin, int end) {}
