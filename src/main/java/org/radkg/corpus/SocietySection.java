package org.radkg.corpus;

/**
 * A society section header of a newsletter, such as "American College of Radiology (ACR)".
 *
 * @param name the society's name as the header gives it
 * @param acronym the acronym in parentheses, or {@code null} when the header gives none
 */
public record SocietySection(String name, String acronym) {}
