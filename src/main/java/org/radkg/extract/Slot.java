package org.radkg.extract;

/**
 * One recognized item of a sentence, as the relation patterns see it: an entity mention or a date.
 *
 * @param code the letter that stands for its class in a masked sentence (O, I, E, P, H, D)
 * @param entity the entity, or {@code null} for a date
 * @param date the date, or {@code null} for an entity
 * @param span where it stands in the source
 * @param anaphoric true when it stands for a pronoun or a generic phrase ("It", "the initiative")
 */
public record Slot(char code, Entity entity, DateMention date, Span span, boolean anaphoric) {

  /**
   * The letter for an entity's class: organizations O, initiatives I, events E, places P, people H.
   */
  public static char codeOf(Entity e) {
    EntityType t = e.primaryType();
    if (t.isOrganization()) {
      return 'O';
    }
    return switch (t) {
      case INITIATIVE -> 'I';
      case EVENT -> 'E';
      case COUNTRY, CITY, REGION -> 'P';
      case PERSON -> 'H';
      default -> 'T';
    };
  }
}
