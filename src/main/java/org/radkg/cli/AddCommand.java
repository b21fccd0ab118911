package org.radkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.radkg.build.Build;
import org.radkg.build.BuildRequest;
import org.radkg.build.BuildResult;
import org.radkg.build.InvalidGraphException;
import org.radkg.corpus.CorpusFolder;
import org.radkg.corpus.DocumentNote;
import org.radkg.corpus.DocumentNotes;
import org.radkg.corpus.SourceNames;
import org.radkg.pages.PreparedPages;
import org.radkg.store.StoreInUseException;
import org.radkg.store.StoreLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code radkg add}: copies documents into the corpus folder, each checked readable first, and
 * rebuilds the store from the whole folder incrementally.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Add documents (text, HTML or PDF files, or folders of them) to the corpus folder and rebuild the store from it.",
      "Every file is read first: one radkg cannot read stops the addition before anything is copied (exit 3).",
      "A file whose name the corpus already holds with other content is refused unless --replace.",
      "--date and --publisher are recorded for the added documents in the corpus folder's documents.tsv,",
      "so every later build knows them.",
      "The rebuild is incremental: only the new and changed documents are extracted.",
      "A running ./radkg serve --watch serves the new graph by itself; a server without --watch after a restart."
    },
    footer = {
      "",
      "Examples:",
      "  ./radkg add ~/Downloads/global-scan-2025.pdf",
      "  ./radkg add release.html --date 2024-05-17 --publisher RSNA",
      "  ./radkg add news/ --corpus data/corpus --store out"
    })
final class AddCommand implements Callable<Integer> {
  // How long to wait for a build another process is running on the same store (serve --watch).
  private static final long WAIT_FOR_OTHER_BUILD_MS = 120_000;

  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin MinConfidenceOption minConfidence = new MinConfidenceOption();
  @Mixin PublisherOption publisher = new PublisherOption();
  @Mixin DateOption date = new DateOption();
  @Mixin LicenceOption licence = new LicenceOption();

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to add.")
  List<Path> paths;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      defaultValue = "data/corpus",
      description = "The corpus folder to add to and build from. Default: ${DEFAULT-VALUE}")
  Path corpus;

  @Option(
      names = "--replace",
      description = "Replace a document of the same name that holds another text.")
  boolean replace;

  @Option(names = "--no-build", description = "Only copy the documents; build later.")
  boolean noBuild;

  @Override
  public Integer call() throws Exception {
    CorpusFolder folder = new CorpusFolder(corpus);
    List<CorpusFolder.Addition> plan = folder.plan(paths, replace);
    // Read before anything is copied: a damaged documents.tsv stops the addition (exit 3).
    DocumentNotes notes = DocumentNotes.of(folder.dir());
    int copied = folder.apply(plan);
    // Recorded beside the documents, so every later build (serve, --watch) still knows it.
    DocumentNote note = new DocumentNote(publisher.publisher, date.date, licence.licence);
    for (CorpusFolder.Addition a : plan) {
      notes.put(SourceNames.relativeName(folder.dir(), a.target()), note);
    }
    long already =
        plan.stream().filter(a -> a.change() == CorpusFolder.Change.ALREADY_THERE).count();
    spec.commandLine()
        .getErr()
        .printf(
            "radkg: added %d document(s) to %s%s%s%n",
            copied,
            corpus,
            copied > 0
                ? ": "
                    + String.join(
                        ", ",
                        plan.stream()
                            .filter(a -> a.change() != CorpusFolder.Change.ALREADY_THERE)
                            .map(a -> corpus.relativize(a.target()).toString())
                            .toList())
                : "",
            already > 0 ? " (" + already + " already there)" : "");
    if (noBuild) {
      return ExitCode.OK.code();
    }
    BuildRequest request =
        BuildRequest.of(List.of(corpus), store.store)
            .withMinConfidence(minConfidence.value())
            .withPreparation(new PreparedPages());
    BuildResult r;
    try {
      r = buildWaitingForOthers(request);
    } catch (InvalidGraphException e) {
      spec.commandLine().getErr().println(e.validation().report());
      spec.commandLine().getErr().println("radkg: " + e.getMessage());
      return ExitCode.INVALID_GRAPH.code();
    }
    spec.commandLine()
        .getOut()
        .printf(
            "%s: %d quads in %d named graphs (the articles, their source documents and the ontology), built from %s; %d article(s) extracted, %d from the"
                + " cache%n",
            StoreLayout.of(store.store).tdb2(),
            r.store().quads(),
            r.store().namedGraphs(),
            corpus,
            r.extracted(),
            r.cached());
    return ExitCode.OK.code();
  }

  private BuildResult buildWaitingForOthers(BuildRequest request) throws Exception {
    Progress progress = new Progress(spec.commandLine().getErr());
    long until = System.currentTimeMillis() + WAIT_FOR_OTHER_BUILD_MS;
    while (true) {
      try {
        return Build.run(request, progress);
      } catch (StoreInUseException e) {
        if (System.currentTimeMillis() > until) {
          throw e;
        }
        Thread.sleep(1000);
      }
    }
  }
}
