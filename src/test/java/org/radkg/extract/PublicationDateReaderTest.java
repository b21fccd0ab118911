package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.radkg.corpus.PageMetadata;
import org.radkg.corpus.SourceDocument;

/** The date a page states for itself, on page heads written for the purpose. */
class PublicationDateReaderTest {
  private final PublicationDateReader reader = new PublicationDateReader();

  private String read(String text) {
    return reader
        .read(new SourceDocument("file:///p.txt", "p.txt", text, "text/plain"))
        .map(DateMention::value)
        .orElse("none");
  }

  @Test
  void aDateLineAboveOrBelowTheHeadline() {
    assertEquals(
        "2031-04-21",
        read(
            "April 21, 2031\nNordic Society Opens a Training Centre\nThe Nordic Society opened a centre."));
    assertEquals(
        "2031-03-12",
        read(
            "Nordic Society Opens a Training Centre\nThursday, 12 March 2031\nThe Nordic Society opened a centre."));
    assertEquals(
        "2031-01-24", read("Headline Of The Story\nOslo, 24 January 2031\nThe society met."));
  }

  @Test
  void labelledNumericAndHyphenedForms() {
    assertEquals(
        "2031-08-13", read("Posted on: 2031-08-13\nHeadline Of The Story\nThe society met."));
    assertEquals(
        "2031-05-23",
        read("Publication Date: May 23rd, 2031 16:34, Category: Press Releases\nThe society met."));
    assertEquals(
        "2031-02-10", read("Headline Of The Story\nNews Ada Lund 10-Feb-2031\nThe society met."));
    assertEquals(
        "2031-02-28",
        read(
            "Headline Of The Story\nby Ada Lund, Contributing Editor | February 28, 2031\nThe society met."));
    assertEquals("2031-11-06", read("November 06, 2031 09:00 ET\nThe society met."));
  }

  @Test
  void theMetadataDateComesFirst() {
    SourceDocument page =
        new SourceDocument(
            "file:///p.html",
            "p.html",
            "April 21, 2031\nThe society met.",
            "text/html",
            new PageMetadata(null, null, null, null, "2031-04-20T08:00:00Z"));
    assertEquals("2031-04-20", reader.read(page).map(DateMention::value).orElse("none"));
  }

  @Test
  void rangesHeadingsYearsAndProseAreNoDateLine() {
    assertEquals(
        "none", read("Headline Of The Story\n(Bergen, 9 - 11 November 2031)\nThe society met."));
    assertEquals("none", read("Duration 01/06/2031 - 31/05/2033\nThe society met."));
    assertEquals("none", read("Annual Council Meeting, 25th September 2031\nThe council met."));
    assertEquals("none", read("Highlights of 2031\nThe society met."));
    assertEquals(
        "none",
        read(
            "Headline Of The Story\nOn 7 November 2031 the Nordic Society will open its new training centre.\n"));
  }
}
