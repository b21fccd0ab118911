package org.radkg.network;

import java.util.SortedSet;

/**
 * One stated link of an organization as one article supports it: {@code org --predicate--> target},
 * the article (named graph), the society that reported it (or null) and the years written in the
 * evidence sentence (used only when the target has no start date).
 */
public record Affiliation(
    String org,
    LinkKind kind,
    String predicate,
    String target,
    String article,
    String society,
    SortedSet<Integer> evidenceYears) {}
