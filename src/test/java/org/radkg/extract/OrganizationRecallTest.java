package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Organizations read from the context that treats them as such, and the bounds of their names. */
class OrganizationRecallTest {
  private static List<Mention> mentions(String paragraph) {
    return TestArticles.extract("Japan Radiological Society (JRS)", "Around the region", paragraph).mentions();
  }

  private static List<String> organizations(String paragraph) {
    return mentions(paragraph).stream().map(Mention::entity).filter(e -> e.primaryType().isOrganization())
        .map(Entity::label).toList();
  }

  @Test
  void aNameBetweenTwoTitledPeopleLosesTheAndBeforeItAndTheRoleAfterIt() {
    List<String> orgs = organizations("KXSR President Dr Minho Pakarov and Vellmark Society of Nuclear Imaging"
        + " President Dr Tarquin Obuya opened the meeting in Lahore.");
    assertTrue(orgs.contains("Vellmark Society of Nuclear Imaging"), orgs::toString);
    assertTrue(orgs.stream().noneMatch(o -> o.startsWith("and ") || o.endsWith(" President")), orgs::toString);
  }

  @Test
  void anAgreementsAcronymBeforeWithIsNotPartOfTheNameAfterIt() {
    List<String> orgs = organizations("The meeting ended with the signing of an MOU with Vellmark Society of"
        + " Nuclear Imaging for further work.");
    assertTrue(orgs.contains("Vellmark Society of Nuclear Imaging"), orgs::toString);
    assertTrue(orgs.stream().noneMatch(o -> o.startsWith("MOU")), orgs::toString);
  }
}
