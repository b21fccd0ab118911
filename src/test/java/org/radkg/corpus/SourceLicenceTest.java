package org.radkg.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Which licences let a source's text be republished, and a page that states its own. */
class SourceLicenceTest {
  @Test
  void openLicencesInTheFormsTheyAreWrittenAllowIt() {
    for (String open :
        new String[] {
          "https://creativecommons.org/licenses/by/4.0/",
          "http://creativecommons.org/licenses/by/3.0/de/",
          "https://creativecommons.org/licenses/by-sa/4.0/legalcode",
          "https://creativecommons.org/licenses/by/4.0/deed.fr",
          "https://creativecommons.org/publicdomain/zero/1.0/",
          "https://www.creativecommons.org/licenses/by/2.5"
        }) {
      assertTrue(SourceLicence.allowsRepublishing(open), open);
    }
  }

  @Test
  void restrictiveUnknownOrMissingLicencesDoNot() {
    for (String closed :
        new String[] {
          "https://creativecommons.org/licenses/by-nc/4.0/",
          "https://creativecommons.org/licenses/by-nd/4.0/",
          "https://creativecommons.org/licenses/by-nc-sa/4.0/",
          "https://example.org/terms",
          "https://creativecommons.org/licenses/by/4.0/../by-nc/4.0/"
        }) {
      assertFalse(SourceLicence.allowsRepublishing(closed), closed);
    }
    assertFalse(SourceLicence.allowsRepublishing(null));
  }

  @Test
  void aPageStatesItsLicenceWithRelLicense() {
    String html =
        "<html><head><title>News</title>"
            + "<link rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\"></head>"
            + "<body><p>Text.</p></body></html>";
    PageMetadata m = PageMetadataReader.read(Jsoup.parse(html, "https://news.example.org/a"));
    assertTrue(SourceLicence.allowsRepublishing(m.licence()), m.toString());
    PageMetadata none =
        PageMetadataReader.read(Jsoup.parse("<title>x</title><p>y</p>", "https://e.org/"));
    assertFalse(SourceLicence.allowsRepublishing(none.licence()));
  }
}
