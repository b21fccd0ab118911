package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrdinalEditionsTest {
  private static final Entity CONFERENCE =
      Entity.of("harbour-imaging-conference", "Harbour Imaging Conference", EntityType.EVENT);

  private static List<String> labels(String text, Entity... entities) {
    List<Mention> mentions = new ArrayList<>();
    for (Entity e : entities) {
      for (int at = text.indexOf(e.label()); at >= 0; at = text.indexOf(e.label(), at + 1)) {
        mentions.add(new Mention(e, at, at + e.label().length()));
      }
    }
    mentions.sort(java.util.Comparator.comparingInt(Mention::begin));
    OrdinalEditions.name(text, mentions);
    return mentions.stream().map(m -> m.entity().label()).toList();
  }

  @Test
  void anEventCountedByItsEditionIsNamedWithTheOrdinalEverywhereInTheArticle() {
    assertEquals(
        List.of("6th Harbour Imaging Conference", "6th Harbour Imaging Conference"),
        labels(
            "The 6th Harbour Imaging Conference opened. The Harbour Imaging Conference drew 400 people.",
            CONFERENCE));
    assertEquals(
        List.of("Fifth Harbour Imaging Conference"),
        labels("It was the fifth Harbour Imaging Conference.", CONFERENCE));
  }

  @Test
  void noOrdinalTwoOrdinalsOrAnOrganizationLeaveTheNameAsItIs() {
    assertEquals(
        List.of("Harbour Imaging Conference"),
        labels("The Harbour Imaging Conference opened.", CONFERENCE));
    assertEquals(
        List.of("Harbour Imaging Conference", "Harbour Imaging Conference"),
        labels(
            "The 5th Harbour Imaging Conference and the 6th Harbour Imaging Conference differ.",
            CONFERENCE));
    Entity society =
        Entity.of("harbour-imaging-society", "Harbour Imaging Society", EntityType.ORGANIZATION);
    assertEquals(
        List.of("Harbour Imaging Society"),
        labels("Its 6th Harbour Imaging Society meeting", society));
  }

  @Test
  void aRomanceOrdinalCountsTheEditionAsItIsWritten() {
    Entity jornada =
        Entity.of("jornada-serrana-de-imagem", "Jornada Serrana de Imagem", EntityType.EVENT);
    assertEquals(
        List.of("12ª Jornada Serrana de Imagem"),
        labels("A 12ª Jornada Serrana de Imagem reuniu 900 participantes.", jornada));
    Entity encontro =
        Entity.of("encontro-de-residentes", "Encontro de Residentes", EntityType.EVENT);
    assertEquals(
        List.of("4º Encontro de Residentes"),
        labels("O 4º Encontro de Residentes foi um sucesso.", encontro));
  }
}
