package org.radkg.extract;

import java.util.List;

/**
 * Reads people's roles and organizations from the constructions newsletters use: "Name, MD, PhD,
 * RSNA Board Liaison for ...", "ESR President, Prof. Name", "Name, Director of ..., Hospital",
 * "Name is a professor ... at University", "with Name as Editor in Chief", "ORG has appointed
 * Name". Each kind of construction has a reader of its own; this class runs them in turn.
 */
final class PersonRoleExtractor {

  /** Affiliations and job titles of the people in one masked sentence. */
  List<Relation> extract(MaskedSentence s, Evidence evidence) {
    // Every reading below reads a person slot: most sentences name no one.
    if (!s.masked().contains("⟦H")) {
      return List.of();
    }
    RoleFacts facts = new RoleFacts(s, evidence);
    // The order is the order the readings were tuned in: the facts keep it, an apposition's unit
    // completes the title read just before it, and "respectively" replaces earlier titles.
    RolesBeforeName.readOrgRolePerson(facts);
    ApposedTitles.read(facts);
    RolesAfterName.readPersonIs(facts);
    StatedAffiliations.read(facts);
    RolesAfterName.readRoleAt(facts);
    RolesAfterName.readParenRole(facts);
    AsRoles.readOrgRole(facts);
    StatedAffiliations.readItsRole(facts);
    PeopleListRoles.read(facts);
    RolesBeforeName.read(facts);
    RolesAfterName.readWhoIs(facts);
    RolesAfterName.readServed(facts);
    RolesBeforeName.readSaid(facts);
    StatedAffiliations.readWhoHeads(facts);
    AsRoles.read(facts);
    StatedAffiliations.readAppointed(facts);
    StatedAffiliations.readPossessiveList(facts);
    StatedAffiliations.readSeatedOn(facts);
    AsRoles.readWith(facts);
    RolesBeforeName.readRoleBefore(facts);
    List<Relation> out = facts.relations();
    // "was elected president of X", "moves into the role of treasurer": an office the sentence's
    // verb gives.
    out.addAll(OfficeTaken.read(s, evidence));
    // Last: the offices "respectively" pairs with the people replace what the apposition read.
    PeopleListRoles.readRespectively(facts);
    out.removeIf(
        r ->
            r.subject().primaryType() != EntityType.PERSON
                || (r.predicate() == Predicate.AFFILIATION
                    && !((Entity) r.object()).primaryType().isOrganization()));
    return out;
  }
}
