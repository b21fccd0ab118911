package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An acronym that no dictionary knows and the article never spells out is an organization where its
 * frame says so ("chair of the XYZR", "the XYZR president", "XYZR signed an agreement"), and never
 * a technique or a degree; on sentences written for the purpose, through the real extractor.
 */
class FramedAcronymsTest {
  private static TreeSet<String> organizations(String paragraph) {
    ArticleFindings f =
        TestArticles.extract(
            "European Federation of Radiographer Societies (EFRS)", "News", paragraph);
    return f.mentions().stream()
        .filter(m -> m.entity().primaryType().isOrganization())
        .map(m -> m.entity().label())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void anUnknownAcronymInAnOrganizationsFrameIsAnOrganization() {
    TreeSet<String> orgs =
        organizations(
            "The KVRT signed an agreement with the BPMA on training. Members of the LRSA attended "
                + "the meeting, and the TMRB president spoke. Dr Jane Doe, chair of the QSUM, opened the session.");
    assertEquals(
        List.of("BPMA", "KVRT", "LRSA", "QSUM", "TMRB"),
        orgs.stream().filter(o -> !o.contains("Radiographer")).toList(),
        orgs::toString);
  }

  @Test
  void aTechniqueADegreeOrAnAcronymModifyingANounIsNot() {
    TreeSet<String> orgs =
        organizations(
            "Dr Jane Doe, FACR, chair of the MRI section, opened the session. "
                + "Members of the PACS team attended. The new CT units opened in May.");
    assertEquals(
        List.of(), orgs.stream().filter(o -> !o.contains("Radiographer")).toList(), orgs::toString);
  }

  @Test
  void anAcronymReadAsAnOrganizationIsReadAtEveryUseAndOwnsThePagesUnits() {
    org.radkg.corpus.SourceDocument doc =
        new org.radkg.corpus.SourceDocument(
            "urn:test:page",
            "page.txt",
            "Report of the Year\n\nThe QMRT membership voted this year. Vera Cole has been a QMRT member for years and "
                + "sat on the Education Committee that updated the QMRT plan for ISMRM courses. She thanked the QMRT.\n",
            "text/plain");
    java.util.List<org.radkg.corpus.Article> articles =
        new org.radkg.corpus.Segmenter().segment(doc);
    ArticleFindings f =
        new Extractor(TestArticles.REFERENCE, java.util.List.of())
            .extract(articles.get(articles.size() - 1));
    long uses = f.mentions().stream().filter(m -> m.entity().label().equals("QMRT")).count();
    assertEquals(4, uses, f.mentions()::toString);
    assertEquals(
        java.util.List.of("QMRT Education Committee"),
        f.mentions().stream()
            .map(m -> m.entity().label())
            .filter(l -> l.endsWith("Education Committee"))
            .distinct()
            .toList());
  }
}
