package org.radkg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.radkg.store.MaterializedUnion;
import org.radkg.store.StoreBuilder;
import org.radkg.validate.ShaclValidator;
import org.radkg.validate.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code radkg validate}: the SHACL report of the built store. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Validate the store's graph (union of article graphs) against ontology/shapes.ttl; exit 4 on any violation.",
    footer = {"", "Example:", "  ./radkg validate --store out"})
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Override
  public Integer call() throws Exception {
    Dataset ds = StoreBuilder.open(store.existing());
    // The named graphs: the default graph's materialized copy of their union adds nothing to check.
    ValidationResult v =
        new ShaclValidator().validate(MaterializedUnion.dataOf(ds.asDatasetGraph()));
    if (v.conforms()) {
      if (!v.report().isEmpty()) {
        spec.commandLine().getOut().println(v.report());
      }
      spec.commandLine()
          .getOut()
          .println(
              "conforms: the graph in "
                  + store.store
                  + " has no SHACL violation"
                  + (v.report().isEmpty() ? "" : " (warnings above)"));
      return ExitCode.OK.code();
    }
    spec.commandLine().getOut().println(v.report());
    spec.commandLine().getOut().println(v.violations() + " violation(s)");
    return ExitCode.INVALID_GRAPH.code();
  }
}
