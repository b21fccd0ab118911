package org.radkg.dump;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.rdfhdt.hdt.exceptions.NotFoundException;
import org.rdfhdt.hdt.exceptions.ParserException;
import org.rdfhdt.hdt.hdt.HDT;
import org.rdfhdt.hdt.hdt.HDTManager;
import org.rdfhdt.hdt.hdt.HDTVocabulary;
import org.rdfhdt.hdt.header.Header;
import org.rdfhdt.hdt.options.HDTOptions;
import org.rdfhdt.hdt.triples.IteratorTripleString;
import org.rdfhdt.hdt.triples.TripleString;

/**
 * Writes {@code radkg.hdt}: the union of all graphs (HDT holds triples, not named graphs) as an HDT
 * file that consumers query without loading it, deterministic like the other dumps.
 *
 * <p>The statement resources that carry each fact's evidence are ordinary triples, so the union
 * keeps every fact's provenance; only the article graph a triple came from is lost, as in the
 * Turtle and RDF/XML dumps.
 */
public final class HdtDump {
  /** The dump's file name. */
  public static final String FILE = "radkg.hdt";

  /** The media type that HDT's authors registered with their W3C member submission. */
  public static final String MEDIA_TYPE = "application/vnd.hdt";

  /** The dump's title in the dataset description. */
  public static final String TITLE =
      "HDT, the union of all graphs (no named graphs), queryable without loading";

  private HdtDump() {}

  /** Writes the triples of {@code split} to {@code file}, with {@code baseUri} in its header. */
  static void write(UnionSplit split, String baseUri, Path file) throws IOException {
    // Graph by graph, each graph's own triples read when HDT asks for them: no list of the union.
    Iterator<TripleString> triples =
        Stream.concat(
                IntStream.range(0, split.graphs().size())
                    .boxed()
                    .flatMap(i -> split.own(i).stream()),
                split.shared().stream())
            .map(HdtDump::triple)
            .iterator();
    write(triples, baseUri, file);
  }

  static void write(Iterator<TripleString> triples, String baseUri, Path file) throws IOException {
    try (HDT hdt = HDTManager.generateHDT(triples, baseUri, HDTOptions.of(), null);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      // The header states when the file was made; the build is reproducible, so leave that out.
      removeIssued(hdt.getHeader());
      hdt.saveToHDT(out, null);
    } catch (ParserException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Drops the header's {@code dcterms:issued} (Header.remove wants the exact triple). */
  private static void removeIssued(Header header) {
    List<TripleString> issued = new ArrayList<>();
    try {
      IteratorTripleString it = header.search("", HDTVocabulary.DUBLIN_CORE_ISSUED, "");
      while (it.hasNext()) {
        issued.add(new TripleString(it.next()));
      }
    } catch (NotFoundException e) {
      return;
    }
    for (TripleString t : issued) {
      header.remove(t.getSubject(), t.getPredicate(), t.getObject());
    }
  }

  /** A Jena triple in HDT's string form. */
  static TripleString triple(Triple t) {
    return new TripleString(term(t.getSubject()), term(t.getPredicate()), term(t.getObject()));
  }

  /**
   * HDT's string form of a term: an IRI bare, a blank node as {@code _:label}, a literal as its
   * lexical form in quotes (unescaped) with {@code @lang} or {@code ^^<datatype>} when not a plain
   * string.
   */
  static String term(Node n) {
    if (n.isURI()) {
      return n.getURI();
    }
    if (n.isBlank()) {
      return "_:" + n.getBlankNodeLabel();
    }
    String lex = '"' + n.getLiteralLexicalForm() + '"';
    String lang = n.getLiteralLanguage();
    if (lang != null && !lang.isEmpty()) {
      return lex + "@" + lang;
    }
    String dt = n.getLiteralDatatypeURI();
    return dt == null || dt.equals("http://www.w3.org/2001/XMLSchema#string")
        ? lex
        : lex + "^^<" + dt + ">";
  }
}
