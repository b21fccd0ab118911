package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.corpus.Article;
import org.radkg.corpus.CorpusLoader;
import org.radkg.corpus.PdfDocuments;

/** The same article as plain text, as an HTML page and as a PDF gives the same facts. */
class PdfHtmlTextSameFactsTest {
  private static final String TITLE = "Example Society Opens a Training Centre in Oslo";
  private static final String[] PARAGRAPHS = {
    "The Example Society of Imaging (ESI) and the Northern Radiology College launched the Nordic"
        + " Ultrasound Training Programme, a program for young radiologists, in Oslo in 2025.",
    "The programme is funded by the Northern Health Fund and hosted by the University of Oslo."
        + " Dr. Mara Quint, President of the Example Society of Imaging, opened the first course.",
  };

  @TempDir Path dir;

  private Set<String> facts(Path file) throws Exception {
    List<Article> articles = new CorpusLoader().load(List.of(file));
    assertEquals(1, articles.size(), articles.toString());
    Set<String> out = new TreeSet<>();
    ArticleFindings f = new Extractor(TestArticles.REFERENCE, List.of()).extract(articles.get(0));
    for (Relation r : f.relations()) {
      String o = r.object() instanceof Entity e ? e.label() : ((LiteralValue) r.object()).lexical();
      out.add(r.subject().label() + " | " + r.predicate() + " | " + o);
    }
    return out;
  }

  @Test
  void textHtmlAndPdfGiveTheSameFacts() throws Exception {
    Path text =
        Files.writeString(
            dir.resolve("centre.txt"), TITLE + "\n\n" + String.join("\n\n", PARAGRAPHS) + "\n");
    Path html =
        Files.writeString(
            dir.resolve("centre.html"),
            "<!doctype html><html><head><title>"
                + TITLE
                + "</title></head><body><nav>Home | News</nav><h1>"
                + TITLE
                + "</h1><p>"
                + String.join("</p><p>", PARAGRAPHS)
                + "</p></body></html>");
    List<PdfDocuments.Line> lines = new ArrayList<>();
    lines.add(new PdfDocuments.Line(72, 740, 16, TITLE));
    lines.addAll(PdfDocuments.column(72, 700, 80, PARAGRAPHS));
    Path pdf = Files.write(dir.resolve("centre.pdf"), new PdfDocuments().page(lines).bytes());
    Set<String> fromText = facts(text);
    assertFalse(fromText.isEmpty());
    assertEquals(fromText, facts(html), "HTML");
    assertEquals(fromText, facts(pdf), "PDF");
  }
}
