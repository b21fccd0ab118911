package org.radkg.store;

/**
 * The outcome of checking the graph against the radkg shapes: {@code report} has one line per
 * violation (focus node, path, message), sorted, and is empty when the graph conforms.
 */
public record ValidationResult(boolean conforms, int violations, String report) {}
