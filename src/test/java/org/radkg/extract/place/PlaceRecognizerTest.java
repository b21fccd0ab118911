package org.radkg.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceRecognizerTest {
  private static final PlaceRecognizer RECOGNIZER = new PlaceRecognizer(Gazetteer.fromClasspath());

  /** "slug=mention" for each match, in text order; '!' marks a strong match. */
  private static String places(String text) {
    return RECOGNIZER.find(text).stream()
        .map(
            m ->
                m.place().slug()
                    + "="
                    + text.substring(m.begin(), m.end())
                    + (m.strong() ? "!" : ""))
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      hosted by the Faculty of Medicine (FKUI/RSCM) in Jakarta in 2023 | jakarta-id=Jakarta
      Stellenbosch University near Cape Town, South Africa | stellenbosch-za=Stellenbosch cape-town-za=Cape Town! south-africa=South Africa!
      the course in Daar Es Salaam, Tanzania                | dar-es-salaam-tz=Daar Es Salaam! tanzania=Tanzania!
      Timisoara, Romania                                    | timisoara-ro=Timisoara! romania=Romania!
      held in Chinese Taipei in March 2024                  | taiwan=Chinese Taipei!
      in Hurghada, Egypt                                    | hurghada-eg=Hurghada! egypt=Egypt!
      Kingston, Jamaica                                     | kingston-jm=Kingston! jamaica=Jamaica!
      St. Vincent and the Grenadines                        | saint-vincent-and-the-grenadines=St. Vincent and the Grenadines!
      Bangkok, Thailand                                     | bangkok-th=Bangkok! thailand=Thailand!
      Berlin, Germany                                       | berlin-de=Berlin! germany=Germany!
      La Fe University and Polytechnic Hospital (Valencia, Spain) | valencia-es=Valencia! spain=Spain!
      the congress in Vienna, Austria                       | vienna-at=Vienna! austria=Austria!
      Wuhan, China                                          | wuhan-cn=Wuhan! china=China!
      a summit in New York City                             | new-york-city-us=New York City
      28-30 August 2025 / Dublin, IE                        | dublin-ie=Dublin! ireland=IE!
      """)
  void seedSentences(String text, String expected) {
    assertEquals(expected, places(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      the congress returns to Nuremberg, Germany            | nurnberg-de=Nuremberg! germany=Germany!
      a course in Gothenburg                                | goteborg-se=Gothenburg
      a clinic in Bombay                                    | mumbai-in=Bombay
      a hospital in Ciudad Juarez, Mexico                   | juarez-mx=Ciudad Juarez! mexico=Mexico!
      the Ypsilanti-based practice                          | ypsilanti-us=Ypsilanti
      a workshop in Plovdiv for young physicists            | plovdiv-bg=Plovdiv
      a workshop in Plovdiv; later, Plovdiv again           | plovdiv-bg=Plovdiv plovdiv-bg=Plovdiv
      meetings in Plovdiv and Pleven                        | plovdiv-bg=Plovdiv pleven-bg=Pleven
      the annual meeting in Washington, DC, in May          | washington-d-c-us=Washington, DC
      held at the Rotterdam Convention Centre               | rotterdam-nl=Rotterdam
      the ISRS 2013 meeting in Jeju, Korea                  | jeju-city-kr=Jeju! south-korea=Korea!
      the society is headquartered in Oak Brook, Ill., since 1990 | oak-brook-us=Oak Brook!
      a radiologist in Laurel, Md., said                    | laurel-us=Laurel!
      Laurel, MD – The society hosted a forum               | laurel-us=Laurel!
      OAK BROOK, Ill. (August 1, 2031) — The society grew   | oak-brook-us=OAK BROOK!
      Dr. Jane Roe of Del Mar, CA, spoke                    | del-mar-us=Del Mar!
      the leading provider in western Europe's clinics      | western-europe=western Europe!
      un gran reconocimiento en Latinoamérica               | latin-america=Latinoamérica!
      a practice near Del Mar, California                   | del-mar-us=Del Mar! california-us=California!
      """)
  void englishNamesMiddleSizedCitiesAndCitiesNamedAgain(String text, String expected) {
    assertEquals(expected, places(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      il congresso si terrà a Firenze, Italia               | florence-it=Firenze! italy=Italia!
      el congreso se celebró en Viena, Austria              | vienna-at=Viena! austria=Austria!
      un radiólogo invitado de Inglaterra                   | england-gb=Inglaterra!
      los países de América Latina y el Caribe              | latin-america-and-the-caribbean=América Latina y el Caribe!
      delegasi dari Jepang dan Korea Selatan                | japan=Jepang! south-korea=Korea Selatan!
      Türkiye ve Avusturya arasında                         | turkey=Türkiye! austria=Avusturya!
      Россия и Австрия подписали                            | russia=Россия! austria=Австрия!
      des participants du Cameroun et de Côte-d'Ivoire      | cameroon=Cameroun! cote-divoire=Côte-d'Ivoire!
      """)
  void citiesAndRegionsNamedInTheTextsLanguage(String text, String expected) {
    assertEquals(expected, places(text));
  }

  @Test
  void aCountryInCapitalsCountsOnlyAfterItsCity() {
    assertEquals(
        "yokohama-jp=Yokohama! japan=JAPAN!",
        places("the meeting to be held in Yokohama, JAPAN on April 14-17, 2031"));
    assertEquals("", places("A REPORT FROM JAPAN ON IMAGING"));
  }

  @Test
  void aCityKnownByAnEnglishNameIsLabelledWithIt() {
    Gazetteer g = Gazetteer.fromClasspath();
    assertEquals("Nuremberg", g.cities("Nürnberg").get(0).label());
    assertTrue(g.cities("Nuremberg").get(0).altLabels().contains("Nürnberg"));
    // An outdated name matches the text but does not label the place.
    assertEquals("Mumbai", g.cities("Bombay").get(0).label());
    assertTrue(!g.cities("Bombay").get(0).altLabels().contains("Bombay"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "The University of Plovdiv and its students.",
        "Plovdiv alone, with no preposition.",
        "In March 2023 the reading list grew.",
        "Most members agreed.",
        "The Police arrived.",
        "Nice work by the team.",
        "Mobile apps for patients.",
        "Jackson said the results were clear.",
        "Florence and Victoria presented the Split decision at the Best Date.",
        "Chad Smith and Jordan Lee joined the board.",
        "Enterprise imaging Of the future, Reading room design.",
        "The Perelman School of Medicine, PA, and its residents.",
        "Grants went to Smith, Jones and Brown in part.",
        "The centre opened in Tiblisi, Georgia last year.",
      })
  void ordinaryWordsAndNamesAreNotPlaces(String text) {
    assertEquals("", places(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The course took place in Nairobi, Kenya               | nairobi-ke=Nairobi! kenya=Kenya!
      It was held in São Paulo, Brazil                      | sao-paulo-br=São Paulo! brazil=Brazil!
      Radiologists from Sao Paulo met                       | sao-paulo-br=Sao Paulo
      in Lyon, France                                       | lyon-fr=Lyon! france=France!
      Kuala Lumpur, Malaysia                                | kuala-lumpur-my=Kuala Lumpur! malaysia=Malaysia!
      the meeting in Lagos drew 400 people                  | lagos-ng=Lagos
      a workshop in Rio de Janiero, Brazil                  | rio-de-janeiro-br=Rio de Janiero! brazil=Brazil!
      Jackson, Mississippi                                  | jackson-us=Jackson! mississippi-us=Mississippi!
      Atlanta, Georgia hosted it                            | atlanta-us=Atlanta! georgia-us=Georgia!
      Reading, United Kingdom                               | reading-gb=Reading! united-kingdom=United Kingdom!
      trainees from Chad and Jordan                         | chad=Chad jordan=Jordan
      the US and the UK, but not us                         | united-states=US! united-kingdom=UK!
      a clinic in New Mexico                                | new-mexico-us=New Mexico!
      Valencia is a city in Spain                           | valencia-es=Valencia spain=Spain!
      Papua New Guinea and Guinea                           | papua-new-guinea=Papua New Guinea! guinea=Guinea!
      in Łódź, Poland                                       | lodz-pl=Łódź! poland=Poland!
      """)
  void otherCitiesAndCountries(String text, String expected) {
    assertEquals(expected == null ? "" : expected, places(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      clinics across sub-Saharan Africa and South Asia       | sub-saharan-africa=sub-Saharan Africa! south-asia=South Asia!
      teams from Europe, Latin America and the Caribbean     | europe=Europe! latin-america-and-the-caribbean=Latin America and the Caribbean!
      teams from Latin America and from the Caribbean       | latin-america=Latin America! caribbean=Caribbean!
      the Asia-Pacific region and the Middle East            | asia-pacific=Asia-Pacific! middle-east=Middle East!
      South Africa is not a region of Africa                 | south-africa=South Africa! africa=Africa!
      practices in Oregon, Nevada and Kansas                 | nevada-us=Nevada! kansas-us=Kansas!
      she moved to Lansing, Michigan, last year              | lansing-us=Lansing! michigan-us=Michigan!
      Manitoba and Queensland both joined                    | manitoba-ca=Manitoba! queensland-au=Queensland!
      departments across Wales and Scotland                  | wales-gb=Wales! scotland-gb=Scotland!
      a trust in Northern Ireland, not Ireland               | northern-ireland-gb=Northern Ireland! ireland=Ireland!
      Swansea, Wales                                         | swansea-gb=Swansea! wales-gb=Wales!
      units in Kerala, Tamil Nadu and Gauteng                | kerala-in=Kerala! tamil-nadu-in=Tamil Nadu! gauteng-za=Gauteng!
      """)
  void continentsWorldRegionsAndStatesNamedAlone(String text, String expected) {
    assertEquals(expected, places(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      a clinic (Porto, PT) joined                           | porto-pt=Porto! portugal=PT!
      the institute in Graz, AT.                            | graz-at=Graz! austria=AT!
      Annual Meeting, Houston, TX, July 2031                | houston-us=Houston!
      """)
  void theCountryCodeThatSettlesACityNamesItsCountryToo(String text, String expected) {
    assertEquals(expected, places(text));
  }

  @Test
  void aRegionIsAPlaceInsideItsCountry() {
    PlaceMatch m = RECOGNIZER.find("a hospital in Nevada").get(0);
    assertEquals(org.radkg.extract.EntityType.REGION, m.place().primaryType());
    assertEquals("united-states", m.place().containedIn());
    assertEquals(null, RECOGNIZER.find("work across East Africa").get(0).place().containedIn());
  }

  @Test
  void offsetsPointIntoTheTextAndMatchesDoNotOverlap() {
    String text = "Sites: Berlin, Germany; Cape Town, South Africa; and in Jakarta.";
    List<PlaceMatch> matches = RECOGNIZER.find(text);
    assertEquals(5, matches.size());
    for (int i = 1; i < matches.size(); i++) {
      assertTrue(matches.get(i - 1).end() <= matches.get(i).begin());
    }
    assertEquals("Cape Town", text.substring(matches.get(2).begin(), matches.get(2).end()));
  }

  @Test
  void sharedInstanceGivesTheSameAnswerOnEveryThread() {
    String text = "held in São Paulo, Brazil and in Lyon, France";
    String expected = places(text);
    List<String> results =
        java.util.stream.IntStream.range(0, 200)
            .parallel()
            .mapToObj(i -> places(text))
            .distinct()
            .toList();
    assertEquals(List.of(expected), results);
  }

  @Test
  void staysLinearOnLongText() {
    String paragraph =
        "The RSNA team met colleagues in Nairobi, Kenya and in Jakarta; Most members read "
            + "the reports from Daar Es Salaam, Tanzania before March. ";
    String text = paragraph.repeat(5_000); // about 600,000 chars
    RECOGNIZER.find(text);
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long start = cpu.getCurrentThreadCpuTime();
    List<PlaceMatch> matches = RECOGNIZER.find(text);
    long millis = (cpu.getCurrentThreadCpuTime() - start) / 1_000_000;
    assertEquals(5 * 5_000, matches.size());
    // Quadratic matching on 600,000 chars takes minutes of CPU; linear matching about one second.
    // This thread's CPU time, not the wall clock: a loaded machine (parallel forks, a CI
    // neighbour) once stretched one second to 41 s of wall time.
    assertTrue(millis < 30_000, "took " + millis + " ms of CPU");
  }
}
