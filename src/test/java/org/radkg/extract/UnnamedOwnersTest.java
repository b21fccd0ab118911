package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An organization spelled out only inside a generic event name owns the event, on names and
 * sentences written for the purpose.
 */
class UnnamedOwnersTest {
  private static Optional<String> owner(String event) {
    return UnnamedOwners.of(event, List.of()).map(Entity::label);
  }

  @Test
  void theOrganizationAfterAGenericMeetingNameOwnsIt() {
    assertEquals(
        Optional.of("Lakeland Society of Medical Physics"),
        owner("122nd Annual Meeting of the Lakeland Society of Medical Physics"));
  }

  @Test
  void theOrganizationBeforeAGenericMeetingNameOwnsIt() {
    assertEquals(
        Optional.of("Norvik Society of Ultrasound"),
        owner("Norvik Society of Ultrasound Annual Convention 2030"));
  }

  @Test
  void aTopicalNameATwoSocietyNameOrAProgramStatesNoOwner() {
    assertEquals(Optional.empty(), owner("Harbour Conference on Imaging of the Lakeland Coast"));
    assertEquals(
        Optional.empty(),
        owner(
            "Joint Norvik Society of Ultrasound and Lakeland Society of Radiology Annual Meeting"));
    assertEquals(Optional.empty(), owner("Lakeland Society of Radiology Research Program"));
  }

  @Test
  void aMisspeltNameOfAnOrganizationThePageNamesIsNotAnother() {
    Entity named =
        Entity.of(
            "lakeland-association-of-physicists-in-medicine",
            "Lakeland Association of Physicists in Medicine",
            EntityType.ORGANIZATION);
    assertEquals(
        Optional.empty(),
        UnnamedOwners.of(
            "61st Congress of the Lakeland Association of Medical Physicians", List.of(named)));
  }

  @Test
  void theArticleCountsTheOwnerAndItsLead() {
    List<String> found =
        TestArticles.newsItem(
            "Nordic Society of Imaging (NSI)",
            "The 122nd Annual Meeting of the Lakeland Society of Medical Physics was held in Bergen in April 2031.");
    TestArticles.assertHas(
        found,
        "Lakeland Society of Medical Physics | LEADS | 122nd Annual Meeting of the Lakeland Society of Medical Physics");
    assertTrue(found.stream().noneMatch(r -> r.startsWith("Nordic Society of Imaging | LEADS")));
  }
}
