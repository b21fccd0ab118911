package org.radkg.extract;

import java.util.List;

/**
 * Relation patterns that read which larger initiative a part belongs to: "X, the flagship of Y",
 * "X, part of Y", "X will be the cornerstone of Y". Part of {@link RelationRules#ALL}, in its
 * order.
 */
final class PartOfRules {
  private PartOfRules() {}

  static final List<RelationRule> ALL =
      List.of(
          // --- part of
          RelationRule.of(
              "flagship-of",
              Predicate.PART_OF,
              "a",
              "b",
              "{IE:a}[^.;]{0,60}?\\bas\\s+(?:one of\\s+)?(?:the\\s+|a\\s+|an\\s+)?(?:flagships?|components?|parts?|pillars?|elements?|cornerstones?)\\s+of\\s+{_}{IE:b}"),
          RelationRule.of(
              "part-of",
              Predicate.PART_OF,
              "a",
              "b",
              "{IE:a}\\s+"
                  + RuleParts.AUX
                  + "(?:is|are|forms?|formed|was|will be|becomes?|remains?)\\s+(?:also\\s+)?(?:a\\s+|an\\s+|the\\s+|one\\s+)?(?:part|component|pillar|flagship|cornerstone|element|building block|module|arm|strand)\\s+of\\s+{_}{IE:b}"),
          RelationRule.of(
              "cornerstone-will-be",
              Predicate.PART_OF,
              "a",
              "b",
              "\\b(?:cornerstone|centrepiece|centerpiece|core|backbone|heart|basis|pillar)\\s+of\\s+{_}{IE:b}\\s+will\\s+be\\s+[^.;]*?{IE:a}"));
}
