package org.radkg.validate;

/**
 * The outcome of checking the graph against the radkg shapes: {@code report} has one line per
 * result, violations and warnings (severity, focus node, path, message), sorted; the graph conforms
 * when it has no violation ({@code violations} counts them; warnings never fail a build).
 */
public record ValidationResult(boolean conforms, int violations, String report) {}
