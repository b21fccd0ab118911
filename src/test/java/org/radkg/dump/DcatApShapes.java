package org.radkg.dump;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;

/**
 * The DCAT-AP 3.0.1 SHACL shapes (test resources), and an assertion that a description conforms.
 */
public final class DcatApShapes {
  private DcatApShapes() {}

  /** Fails, listing every violation's node, path and message, unless {@code data} conforms. */
  public static void assertConforms(Graph data) {
    Model shapes = ModelFactory.createDefaultModel();
    try (InputStream in = DcatApShapes.class.getResourceAsStream("/dcat-ap/3.0.1/shapes.ttl")) {
      RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ValidationReport report = ShaclValidator.get().validate(shapes.getGraph(), data);
    StringBuilder why = new StringBuilder();
    report
        .getEntries()
        .forEach(
            e ->
                why.append(e.focusNode())
                    .append(' ')
                    .append(e.resultPath())
                    .append(": ")
                    .append(e.message())
                    .append('\n'));
    assertTrue(report.conforms(), why.toString());
  }
}
