package org.radkg.query;

import java.util.List;
import java.util.Optional;

/**
 * A SPARQL query from {@code queries/}: its name (the file name without {@code .rq}), the title,
 * description and parameters of its header, and its text (header included: it is a comment).
 */
public record PrebuiltQuery(
    String name, String title, String description, List<QueryParameter> parameters, String text) {

  public PrebuiltQuery {
    parameters = List.copyOf(parameters);
  }

  public Optional<QueryParameter> parameter(String parameterName) {
    return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
  }
}
