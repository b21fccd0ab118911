package org.radkg.extract;

import java.util.List;

/**
 * The catalog of sentence patterns for the relations of the vocabulary contract. Each pattern is
 * written over masked sentences (see {@link RelationRule#compile}); they name verbs and
 * constructions, never particular organizations or programs.
 */
public final class RelationRules {
  private RelationRules() {}

  /**
   * The patterns, most specific first: those of {@link FundingAndHostingRules}, {@link
   * LeadingRules}, {@link PartneringRules}, {@link MemberOfRules}, {@link CollaborationRules},
   * {@link PartOfRules}, {@link LocationRules} and {@link StartDateRules}, then those of {@link
   * CompositionRules}, {@link AgreementRules}, {@link EventDateRules}, {@link OrganizerListRules},
   * {@link LeaderWordingRules}, {@link JointParticipationRules}, {@link OwnPronounRules}, {@link
   * ObjectFirstRules}, {@link InvolvementRules}, {@link MembershipRules} and {@link AddressRules}.
   * The order is the catalog's from before it was split into these sets, which the readings rely
   * on.
   */
  public static final List<RelationRule> ALL =
      java.util.stream.Stream.of(
              FundingAndHostingRules.ALL,
              LeadingRules.ALL,
              PartneringRules.ALL,
              MemberOfRules.ALL,
              CollaborationRules.ALL,
              PartOfRules.ALL,
              LocationRules.ALL,
              StartDateRules.ALL,
              CompositionRules.ALL,
              AgreementRules.ALL,
              EventDateRules.ALL,
              OrganizerListRules.ALL,
              LeaderWordingRules.ALL,
              JointParticipationRules.ALL,
              OwnPronounRules.ALL,
              ObjectFirstRules.ALL,
              InvolvementRules.ALL,
              MembershipRules.ALL,
              AddressRules.ALL)
          .flatMap(List::stream)
          .toList();
}
