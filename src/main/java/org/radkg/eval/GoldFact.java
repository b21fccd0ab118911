package org.radkg.eval;

import java.util.Objects;
import java.util.Set;

/**
 * One hand-written fact of a gold file: an entity row or a relation row of one article.
 *
 * <p>For an entity row {@code predicate} holds the gold type (Society, Organization, ...) and
 * {@code object} the acronym (possibly empty); for a relation row they hold the predicate's local
 * name and the object's canonical name or literal. {@code source} is {@code file:line}.
 */
public record GoldFact(
    String article,
    Kind kind,
    String subject,
    String predicate,
    String object,
    String split,
    String source) {

  /** The two kinds of gold row. */
  public enum Kind {
    ENTITY,
    RELATION
  }

  /** The entity types a gold file may use. */
  public static final Set<String> ENTITY_TYPES =
      Set.of(
          "Society",
          "Organization",
          "Collaboration",
          "Initiative",
          "Event",
          "Country",
          "City",
          "Region",
          "Person");

  /** The relation predicates a gold file may use (local names of the vocabulary contract). */
  public static final Set<String> PREDICATES =
      Set.of(
          "memberOf",
          "participatesIn",
          "leads",
          "partnersIn",
          "funds",
          "hosts",
          "collaboratesWith",
          "partOf",
          "location",
          "startDate",
          "affiliation",
          "jobTitle");

  public GoldFact {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(source, "source");
  }

  public boolean isEntity() {
    return kind == Kind.ENTITY;
  }

  /** The coarse type this entity row is scored under; only meaningful for entity rows. */
  public CoarseType coarseType() {
    return CoarseType.ofGoldType(predicate);
  }

  /** The acronym of an entity row, empty when none. */
  public String acronym() {
    return isEntity() ? object : "";
  }
}
