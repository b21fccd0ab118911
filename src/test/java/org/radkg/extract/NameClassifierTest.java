package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameClassifierTest {
  private static final NameClassifier CLASSIFIER = new NameClassifier();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Federación Andina de Sociedades de Ecografía   | SOCIETY
      Sociedade Paulista de Imagem                   | SOCIETY
      Asociación Costarricense de Radiología         | SOCIETY
      Fundación Imagen para Todos                    | ORGANIZATION
      Lakeshore Imaging Consultants                  | ORGANIZATION
      Harbor Radiological Associates                 | ORGANIZATION
      Bluefin Scanners LLC                           | ORGANIZATION
      Imaging and Dosimetry Core                     | ORGANIZATION
      Directorate of Radiation Safety                | ORGANIZATION
      Nordic Inspectorate of Radiation Protection    | ORGANIZATION
      Veltrian Imaging Subcommittee                  | ORGANIZATION
      KXSR Northern Branch                           | ORGANIZATION
      Task Force on Brand Strategy                   | ORGANIZATION
      Harbourside Municipality                       | ORGANIZATION
      Nordic Development Bank                        | ORGANIZATION
      """)
  void nonEnglishHeadsAndCorporateSuffixesSayWhatANameIs(String name, EntityType type) {
    Optional<Set<EntityType>> types = CLASSIFIER.classify(name);
    assertEquals(true, types.isPresent() && types.get().contains(type), name + " -> " + types);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"firm", "publisher", "provider", "vendor"})
  void aCompanyWordAfterANameMakesItAnOrganizationButNotInsideIt(String word) {
    assertEquals(Optional.of(Set.of(EntityType.ORGANIZATION)), CLASSIFIER.classifyTrailing(word));
    assertEquals(
        Optional.empty(),
        CLASSIFIER.classify(
            "Preferred " + Character.toUpperCase(word.charAt(0)) + word.substring(1)));
  }

  // Annotators never list an award as an entity ("lectures, plenaries and awards are not
  // entities"); a grant programme is one.
  @ParameterizedTest(name = "{0}")
  @CsvSource({"Harbour Recognition Award", "Young Investigator Awards"})
  void anAwardIsNoInitiative(String name) {
    assertEquals(Optional.empty(), CLASSIFIER.classify(name));
    assertEquals(
        Optional.of(Set.of(EntityType.INITIATIVE)), CLASSIFIER.classify("Harbour Research Grants"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Boxing Day", "Lucia Day", "Harvest Week", "St. Quill Day", "Saint Quill's Day"})
  void aHolidayIsNoCampaign(String name) {
    assertEquals(Optional.empty(), CLASSIFIER.classify(name));
    assertEquals(
        Optional.of(Set.of(EntityType.INITIATIVE)), CLASSIFIER.classify("World Sonography Day"));
    assertEquals(
        Optional.of(Set.of(EntityType.INITIATIVE)), CLASSIFIER.classify("Medical Physics Week"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Federation Reports", "Society News", "Council Updates"})
  void aSectionHeadingAfterAHeadNamesNoOrganization(String name) {
    assertEquals(Optional.empty(), CLASSIFIER.classify(name));
  }

  // A curriculum's plural, a named standard and a club are initiatives; "Standards" alone names a
  // field of work ("Quality, Safety and Standards").
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Nordic Curricula for Imaging Technologists | true
      Baltic Dental Dose Standard                | true
      Safety and Standards                       | false
      Nordic Residents Journal Club              | true
      """)
  void curriculaAndAStandardAreInitiatives(String name, boolean initiative) {
    assertEquals(
        initiative,
        CLASSIFIER.classify(name).map(t -> t.contains(EntityType.INITIATIVE)).orElse(false),
        name);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Nordic Society of Radiology Premium Learning Package | INITIATIVE
      Baltic College of Sonographers Annual Meeting        | EVENT
      Annual Meeting of the Baltic Radiological Society    | EVENT
      Association of Nordic Cancer Centers                 | SOCIETY
      Council on Accreditation of Sonography Programs      | ORGANIZATION
      University of Nordland Department of Radiology       | ORGANIZATION
      """)
  void aThingAnOrganizationsFullNameOwnsIsTypedByItsOwnHead(String name, EntityType type) {
    Optional<Set<EntityType>> types = CLASSIFIER.classify(name);
    boolean organization = type == EntityType.ORGANIZATION || type == EntityType.SOCIETY;
    assertEquals(
        true,
        types.isPresent()
            && types.get().contains(type)
            && (organization || !types.get().contains(EntityType.ORGANIZATION)),
        name + " -> " + types);
  }

  // A venue is where an event is held: neither the event its first word names nor an organization.
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Summit Hall of the Riverside Expo Centre",
    "Lakeview Convention Center",
    "Grand Harbour Hotel",
    "Oslo Congress Centre"
  })
  void aVenueIsNoEventNorOrganization(String name) {
    assertEquals(Optional.empty(), CLASSIFIER.classify(name));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Lakeview Medical Center",
    "Centre for Imaging Research",
    "Nordic Congress of Imaging"
  })
  void aCentreThatHousesNoEventsStaysWhatItWas(String name) {
    assertEquals(true, CLASSIFIER.classify(name).isPresent(), name);
  }

  // A congress named after its society ("... Society of Imaging Annual Congress") is the event, and
  // its edition's year after the head changes nothing; "Congress" ends in a double s, no plural.
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Vellmark Society of Nuclear Imaging Annual Congress",
    "Vellmark Society of Nuclear Imaging Annual Congress 2031"
  })
  void aSocietysCongressIsAnEvent(String name) {
    assertEquals(Optional.of(Set.of(EntityType.EVENT)), CLASSIFIER.classify(name));
  }
}
