package org.radkg.http;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.radkg.store.MaterializedUnion;

/**
 * The read-only Graph Store Protocol whose default graph ({@code ?default}) is the union of the
 * article graphs, as for SPARQL queries; named graphs ({@code ?graph=}) are the articles. When the
 * build materialized the union into the store's default graph, that graph is read directly, and the
 * quads of the whole dataset are the named graphs' alone, as before: the copy is not data of its
 * own.
 */
final class UnionGraphStoreRead extends GSP_R {
  @Override
  protected DatasetGraph decideDataset(HttpAction action) {
    DatasetGraph stored = super.decideDataset(action);
    return new DatasetGraphWrapper(MaterializedUnion.dataOf(stored)) {
      @Override
      public Graph getDefaultGraph() {
        return MaterializedUnion.unionOf(stored);
      }
    };
  }
}
