package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Organizations read from the context that treats them as such, and the bounds of their names. */
class OrganizationRecallTest {
  private static List<Mention> mentions(String paragraph) {
    return TestArticles.extract("Japan Radiological Society (JRS)", "Around the region", paragraph)
        .mentions();
  }

  private static List<String> organizations(String paragraph) {
    return mentions(paragraph).stream()
        .map(Mention::entity)
        .filter(e -> e.primaryType().isOrganization())
        .map(Entity::label)
        .toList();
  }

  @Test
  void aNameBetweenTwoTitledPeopleLosesTheAndBeforeItAndTheRoleAfterIt() {
    List<String> orgs =
        organizations(
            "KXSR President Dr Minho Pakarov and Vellmark Society of Nuclear Imaging"
                + " President Dr Tarquin Obuya opened the meeting in Lahore.");
    assertTrue(orgs.contains("Vellmark Society of Nuclear Imaging"), orgs::toString);
    assertTrue(
        orgs.stream().noneMatch(o -> o.startsWith("and ") || o.endsWith(" President")),
        orgs::toString);
  }

  @Test
  void anAgreementsAcronymBeforeWithIsNotPartOfTheNameAfterIt() {
    List<String> orgs =
        organizations(
            "The meeting ended with the signing of an MOU with Vellmark Society of"
                + " Nuclear Imaging for further work.");
    assertTrue(orgs.contains("Vellmark Society of Nuclear Imaging"), orgs::toString);
    assertTrue(orgs.stream().noneMatch(o -> o.startsWith("MOU")), orgs::toString);
  }

  @Test
  void modifiersCoordinatedBeforeAnOrganizationsThingShareItsHead() {
    List<Mention> found =
        mentions(
            "She presented the Society of Veltrian Imaging Training and Career Framework in Perth.");
    List<String> labels = found.stream().map(m -> m.entity().label()).toList();
    assertTrue(
        labels.contains("Society of Veltrian Imaging Training and Career Framework"),
        labels::toString);
    assertFalse(labels.contains("Society of Veltrian Imaging Training"), labels::toString);
  }

  @Test
  void aNameBrokenAcrossLinesAfterAConnectorGoesOn() {
    List<String> orgs =
        organizations(
            "The meeting was run by the Vellmark Society for\nNuclear Imaging and its members.");
    assertTrue(orgs.contains("Vellmark Society for Nuclear Imaging"), orgs::toString);
  }

  @Test
  void aShortenedNameNamesTheFullNameTheArticleGaveEarlier() {
    List<String> orgs =
        organizations(
            "The Veltrian Society for Ultrasound in Medicine met in Perth."
                + " The Veltrian Society has since built close links with the JRS.");
    assertFalse(orgs.contains("Veltrian Society"), orgs::toString);
    assertEquals(
        2,
        orgs.stream().filter(o -> o.equals("Veltrian Society for Ultrasound in Medicine")).count(),
        orgs::toString);
  }

  @Test
  void anAcronymBeforeAPluralNamesATechniqueNotAnOrganization() {
    List<String> orgs =
        organizations(
            "Doses are now prepared in Harmonic Echo Imaging (HEI) centres across the region.");
    assertFalse(orgs.contains("Harmonic Echo Imaging"), orgs::toString);
    assertTrue(
        organizations("The Ocular Surface Nexus (OSN) interest group met in May.")
            .contains("Ocular Surface Nexus"));
  }

  @Test
  void aHeadlessNameIsAnOrganizationWhereTheSentenceTreatsItAsOne() {
    assertTrue(
        organizations("Toledo-based Quillon Radiology will join the network.")
            .contains("Quillon Radiology"));
    assertTrue(
        organizations("Two scanners arrived, courtesy of Brenwick Medical, in March.")
            .contains("Brenwick Medical"));
    assertTrue(
        organizations("The deal reflects a closer alignment with Harlow Health in the region.")
            .contains("Harlow Health"));
    assertTrue(
        organizations("Last week Harlow Health announced a new imaging centre.")
            .contains("Harlow Health"));
    assertTrue(
        organizations("The grant was funded by Marrow Oncology and will run two years.")
            .contains("Marrow Oncology"));
    assertTrue(
        organizations("The group bought the imaging operations of Westshore Radiology last year.")
            .contains("Westshore Radiology"));
    assertTrue(
        organizations("The course is promoted by staff from Kestrel Medical at the fair.")
            .contains("Kestrel Medical"));
  }

  @Test
  void anAppositionOrALegalFormSaysAHeadlessNameIsAnOrganization() {
    assertTrue(
        organizations("The study ran at Harlow Health, a nonprofit health system in Ohio.")
            .contains("Harlow Health"));
    assertTrue(
        organizations("The scanner came from Quillon Labs, a research group at the port.")
            .contains("Quillon Labs"));
    assertTrue(
        organizations("The scanner came from Brenwick Imaging, Inc., last spring.")
            .contains("Brenwick Imaging"));
    assertTrue(
        organizations("The scanner came from Brenwick Imaging AG last spring.")
            .contains("Brenwick Imaging AG"));
    assertTrue(
        organizations("Tarquin Obuya, the CEO of Marrow Oncology, spoke next.")
            .contains("Marrow Oncology"));
    assertTrue(
        organizations("The plan won the backing of Harlow Health’s board in May.")
            .contains("Harlow Health"));
    assertTrue(
        organizations("A Marrow Oncology-led consortium will run the trial.")
            .contains("Marrow Oncology"));
  }

  @Test
  void aFramedHeadlessNameEndsBeforeItsPlaceAndNamesNoMembersOrStates() {
    List<String> orgs =
        organizations(
            "The magazine was founded by Brenwick Publishing in Dorvale in 1950."
                + " The next phase was funded by Member States and their agencies.");
    assertTrue(orgs.contains("Brenwick Publishing"), orgs::toString);
    assertTrue(
        orgs.stream().noneMatch(o -> o.contains("Dorvale") || o.contains("Member States")),
        orgs::toString);
  }

  @Test
  void aListedAcronymBeforeAHeadingIsTheOrganizationWithoutTheHeading() {
    List<String> orgs =
        organizations("The day opened with the RSNA, IOMP, QZBMEM Welcome Speeches and a keynote.");
    assertTrue(orgs.contains("QZBMEM"), orgs::toString);
    assertTrue(orgs.stream().noneMatch(o -> o.contains("Welcome")), orgs::toString);
  }

  @Test
  void aHeadlessNameInASeriesOfOrganizationsIsOne() {
    List<String> orgs =
        organizations(
            "Members include Lakeshore Imaging Consultants and its 9 doctors in Ohio;"
                + " Kestrel Valley Radiological Associates and 12 more in Vermont; and Quillon Radiology, with 40 staff.");
    assertTrue(orgs.contains("Quillon Radiology"), orgs::toString);
  }

  @Test
  void aNameTypedOnceIsTheSameOrganizationWhereverTheArticleNamesIt() {
    List<String> orgs =
        organizations(
            "Last week Harlow Health announced a merger. The plan gives Harlow Health"
                + " control of nine sites.");
    assertEquals(2, orgs.stream().filter(o -> o.equals("Harlow Health")).count(), orgs::toString);
  }

  @Test
  void anUndefinedAcronymWithTheInitialsOfANamedOrganizationNamesIt() {
    List<Mention> found =
        mentions(
            "The Society of Veltrian Nuclear Imaging met in Oslo in May."
                + " SVNI members then voted for a new board.");
    long named =
        found.stream()
            .filter(m -> m.entity().label().equals("Society of Veltrian Nuclear Imaging"))
            .count();
    assertEquals(2, named, found::toString);
    assertTrue(found.stream().noneMatch(m -> m.entity().label().equals("SVNI")), found::toString);
    assertEquals("SVNITS", ArticleNameUses.initials("SVNI Technologist Section"));
    assertEquals(
        "SNMMI", ArticleNameUses.initials("Society of Nuclear Medicine and Molecular Imaging"));
  }

  @Test
  void aPossessiveThatBelongsToTheNameStaysInsideIt() {
    List<String> orgs =
        organizations(
            "Scientists at Lucile Vantree Children's Hospital and at St. Mary's Hospital Brentmoor"
                + " worked with KXSR's Imaging Institute.");
    assertTrue(orgs.contains("Lucile Vantree Children's Hospital"), orgs::toString);
    assertTrue(orgs.contains("St. Mary's Hospital Brentmoor"), orgs::toString);
    assertFalse(orgs.stream().anyMatch(o -> o.startsWith("KXSR's")), orgs::toString);
  }
}
