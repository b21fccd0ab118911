package org.radkg.push;

import java.io.ByteArrayOutputStream;
import org.apache.hc.core5.http.ContentType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * A media type a named graph is PUT in, and the one to fall back to when the target refuses it:
 * Turtle first, then N-Triples, the plainest triples format, which every store parses.
 *
 * <p>Not N-Quads, though the dump is N-Quads: a Graph Store Protocol PUT carries one graph, and the
 * two stores push is tested against mishandle a quads body, each its own way: Fuseki answers 201
 * and drops every quad that names a graph (its log says "named graph data ignored"), leaving the
 * graph empty, and Virtuoso answers 500.
 */
enum PutFormat {
  TURTLE("text/turtle", RDFFormat.TURTLE_BLOCKS),
  NTRIPLES("application/n-triples", RDFFormat.NTRIPLES);

  private final ContentType contentType;
  private final RDFFormat writer;

  PutFormat(String mediaType, RDFFormat writer) {
    // Both are UTF-8 by definition; a charset parameter only gives a strict parser something to
    // reject.
    this.contentType = ContentType.create(mediaType);
    this.writer = writer;
  }

  ContentType contentType() {
    return contentType;
  }

  String mediaType() {
    return contentType.getMimeType();
  }

  /**
   * The format to try when the target answers 415 or 500 to this one, or null when there is none.
   */
  PutFormat fallback() {
    return this == TURTLE ? NTRIPLES : null;
  }

  /** {@code graph} as the body of a PUT. */
  byte[] body(Graph graph) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, graph, writer);
    return out.toByteArray();
  }
}
