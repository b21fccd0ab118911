package org.radkg.extract.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.radkg.extract.EntityType;

class AuthorityFileTest {
  private static final AuthorityFile AUTHORITY = AuthorityFile.fromClasspath();

  @Test
  void classpathFilesLoadWithoutClashes() {
    long organizations = count(EntityType.ORGANIZATION);
    long initiatives = count(EntityType.INITIATIVE);
    long events = count(EntityType.EVENT);
    assertTrue(organizations >= 250 && organizations <= 900, "organizations: " + organizations);
    assertTrue(initiatives >= 80, "initiatives: " + initiatives);
    assertTrue(events >= 30, "event series: " + events);
    assertEquals(
        AUTHORITY.entries().size(), organizations + initiatives + events, "one family per entry");
  }

  @Test
  void everyVerifiedIdentifierIsAttachedToItsEntry() throws IOException {
    List<String[]> rows = identifierRows();
    assertEquals(20, rows.size());
    for (String[] row : rows) {
      String name = row[0];
      AuthorityEntry entry =
          AUTHORITY.find(name).orElseThrow(() -> new AssertionError("no entry for " + name));
      assertEquals(row[2], entry.ror(), name);
      assertEquals(row[3].isEmpty() ? null : row[3], entry.wikidata(), name);
      if (!row[1].isEmpty()) {
        assertEquals(row[1], entry.acronym(), name);
      }
    }
  }

  @Test
  void noIdentifierIsInventedOrReused() throws IOException {
    Set<String> verified = new HashSet<>();
    for (String[] row : identifierRows()) {
      verified.add(row[2]);
      if (!row[3].isEmpty()) {
        verified.add(row[3]);
      }
    }
    Set<String> used = new HashSet<>();
    for (AuthorityEntry e : AUTHORITY.entries()) {
      for (String id : new String[] {e.ror(), e.wikidata()}) {
        if (id != null) {
          assertTrue(verified.contains(id), e.name() + " carries an unverified identifier " + id);
          assertTrue(used.add(id), id + " is attached twice");
        }
      }
    }
    assertEquals(verified, used);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '=',
      value = {
        "ESR-PAG=ESR Patient Advisory Group",
        "ESR PAG=ESR Patient Advisory Group",
        "PAG=ESR Patient Advisory Group",
        "Asian Oceania Society of Radiology=Asian Oceanian Society of Radiology",
        "World Federation of Ultrasound in Medicine and Biology=World Federation for Ultrasound in Medicine and Biology",
        "Ciptomangunkusumo National Referral Hospital=Dr. Cipto Mangunkusumo National General Hospital",
        "FKUI/RSCM=Dr. Cipto Mangunkusumo National General Hospital",
        "La Fe University and Polytechnic Hospital=La Fe University and Polytechnic Hospital",
        "American Society of Echography=American Society of Echocardiography",
        "European Federation for Ultrasound in Medicine and Biology=European Federation of Societies for Ultrasound in Medicine and Biology",
        "SoR=Society and College of Radiographers",
        "RHEC=Radiology Health Equity Coalition",
        "EUropean Federation for CAncer IMages=European Federation for Cancer Images",
        "ALZ-NET=Alzheimer's Network for Treatment and Diagnostics",
        "Alzheimer’s Network for Treatment and Diagnostics=Alzheimer's Network for Treatment and Diagnostics",
        "ACR National Clinical Imaging Research Registry™=ACR National Clinical Imaging Research Registry",
        "GLC Program=RSNA Global Learning Centers",
        "Global Learning Centers program=RSNA Global Learning Centers",
        "GLC=RSNA Global Learning Centers",
        "#ReturntoCare=ReturntoCare",
        "DIGITAL programme=Digital Europe Programme",
        "Europe’s Beating Cancer Plan=Europe's Beating Cancer Plan",
        "AOCR=Asian Oceanian Congress of Radiology",
        "ICR=International Congress of Radiology",
        "Scientific Assembly and Annual Meeting=RSNA Annual Meeting",
        "NNSA=National Nuclear Security Administration",
        "ESRNM=Egyptian Society of Radiology & Nuclear Medicine",
        "Egyptian Society of Radiology and Nuclear Medicine=Egyptian Society of Radiology & Nuclear Medicine",
        "RSNA R&E Foundation=RSNA Research & Education Foundation",
      })
  void seedSpellingsResolve(String form, String canonical) {
    assertEquals(canonical, AUTHORITY.find(form).map(AuthorityEntry::name).orElse("(none)"));
  }

  @Test
  void acronymsAreCaseSensitive() {
    assertTrue(AUTHORITY.find("CAR").isPresent());
    assertFalse(AUTHORITY.find("car").isPresent());
    assertFalse(AUTHORITY.find("who").isPresent());
  }

  @Test
  void entryBecomesEntity() {
    var coalition = AUTHORITY.find("Radiology Health Equity Coalition").orElseThrow().toEntity();
    assertEquals("radiology-health-equity-coalition", coalition.slug());
    assertEquals(Set.of(EntityType.ORGANIZATION, EntityType.COLLABORATION), coalition.types());
    assertTrue(coalition.altLabels().contains("RHEC"));
    var rsna = AUTHORITY.find("RSNA").orElseThrow().toEntity();
    assertEquals(Set.of(EntityType.ORGANIZATION, EntityType.SOCIETY), rsna.types());
    assertEquals(
        Set.of("https://ror.org/00rj4x019", "http://www.wikidata.org/entity/Q980502"),
        rsna.sameAs());
    assertEquals("RSNA", rsna.acronym());
    var glc = AUTHORITY.find("GLC").orElseThrow().toEntity();
    assertEquals("initiative/rsna-global-learning-centers", glc.key());
    assertEquals("event", AUTHORITY.find("ECR").orElseThrow().toEntity().kind());
  }

  @Test
  void clashFailsNamingBothLines(@TempDir Path dir) throws IOException {
    Path a = write(dir, "a.tsv", "Alpha Society\tAS\tSociety\t\t\t");
    Path b = write(dir, "b.tsv", "# note", "Another Society\t\tSociety\tAS\t\t");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AuthorityFile.load(a, b));
    assertTrue(e.getMessage().contains("a.tsv:2 (Alpha Society)"), e.getMessage());
    assertTrue(e.getMessage().contains("b.tsv:3 (Another Society)"), e.getMessage());
  }

  @Test
  void namesClashIgnoringCaseAndQuotes(@TempDir Path dir) throws IOException {
    Path a =
        write(
            dir,
            "a.tsv",
            "Europe's Plan\t\tInitiative\t\t\t",
            "Plan\t\tInitiative\tEUROPE’S PLAN\t\t");
    assertThrows(IllegalArgumentException.class, () -> AuthorityFile.load(a));
  }

  @Test
  void declaredHarmlessClashLoadsButStaysAmbiguous(@TempDir Path dir) throws IOException {
    Path a =
        write(
            dir,
            "a.tsv",
            "# harmless-clash: AS",
            "Alpha Society\tAS\tSociety\t\t\t",
            "Asian Society\tAS\tSociety\t\t\t");
    AuthorityFile file = AuthorityFile.load(a);
    assertEquals(2, file.entries().size());
    assertFalse(file.find("AS").isPresent());
    assertTrue(file.find("Asian Society").isPresent());
  }

  @Test
  void malformedRowsNameFileAndLine(@TempDir Path dir) throws IOException {
    Path type = write(dir, "t.tsv", "Alpha\t\tSocietyy\t\t\t");
    assertTrue(message(type).contains("t.tsv:2"), message(type));
    Path ror = write(dir, "r.tsv", "Alpha\t\tSociety\t\tror:123\t");
    assertTrue(message(ror).contains("r.tsv:2"), message(ror));
    Path alias = write(dir, "e.tsv", "Alpha\t\tSociety\tA||B\t\t");
    assertTrue(message(alias).contains("e.tsv:2"), message(alias));
    Path columns = write(dir, "c.tsv", "Alpha");
    assertTrue(message(columns).contains("c.tsv:2"), message(columns));
    Path header = dir.resolve("h.tsv");
    Files.writeString(header, "Alpha\t\tSociety\t\t\t\n");
    assertTrue(message(header).contains("h.tsv:1"), message(header));
  }

  private static String message(Path file) {
    return assertThrows(IllegalArgumentException.class, () -> AuthorityFile.load(file))
        .getMessage();
  }

  private static Path write(Path dir, String name, String... rows) throws IOException {
    List<String> lines = new ArrayList<>();
    int i = 0;
    while (i < rows.length && rows[i].startsWith("# ")) {
      lines.add(rows[i++]);
    }
    lines.add(AuthorityFile.HEADER);
    while (i < rows.length) {
      lines.add(rows[i++]);
    }
    Path file = dir.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static long count(EntityType family) {
    return AUTHORITY.entries().stream().filter(e -> e.types().contains(family)).count();
  }

  /** The rows of reference/identifiers.tsv: name, acronym, ror, wikidata, ror_record. */
  private static List<String[]> identifierRows() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                AuthorityFileTest.class.getResourceAsStream("/radkg/reference/identifiers.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#") || line.startsWith("name\t") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (!f[2].isEmpty()) {
          rows.add(f);
        }
      }
    }
    return rows;
  }
}
