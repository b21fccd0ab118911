package org.radkg.reconcile;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code /reconcile/help}: the documentation the manifest points to: how to add the service in
 * OpenRefine, the types and properties it knows, and how candidates are scored and matched.
 */
final class HelpPage {
  private HelpPage() {}

  static String html(String siteUrl) {
    String serviceUrl = siteUrl + "reconcile";
    Document doc = Document.createShell("");
    doc.title("radkg reconciliation service");
    // The site's stylesheet: its Content-Security-Policy allows no inline style.
    doc.head()
        .appendElement("link")
        .attr("rel", "stylesheet")
        .attr("href", siteUrl + "assets/reconcile.css");
    Element b = doc.body().addClass("help");
    b.appendElement("h1").text("Reconciling your names against radkg");
    b.appendElement("p")
        .text(
            "This service speaks the W3C Reconciliation Service API 0.2. It matches a list of names"
                + " (organizations, initiatives, events, places, people) against the entities of this"
                + " graph.");
    b.appendElement("h2").text("In OpenRefine");
    Element ol = b.appendElement("ol");
    ol.appendElement("li").text("On the column of names: Reconcile → Start reconciling…");
    ol.appendElement("li").text("Add Standard Service… and enter " + serviceUrl);
    ol.appendElement("li")
        .text(
            "Choose a type (Organization, Initiative, Event, Place or Person), optionally send other"
                + " columns as the properties acronym or country, and start.");
    ol.appendElement("li")
        .text(
            "Then Edit column → Add columns from reconciled values… fetches acronym, country,"
                + " location, Wikidata ID, ROR ID, GeoNames ID, type, member of, leads, partners in,"
                + " affiliation, start date and the number of articles.");
    b.appendElement("h2").text("Scores and matches");
    Element ul = b.appendElement("ul");
    ul.appendElement("li")
        .text(
            "Name similarity is 1 when your text equals one of the entity's names or its acronym,"
                + " case, accents, punctuation and a leading 'the' set aside; otherwise 1 minus the"
                + " edit distance over the longer length, for its closest name (at most 0.99).");
    ul.appendElement("li")
        .text(
            "The score is 100 × the name similarity, minus 10 for each property you send that the"
                + " entity contradicts (it has a value and none equals yours).");
    ul.appendElement("li")
        .text(
            "match is true only when the name is equal, no property is contradicted and no other"
                + " candidate of the asked types has an equal name. An entity's IRI as the query is"
                + " that entity, with match true.");
    ul.appendElement("li")
        .text(
            "A batch holds at most "
                + ReconciliationService.BATCH_SIZE
                + " queries (413 above), a name at most "
                + ReconciliationQuery.MAX_QUERY_LENGTH
                + " characters; an unreadable request is 400 with a JSON error.");
    return doc.outerHtml();
  }
}
