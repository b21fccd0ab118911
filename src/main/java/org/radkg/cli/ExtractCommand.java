package org.radkg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.radkg.build.GraphPipeline;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.corpus.DocumentNote;
import org.radkg.dump.RadkgFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code radkg extract}: reads files or folders and prints the graph, without a store. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Extract the graph of newsletter files (text, HTML or PDF) and print it to standard output.",
    footer = {
      "",
      "Examples:",
      "  ./radkg extract --input data/corpus/is3r-global-scan.txt",
      "  ./radkg extract --input news/ --format trig > news.trig"
    })
final class ExtractCommand implements Callable<Integer> {
  enum Format {
    nquads(RadkgFormats.NQUADS),
    trig(RadkgFormats.TRIG),
    turtle(RadkgFormats.TURTLE),
    jsonld(RadkgFormats.JSONLD),
    rdfxml(RadkgFormats.RDFXML);

    final RDFFormat rdfFormat;

    Format(RDFFormat rdfFormat) {
      this.rdfFormat = rdfFormat;
    }
  }

  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin PublisherOption publisher = new PublisherOption();
  @picocli.CommandLine.Mixin DateOption date = new DateOption();
  @picocli.CommandLine.Mixin LicenceOption licence = new LicenceOption();

  @Option(
      names = "--input",
      paramLabel = "PATH",
      required = true,
      arity = "1..*",
      description = "Files or folders to read (.txt, .md, .html, .htm, .pdf).")
  List<Path> inputs;

  @Option(
      names = "--format",
      defaultValue = "nquads",
      description =
          "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE} (sorted, byte-stable).")
  Format format;

  @Override
  public Integer call() throws Exception {
    Progress progress = new Progress(spec.commandLine().getErr());
    DatasetGraph dsg =
        GraphPipeline.graph(
            GraphPipeline.read(
                inputs,
                new DocumentNote(publisher.publisher, date.date, licence.licence),
                progress),
            progress);
    PrintWriter text = spec.commandLine().getOut();
    if (format == Format.nquads) {
      // The N-Quads dump's lines, streamed one by one: one buffer of the whole output cost 3% of a
      // big extract in copies.
      for (String line : CanonicalQuads.of(dsg).lines()) {
        text.write(line);
        text.write('\n');
      }
      text.flush();
      return ExitCode.OK.code();
    }
    // The dumps' own writers (sorted, prefixed, streamed graph by graph): extract prints a dump,
    // unzipped.
    try (OutputStream out = new CommandOutputStream(text)) {
      RDFDataMgr.write(out, dsg, format.rdfFormat);
    }
    return ExitCode.OK.code();
  }
}
