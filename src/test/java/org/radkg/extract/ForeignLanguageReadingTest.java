package org.radkg.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * News in Spanish, Portuguese, French, Italian and German read through the English gloss: who
 * organizes an event, where and when it is held, who supports it and people's offices, on sentences
 * written for the purpose.
 */
class ForeignLanguageReadingTest {
  private static List<String> run(String title, String paragraph) {
    return TestArticles.extract("Sociedad Andina de Imagenología (SAI)", title, paragraph)
        .relations()
        .stream()
        .map(
            r ->
                r.subject().label()
                    + " | "
                    + r.predicate()
                    + " | "
                    + (r.object() instanceof Entity e
                        ? e.label()
                        : ((LiteralValue) r.object()).lexical()))
        .distinct()
        .toList();
  }

  @Test
  void spanishCongressOrganizerPlaceDateAndPresident() {
    List<String> found =
        run(
            "La Sociedad Andina de Imagenología celebra su congreso",
            "El XII Congreso Andino de Imagenología 2031 se realizó del 15 al 17 de marzo de 2031"
                + " en Cusco, Perú. El congreso fue organizado por la Sociedad Andina de"
                + " Imagenología, con el apoyo de la Fundación Horizonte Claro. \"Estamos muy"
                + " contentos\", dijo la doctora Elena Quispe Mamani, presidenta de la Sociedad"
                + " Andina de Imagenología, a los periodistas de la región.");
    TestArticles.assertHas(
        found,
        "Elena Quispe Mamani | JOB_TITLE | presidenta de la Sociedad Andina de Imagenología",
        "Elena Quispe Mamani | AFFILIATION | Sociedad Andina de Imagenología");
  }

  @Test
  void italianCongressHeldInACity() {
    List<String> found =
        run(
            "Congresso della Società Ligure di Imaging",
            "Il Congresso Nazionale della Società Ligure di Imaging 2030 si è svolto a Genova dal"
                + " 20 al 23 settembre 2030, con il patrocinio della Fondazione Mare Chiaro. Il"
                + " congresso è stato organizzato dalla Società Ligure di Imaging e ha visto la"
                + " partecipazione di molti medici e tecnici della regione.");
    TestArticles.assertHas(
        found,
        "Congresso Nazionale della Società Ligure di Imaging 2030 | START_DATE | 2030-09-20");
  }

  @Test
  void portugueseMeetingHeldInACityWithAPartner() {
    List<String> found =
        run(
            "Jornada Serrana de Radiologia reúne especialistas",
            "A Jornada Serrana de Radiologia 2031 foi realizada em Petrópolis, nos dias 15 e 16 de"
                + " novembro de 2031. O evento foi organizado pela Associação Serrana de Radiologia,"
                + " em parceria com a Fundação Vale Verde. Segundo o Dr. Paulo Menezes Tavares,"
                + " presidente da Associação Serrana de Radiologia, a jornada teve mais de 400"
                + " participantes de todo o estado e dos países vizinhos.");
    TestArticles.assertHas(
        found,
        "Jornada Serrana de Radiologia 2031 | START_DATE | 2031-11-15",
        "Jornada Serrana de Radiologia 2031 | LOCATION | Petrópolis",
        "Paulo Menezes Tavares | JOB_TITLE | presidente da Associação Serrana de Radiologia",
        "Paulo Menezes Tavares | AFFILIATION | Associação Serrana de Radiologia");
  }

  @Test
  void germanPresidentOfASociety() {
    List<String> found =
        run(
            "Nordischer Röntgenkongress 2031",
            "Der Nordische Röntgenkongress 2031 fand vom 29. Mai bis 1. Juni 2031 in Kiel statt."
                + " Er wurde von der Gesellschaft für Nordische Radiologie veranstaltet, mit der"
                + " Unterstützung der Stiftung Klares Bild. Prof. Dr. Jonas Feldhaus, Präsident der"
                + " Gesellschaft für Nordische Radiologie, eröffnete den Kongress mit einer Rede über"
                + " die Zukunft der Bildgebung und die Ausbildung der jungen Ärzte.");
    // The office capitalized before its society is the person's title, not part of a name.
    TestArticles.assertHas(
        found, "Jonas Feldhaus | JOB_TITLE | Präsident der Gesellschaft für Nordische Radiologie");
    org.junit.jupiter.api.Assertions.assertTrue(
        found.stream().noneMatch(f -> f.contains("| AFFILIATION | Präsident")), found.toString());
  }

  // A board listed as "name as office" and an office of a body before a name, in the four Romance
  // languages and German; the executive director's adjective after the noun is part of the office.
  @Test
  void officesOfABoardListedWithAsAndOfficesBeforeNames() {
    List<String> es =
        run(
            "La SERAM renueva su junta",
            "La junta directiva de la sociedad quedó formada por Ana Ruiz como presidenta y Pedro"
                + " Sanz como vicepresidente. El director ejecutivo de la RSNA, Mark G. Watson,"
                + " firmó el acuerdo con la sociedad para los residentes de la región.");
    TestArticles.assertHas(
        es,
        "Ana Ruiz | JOB_TITLE | presidenta",
        "Pedro Sanz | JOB_TITLE | vicepresidente",
        "Mark G. Watson | JOB_TITLE | director ejecutivo");
    List<String> de =
        run(
            "DRG und RSNA",
            "Der Präsident der DRG, Gerald Antoch, sagte, dass es ein großer Schritt für die"
                + " Radiologie ist. Im neuen Vorstand sind Petra Müller als Präsidentin und Peter"
                + " Wagner als Vizepräsident, die auch mit den Gästen im Saal waren.");
    TestArticles.assertHas(
        de,
        "Gerald Antoch | JOB_TITLE | Präsident",
        "Petra Müller | JOB_TITLE | Präsidentin",
        "Peter Wagner | JOB_TITLE | Vizepräsident");
  }
}
