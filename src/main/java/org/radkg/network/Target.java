package org.radkg.network;

import java.util.SortedSet;

/**
 * An initiative, event or collaboration that organizations share, with the years it started (from
 * schema:startDate).
 */
public record Target(String iri, String label, String type, SortedSet<Integer> years) {}
