package org.radkg.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.radkg.extract.Entity;
import org.radkg.extract.EntityType;

class GazetteerTest {
  private final Gazetteer gazetteer = Gazetteer.fromClasspath();

  @Test
  void shipsEveryIsoCountryKosovoAndTheCitiesOfGeoNames() {
    assertEquals(
        250, gazetteer.allCountries().size()); // ISO 3166-1 and Kosovo (XK, used by GeoNames)
    assertTrue(gazetteer.allCities().size() > 20_000, "cities: " + gazetteer.allCities().size());
    assertSame(gazetteer, Gazetteer.fromClasspath());
  }

  @Test
  void everyCityLiesInACountryOfTheGazetteer() {
    // Found at scale 1000: Pristina (GeoNames country XK, Kosovo, not in ISO 3166-1) had no
    // country.
    for (String name : new String[] {"Pristina", "Cape Town", "Quito", "Jakarta"}) {
      Entity city = gazetteer.cities(name).get(0);
      assertTrue(gazetteer.countryOf(city).isPresent(), name);
    }
    assertEquals("Kosovo", gazetteer.country("XK").orElseThrow().label());
  }

  @Test
  void findsCountriesByEverydayNameAliasOrCode() {
    for (String name :
        List.of("US", "USA", "us", "U.S.", "United States of America", "United States")) {
      assertEquals("united-states", gazetteer.country(name).orElseThrow().slug(), name);
    }
    assertEquals("Taiwan", gazetteer.country("Chinese Taipei").orElseThrow().label());
    assertEquals("Turkey", gazetteer.country("Türkiye").orElseThrow().label());
    assertEquals("South Korea", gazetteer.country("Korea").orElseThrow().label());
    assertEquals("Côte d'Ivoire", gazetteer.country("Ivory Coast").orElseThrow().label());
    assertEquals("Czechia", gazetteer.country("CZE").orElseThrow().label());
    assertFalse(gazetteer.country("Atlantis").isPresent());
  }

  @Test
  void countryEntitiesCarryAliasesButNotCodes() {
    Entity us = gazetteer.country("US").orElseThrow();
    assertEquals(Set.of(EntityType.COUNTRY), us.types());
    assertTrue(us.altLabels().contains("United States of America"));
    assertFalse(us.altLabels().contains("US"));
    assertFalse(us.altLabels().contains("USA"));
    assertTrue(us.sameAs().isEmpty());
  }

  @Test
  void cityEntitiesAreKeyedByNameAndCountryAndPointToGeoNames() {
    Entity capeTown = gazetteer.cities("Cape Town").get(0);
    assertEquals("cape-town-za", capeTown.slug());
    assertEquals(Set.of(EntityType.CITY), capeTown.types());
    assertEquals("south-africa", capeTown.containedIn());
    assertEquals(Set.of("https://sws.geonames.org/3369157/"), capeTown.sameAs());
    assertEquals("South Africa", gazetteer.countryOf(capeTown).orElseThrow().label());
  }

  @Test
  void citiesOfOneNameComeMostPopulousFirstAndIgnoreDiacritics() {
    List<Entity> valencias = gazetteer.cities("Valencia");
    assertEquals("valencia-ve", valencias.get(0).slug());
    assertEquals("valencia-es", valencias.get(1).slug());
    assertEquals("sao-paulo-br", gazetteer.cities("Sao Paulo").get(0).slug());
    assertEquals("São Paulo", gazetteer.cities("sao paulo").get(0).label());
    assertEquals("timisoara-ro", gazetteer.cities("Timisoara").get(0).slug());
  }

  @Test
  void loadsFromAFolderAsFromTheJar() {
    // Its speed is a benchmark figure (docs/benchmarks.md), not an assertion: a timed test flakes
    // on a loaded machine.
    Gazetteer loaded = Gazetteer.load(Path.of("data/gazetteer"));
    assertEquals(gazetteer.allCities().size(), loaded.allCities().size());
  }
}
