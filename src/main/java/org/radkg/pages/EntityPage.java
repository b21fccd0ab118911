package org.radkg.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.jsoup.nodes.Element;
import org.radkg.vocab.Rkg;

/**
 * The HTML page of a resource, from its {@link EntityDescriber} graph: label, acronym, names and
 * types, outgoing and incoming relations as links with the sentence stating each and its article,
 * the articles mentioning it, its sameAs links, and for an article its text with entities linked.
 */
final class EntityPage {
  private static final Node ARTICLE_BODY = NodeFactory.createURI(Rkg.SCHEMA + "articleBody");
  private static final Node PREF_LABEL = NodeFactory.createURI(Rkg.SKOS + "prefLabel");

  /** Shown in the header or in their own section, not in the relation table. */
  static final Set<Node> HEADER =
      Set.of(
          Rkg.type,
          Rkg.label,
          Rkg.altLabel,
          PREF_LABEL,
          Rkg.acronym,
          Rkg.sameAs,
          ARTICLE_BODY,
          Rkg.mentions,
          Rkg.beginIndex,
          Rkg.endIndex,
          Rkg.referenceContext,
          Rkg.isString);

  private final EntityDescriber.Description d;
  private final Graph g;
  private final Node e;
  private final LinkMapper links;

  EntityPage(EntityDescriber.Description description, Node entity, LinkMapper links) {
    this.d = description;
    this.g = description.graph();
    this.e = entity;
    this.links = links;
  }

  HtmlPage render(String jsonLd) {
    HtmlPage page = new HtmlPage(name(e), links);
    Element main = page.main();
    main.appendElement("p").addClass("iri").text(e.getURI());
    List<String> acronyms = literals(Rkg.acronym);
    acronyms.forEach(a -> main.appendElement("p").text("Acronym: " + a));
    // The acronym and the name in the heading are said already: "Acronym: RSNA / Also called:
    // RSNA".
    String shown = name(e);
    List<String> alt =
        literals(Rkg.altLabel).stream()
            .filter(a -> !acronyms.contains(a) && !a.equals(shown))
            .toList();
    if (!alt.isEmpty()) {
      main.appendElement("p").text("Also called: " + String.join("; ", alt));
    }
    Element types = main.appendElement("p").appendText("Types: ");
    objects(e, Rkg.type)
        .forEach(
            t -> {
              HtmlPage.link(types, links.href(t.getURI()), LinkMapper.compact(t));
              types.appendText(" ");
            });
    if (new NeighbourhoodGraph(g, e, links, d.materialized()).append(main)) {
      page.script("vendor/cytoscape.min.js");
      page.script("graph-common.js");
      page.script("neighbourhood.js");
    }
    relations(
        main.appendElement("section"),
        "Relations",
        g.find(e, Node.ANY, Node.ANY).toList(),
        true,
        d.outgoing());
    relations(
        main.appendElement("section"),
        "Pointing here",
        g.find(Node.ANY, Node.ANY, e)
            .filterKeep(
                t ->
                    !t.getPredicate().equals(Rkg.mentions)
                        && !g.contains(t.getSubject(), Rkg.type, Rkg.Statement))
            .toList(),
        false,
        d.incoming());
    facts(main);
    List<Node> mentioning = g.find(Node.ANY, Rkg.mentions, e).mapWith(Triple::getSubject).toList();
    if (!mentioning.isEmpty()) {
      list(main, "Mentioned in", mentioning)
          .appendElement("p")
          .addClass("count")
          .text(shown(d.mentionedIn(), "articles"));
    }
    list(main, "Mentions", objects(e, Rkg.mentions));
    List<Node> same = objects(e, Rkg.sameAs);
    if (!same.isEmpty()) {
      Element ul = section(main, "Same as").appendElement("ul");
      same.forEach(s -> HtmlPage.link(ul.appendElement("li"), s.getURI(), s.getURI()));
    }
    articleText(main);
    // A source document's whole text, the context its articles' and statements' offsets index.
    objects(e, Rkg.isString).stream()
        .filter(Node::isLiteral)
        .findFirst()
        .ifPresent(
            text -> {
              Element section = section(main, "Text").addClass("source-text");
              for (String paragraph : text.getLiteralLexicalForm().split("\\n\\s*\\n")) {
                section.appendElement("p").text(paragraph.strip());
              }
            });
    new PageLinks(links.href(e.getURI()), d.page(), d.pages()).append(page);
    page.embedJsonLd(jsonLd);
    return page;
  }

  /**
   * An article's text with its entities linked and its evidence sentences marked; where its
   * source's licence keeps the text to its publisher, the evidence sentences alone, quoted.
   */
  private void articleText(Element main) {
    Map<String, String> sentences = new LinkedHashMap<>();
    for (Node st : g.find(Node.ANY, Rkg.wasDerivedFrom, e).mapWith(Triple::getSubject).toList()) {
      objects(st, Rkg.evidence)
          .forEach(s -> sentences.putIfAbsent(s.getLiteralLexicalForm(), anchor(st)));
    }
    Node body = objects(e, ARTICLE_BODY).stream().filter(Node::isLiteral).findFirst().orElse(null);
    if (body == null && (sentences.isEmpty() || !g.contains(e, Rkg.type, Rkg.NewsArticle))) {
      return;
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (Node m : objects(e, Rkg.mentions)) {
      String href = links.href(m.getURI());
      for (Node p : List.of(Rkg.label, Rkg.altLabel, Rkg.acronym)) {
        objects(m, p).stream()
            .filter(Node::isLiteral)
            .forEach(l -> names.putIfAbsent(l.getLiteralLexicalForm(), href));
      }
    }
    if (body != null) {
      Element text = section(main, "Text").addClass("article");
      legend(text);
      ArticleTextLinker.write(text, body.getLiteralLexicalForm(), names, sentences);
      return;
    }
    Element text = section(main, "Evidence quoted from this article").addClass("article");
    Element note = text.appendElement("p").addClass("rights");
    note.appendText(
        "The full text is not republished here: its source's licence keeps it to its publisher."
            + " The sentences below are quoted from it as the evidence of the facts above");
    List<Node> sources = objects(e, Rkg.wasDerivedFrom);
    if (!sources.isEmpty() && sources.get(0).isURI()) {
      note.appendText(" (");
      HtmlPage.link(note, links.href(sources.get(0).getURI()), "its source and rights");
      note.appendText(")");
    }
    note.appendText(".");
    legend(text);
    ArticleTextLinker.write(text, String.join("\n\n", sentences.keySet()), names, sentences);
  }

  /** Which of the list's items this page shows, e.g. "51–100 of 3,000 articles". */
  private String shown(long total, String what) {
    long first = (long) (d.page() - 1) * EntityDescriber.PAGE_SIZE + 1;
    long last = Math.min(total, first + EntityDescriber.PAGE_SIZE - 1);
    return first > total
        ? "None on this page; " + String.format("%,d", total) + " " + what + " in all."
        : String.format("%,d–%,d of %,d %s", first, last, total, what);
  }

  /** Names the highlight of each kind of entity the text links (the colours are in site.css). */
  private void legend(Element text) {
    java.util.SortedSet<String> kinds = new java.util.TreeSet<>();
    for (Node m : objects(e, Rkg.mentions)) {
      String kind = m.isURI() ? links.kindOf(m.getURI()) : null;
      if (kind != null) {
        kinds.add(kind);
      }
    }
    if (kinds.isEmpty()) {
      return;
    }
    Element legend = text.appendElement("p").addClass("entity-legend").appendText("Recognized: ");
    for (String kind : kinds) {
      legend
          .appendElement("span")
          .addClass("entity")
          .addClass(ArticleTextLinker.kindClass(kind))
          .text(kind);
      legend.appendText(" ");
    }
    legend.appendElement("mark").text("evidence sentence");
  }

  private void relations(
      Element section, String title, List<Triple> triples, boolean outgoing, long total) {
    // A materialized relation is the stated one again in vaguer words, without a sentence of its
    // own.
    List<Triple> shown =
        triples.stream()
            .filter(t -> !HEADER.contains(t.getPredicate()) && !d.materialized().contains(t))
            .toList();
    if (shown.isEmpty()) {
      return;
    }
    section.appendElement("h2").text(title);
    if (total > EntityDescriber.PAGE_SIZE) {
      section.appendElement("p").addClass("count").text(shown(total, "relations"));
    }
    Element table = section.appendElement("table");
    Element head = table.appendElement("tr");
    head.appendElement("th").text(outgoing ? "relation" : "from");
    head.appendElement("th").text(outgoing ? "to" : "relation");
    head.appendElement("th").text("evidence");
    for (Triple t : shown) {
      Element row = table.appendElement("tr");
      if (outgoing) {
        relation(row.appendElement("td"), t.getPredicate());
        term(row.appendElement("td"), t.getObject());
      } else {
        term(row.appendElement("td"), t.getSubject());
        relation(row.appendElement("td"), t.getPredicate());
      }
      Element cell = row.appendElement("td");
      evidence(cell, t);
      if (d.moreEvidence().contains(t)) {
        HtmlPage.link(
            cell.appendElement("p").addClass("more-evidence"),
            links.siteBase()
                + "queries/evidence-for-entity?entity="
                + URLEncoder.encode(e.getURI(), StandardCharsets.UTF_8),
            "More sentences state this");
      }
    }
  }

  /** For an article: every relation it states, with the sentence. */
  private void facts(Element main) {
    List<Node> statements =
        g.find(Node.ANY, Rkg.wasDerivedFrom, e)
            .mapWith(Triple::getSubject)
            .filterKeep(st -> g.contains(st, Rkg.type, Rkg.Statement))
            .toList();
    if (statements.isEmpty()) {
      return;
    }
    Element table = section(main, "Facts stated here").appendElement("table");
    for (Node st : statements) {
      Element row = table.appendElement("tr");
      for (Node p : List.of(Rkg.subject, Rkg.predicate, Rkg.object)) {
        Element td = row.appendElement("td");
        objects(st, p).forEach(n -> term(td, n));
      }
      Element ev = row.appendElement("td").addClass("evidence");
      objects(st, Rkg.evidence).forEach(s -> ev.appendText("“" + s.getLiteralLexicalForm() + "”"));
      provenance(ev, st);
    }
  }

  /** Each sentence stating the triple, with a link to the article it is read from. */
  private void evidence(Element cell, Triple t) {
    for (Node st :
        g.find(Node.ANY, Rkg.subject, t.getSubject()).mapWith(Triple::getSubject).toList()) {
      if (!g.contains(st, Rkg.predicate, t.getPredicate())
          || !g.contains(st, Rkg.object, t.getObject())) {
        continue;
      }
      for (Node sentence : objects(st, Rkg.evidence)) {
        Element p = cell.appendElement("p");
        p.appendElement("span")
            .addClass("evidence")
            .text("“" + sentence.getLiteralLexicalForm() + "”");
        for (Node article : objects(st, Rkg.wasDerivedFrom)) {
          p.appendText(" — ");
          term(p, article);
          p.appendText(" ");
          HtmlPage.link(p, links.href(article.getURI()) + "#" + anchor(st), "(in the text)");
        }
        provenance(p, st);
      }
    }
  }

  /**
   * How the statement was read: its method, linked to the method's own page, and the method's
   * confidence.
   */
  private void provenance(Element parent, Node st) {
    List<Node> methods = objects(st, Rkg.wasAttributedTo);
    List<Node> confidence = objects(st, Rkg.confidence).stream().filter(Node::isLiteral).toList();
    if (methods.isEmpty() && confidence.isEmpty()) {
      return;
    }
    Element span = parent.appendElement("span").addClass("provenance");
    span.appendText(" · read by ");
    methods.forEach(m -> term(span, m));
    confidence.forEach(c -> span.appendText(", confidence " + c.getLiteralLexicalForm()));
  }

  /**
   * The id of an evidence sentence in its article's page: its offset in the source, which both
   * pages know.
   */
  private String anchor(Node statement) {
    return objects(statement, Rkg.beginIndex).stream()
        .filter(Node::isLiteral)
        .findFirst()
        .map(b -> "at-" + b.getLiteralLexicalForm())
        .orElse("at-" + Integer.toHexString(statement.hashCode()));
  }

  private Element list(Element main, String title, List<Node> nodes) {
    if (nodes.isEmpty()) {
      return main;
    }
    Element section = section(main, title);
    Element ul = section.appendElement("ul");
    nodes.stream().distinct().forEach(n -> term(ul.appendElement("li"), n));
    return section;
  }

  private static Element section(Element main, String title) {
    Element s = main.appendElement("section");
    s.appendElement("h2").text(title);
    return s;
  }

  /**
   * A link (IRI, named by its label) or text (literal, with its datatype or language when not
   * plain).
   */
  // A relation in words ("member of"), linked to its definition, its IRI's short form on hover.
  private void relation(Element parent, Node p) {
    HtmlPage.link(parent, links.href(p.getURI()), TermWords.of(p))
        .attr("title", LinkMapper.compact(p));
  }

  private void term(Element parent, Node n) {
    if (n.isURI()) {
      String shown = n.equals(e) ? name(n) : (hasName(n) ? name(n) : LinkMapper.compact(n));
      HtmlPage.link(parent, links.href(n.getURI()), shown);
    } else if (n.isLiteral()) {
      parent.appendText(n.getLiteralLexicalForm());
      String dt = n.getLiteralDatatypeURI();
      if (dt != null && !dt.endsWith("#string") && !dt.endsWith("#langString")) {
        parent
            .appendElement("small")
            .text(" (" + LinkMapper.compact(NodeFactory.createURI(dt)) + ")");
      }
    } else {
      parent.appendText(n.toString());
    }
  }

  private boolean hasName(Node n) {
    return g.contains(n, Rkg.label, Node.ANY) || g.contains(n, Rkg.headline, Node.ANY);
  }

  private String name(Node n) {
    for (Node p : List.of(Rkg.label, Rkg.headline, PREF_LABEL)) {
      List<Node> l = objects(n, p);
      if (!l.isEmpty() && l.get(0).isLiteral()) {
        return l.get(0).getLiteralLexicalForm();
      }
    }
    return LinkMapper.compact(n);
  }

  private List<Node> objects(Node s, Node p) {
    return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
  }

  private List<String> literals(Node p) {
    return objects(e, p).stream()
        .filter(Node::isLiteral)
        .map(Node::getLiteralLexicalForm)
        .distinct()
        .sorted()
        .toList();
  }
}
