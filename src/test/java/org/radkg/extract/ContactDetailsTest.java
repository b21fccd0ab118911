package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContactDetailsTest {
  private static final Entity PERSON =
      Entity.of("tove-lindqvist", "Tove Lindqvist", EntityType.PERSON);

  private static boolean contact(String text) {
    int at = text.indexOf("Tove Lindqvist");
    return ContactDetails.isContact(text, new Mention(PERSON, at, at + "Tove Lindqvist".length()));
  }

  @Test
  void aPersonUnderAContactHeadingOrWithATelephoneOrAnAddressIsAContact() {
    assertTrue(
        contact(
            "Media Contacts:\nNIS Press Office: 1-555-010-0199\nTove Lindqvist\n\nOSLO (May 2) - The NIS opened."));
    assertTrue(
        contact(
            "To speak with a spokesperson, contact: (NIS) Tove Lindqvist at 555-010-0199 or press@nis.example."));
    assertTrue(
        contact(
            "For more information, please contact:\nTove Lindqvist,\nNordic Imaging Society,\n"));
    assertTrue(contact("Questions go to Tove Lindqvist (tove@nis.example)."));
  }

  @Test
  void aPersonTheNewsIsAboutIsNoContact() {
    assertFalse(contact("Tove Lindqvist, President of the NIS, opened the congress in 2024."));
    assertFalse(contact("Dr. Tove Lindqvist, president of the NIS (2021-2022 term), spoke."));
    assertFalse(
        contact("Contact: press office.\n\nThe NIS elected Tove Lindqvist as its president."));
  }
}
