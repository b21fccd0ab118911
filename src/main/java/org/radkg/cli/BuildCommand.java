package org.radkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.radkg.build.Build;
import org.radkg.build.BuildRequest;
import org.radkg.build.BuildResult;
import org.radkg.build.InvalidGraphException;
import org.radkg.corpus.DocumentNote;
import org.radkg.dump.DumpOutcome;
import org.radkg.pages.PreparedPages;
import org.radkg.store.BuildOutcome;
import org.radkg.store.StoreLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code radkg build}: extracts the corpus, checks it against the shapes, then swaps in a new store
 * and new dumps.
 */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Build the TDB2 store (DIR/tdb2) and the dumps (DIR/dumps) from the corpus.",
      "The new store is built beside the old one and switched in atomically: a failed build leaves the previous store intact.",
      "A graph that violates the SHACL shapes is not published (exit 4).",
      "Articles whose text, source document, corpus acronyms and extractor code are unchanged since the last build",
      "are not extracted again (their findings are cached in DIR/cache); --full extracts everything.",
      "When nothing changed since the last complete build (the documents' bytes, documents.tsv, the code and its reference",
      "data, the threshold), the build says so and returns at once: the served store and dumps stay as they are.",
      "A damaged store (a file of DIR/tdb2 missing, cut short or changed since its build: exit 9 from the commands that",
      "read it) is never called unchanged: any build loads a new one from scratch; --full also re-extracts every article.",
      "A store folder this process may not write: exit 10.",
      "Each fact carries the method that read it and that method's confidence; facts below --min-confidence are left out",
      "(a store built with another threshold counts as stale for serve)."
    },
    footer = {
      "",
      "Examples:",
      "  ./radkg build",
      "  ./radkg build --input news/ --store /srv/radkg"
    })
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PublisherOption publisher = new PublisherOption();
  @Mixin DateOption date = new DateOption();
  @Mixin LicenceOption licence = new LicenceOption();
  @Mixin StoreOption store;
  @Mixin MinConfidenceOption minConfidence = new MinConfidenceOption();
  @Mixin InputOption input;

  @Option(
      names = "--full",
      description =
          "Extract every article again, ignoring the findings cached by earlier builds (DIR/cache).")
  boolean full;

  @Override
  public Integer call() throws Exception {
    List<Path> inputs = input.inputs;
    Progress progress = new Progress(spec.commandLine().getErr());
    if (spec.commandLine().getParseResult().hasMatchedOption("--input")) {
      spec.commandLine()
          .getErr()
          .println(
              "radkg: building "
                  + store.store
                  + " from only "
                  + String.join(", ", inputs.stream().map(Path::toString).toList())
                  + "; serve then serves these inputs (./radkg add adds documents to data/corpus"
                  + " instead)");
    }
    BuildRequest request =
        BuildRequest.of(inputs, store.store)
            .withGiven(new DocumentNote(publisher.publisher, date.date, licence.licence))
            .withFull(full)
            .withMinConfidence(minConfidence.value())
            .withPreparation(new PreparedPages());
    BuildResult r;
    try {
      r = Build.run(request, progress);
    } catch (InvalidGraphException e) {
      spec.commandLine().getErr().println(e.validation().report());
      spec.commandLine().getErr().println("radkg: " + e.getMessage());
      return ExitCode.INVALID_GRAPH.code();
    }
    BuildOutcome built = r.store();
    DumpOutcome dumps = r.dumps();
    spec.commandLine()
        .getOut()
        .printf(
            "%s: %d quads in %d named graphs: the articles, their source documents and the ontology (%s), dumps %s in %s; %d article(s) extracted, %d from the cache%n",
            StoreLayout.of(store.store).tdb2(),
            built.quads(),
            built.namedGraphs(),
            built.changed() ? "generation " + built.generation() + ", " + built.how() : "unchanged",
            dumps.changed() ? "written" : "unchanged",
            dumps.directory(),
            r.extracted(),
            r.cached());
    return ExitCode.OK.code();
  }
}
