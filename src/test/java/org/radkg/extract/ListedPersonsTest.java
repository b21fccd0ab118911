package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People named without a known given name, title or degree, found from where they stand; sentences
 * written for the purpose.
 */
class ListedPersonsTest {
  private final PersonFinder finder = new PersonFinder();

  private List<String> names(String text) {
    return finder.find(text, 0, text.length()).stream().map(m -> m.entity().label()).toList();
  }

  @Test
  void everyNameAfterAPluralTitle() {
    assertEquals(
        List.of("Hemi R. Tavakori", "Ulla Brandvik"),
        names("The society invited Drs. Hemi R. Tavakori and Ulla Brandvik to teach."));
    assertEquals(
        List.of("Rauno Kettunen", "Ilse Mertanova", "Juha Salminen", "Edwin Marsh"),
        names(
            "The faculty were Professors Rauno Kettunen(Oulu, Finland), Ilse Mertanova (Brno), and Juha Salminen and Edwin Marsh."));
  }

  @Test
  void aNameInTheListOfAKnownPerson() {
    assertEquals(
        List.of("Tracy Kilborn", "Savvas Andronikou", "Radek Vlcinsky"),
        names(
            "They were helped by local radiologists (Tracy Kilborn, Savvas Andronikou and Radek Vlcinsky) who shared cases."));
  }

  @Test
  void aNameInARolesPlace() {
    assertEquals(
        List.of("Kazuro Sugimura"),
        names("The board, including chairman Kazuro Sugimura, agreed."));
    assertEquals(
        List.of("Otha Linton"),
        names("The society's executive director, Otha Linton, will retire next year."));
  }

  @Test
  void noPersonFromOrdinaryWordsOrOrganizations() {
    assertEquals(
        List.of("Tracy Kilborn"),
        names("Tracy Kilborn, Lakeside Imaging Group and Northfield Hospital signed."));
    assertEquals(List.of(), names("The chair Radiology Services said so."));
    assertEquals(
        List.of("Dana Quint"), names("Committee Chair Professor Dana Quint FRCR opened it."));
  }

  @Test
  void aNameCoordinatedWithAKnownPersonBeforeAPrepositionOrAVerb() {
    assertEquals(
        List.of("Tracy Kilborn", "Marliese Vonstrup"),
        names(
            "My thanks go to Tracy Kilborn and Marliese Vonstrup for leading the programme committee."));
    assertEquals(
        List.of("Tracy Kilborn", "Marliese Vonstrup"),
        names("Tracy Kilborn and Marliese Vonstrup were elected."));
  }

  @Test
  void aCoordinatedNameMayOpenWithAnEnglishWordWhenItsSurnameIsNone() {
    assertEquals(
        List.of("Tracy Kilborn", "Sunny Vaskelund"),
        names("Dr Tracy Kilborn and Sunny Vaskelund, both of Bergen, won the bid."));
    assertEquals(
        List.of("Tracy Kilborn"),
        names("Tracy Kilborn and Global Health, a charity, won the bid."));
  }

  @Test
  void aNameWithoutItsMiddleNameIsThePersonNamedInFull() {
    String text =
        "Tracy Kilborn elected president. Tracy M. Kilborn, MD, and Dr Ulla Maren Brandvik Sola spoke. Dr Ulla Brandvik agreed.";
    assertEquals(
        List.of(
            "Tracy M. Kilborn",
            "Tracy M. Kilborn",
            "Ulla Maren Brandvik Sola",
            "Ulla Maren Brandvik Sola"),
        names(text));
  }

  @Test
  void theHolderOfAnOfficeAListLineGives() {
    assertEquals(
        List.of("Yearn Seong Chaeri", "Nkosana Dubeko"),
        names("• Director from Asia/Oceania: Yearn Seong Chaeri\n• Treasurer: Nkosana Dubeko\n"));
  }

  @Test
  void aNameGivenAnOfficeRightAfterIt() {
    assertEquals(
        List.of("Ayanda Zwanele", "Bongani Mthembulo"),
        names(
            "The board includes Ayanda Zwanele as treasurer and Bongani Mthembulo as secretary."));
  }
}
