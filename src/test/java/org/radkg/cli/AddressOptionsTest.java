package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --base-url/--site-url}: the IRI base never becomes the site's address; another base
 * URL keeps its old meaning (the site's public address); contradictions are refused before any
 * build.
 */
class AddressOptionsTest {
  @TempDir Path tmp;

  private static AddressOptions of(String baseUrl, String siteUrl) {
    AddressOptions o = new AddressOptions();
    o.baseUrl = baseUrl;
    o.siteUrl = siteUrl;
    return o;
  }

  @Test
  void theW3idBaseLeavesTheSiteOnItsOwnAddress() throws Exception {
    assertNull(of(null, null).site());
    assertNull(of("https://w3id.org/radkg/", null).site());
    assertNull(of("https://w3id.org/radkg", null).site(), "with or without the slash");
    assertEquals(
        "https://radkg.example.org/",
        of("https://w3id.org/radkg/", "https://radkg.example.org").site());
    assertTrue(of("https://w3id.org/radkg/", null).describe(null).contains("docs/deploy"));
  }

  @Test
  void anotherBaseUrlIsTheSitesPublicAddressAsBefore() throws Exception {
    assertEquals("https://kg.example.org/radkg/", of("https://kg.example.org/radkg", null).site());
    assertEquals(
        "https://kg.example.org/",
        of("https://kg.example.org/", "https://kg.example.org/").site(),
        "the same address twice is no contradiction");
    assertEquals(
        " (public address https://kg.example.org/)",
        of("https://kg.example.org/", null).describe("https://kg.example.org/"));
  }

  @Test
  void contradictionsAndNonUrlsAreRefused() {
    assertThrows(
        BadInputException.class,
        () -> of(null, "https://w3id.org/radkg/").site(),
        "w3id redirects");
    assertThrows(
        BadInputException.class,
        () -> of("https://a.example.org/", "https://b.example.org/").site());
    assertThrows(BadInputException.class, () -> of("w3id.org/radkg/", null).site());
  }

  @Test
  void theCommandRefusesBeforeBuilding() {
    CliRun help = CliRun.of("serve", "--help");
    assertTrue(help.out().contains("--site-url") && help.out().contains("--base-url"), help.out());
    CliRun run =
        CliRun.of(
            "serve",
            "--store",
            tmp.resolve("out").toString(),
            "--site-url",
            "https://w3id.org/radkg/");
    assertEquals(ExitCode.BAD_INPUT.code(), run.code(), run.err());
    assertTrue(run.err().contains("only redirects"), run.err());
    assertFalse(Files.exists(tmp.resolve("out")), "nothing built");
  }
}
