package org.radkg.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.radkg.pages.AcceptHeader;

/**
 * A /sparql request whose {@code Accept} header is restated as the formats Fuseki answers in that
 * the client accepts, each with its quality, so that Fuseki's own negotiation, which does not treat
 * {@code q=0} as a refusal ({@code application/sparql-results+json;q=0, *}{@code /*} got JSON), can
 * only choose an acceptable one. A header that accepts none of them is left as it is, for {@link
 * BoundedQueryService} to answer 406.
 */
final class SparqlAccept {
  /** Every format Fuseki answers a query in: result sets, booleans, graphs and datasets. */
  private static final List<String> OFFERED = offered();

  private SparqlAccept() {}

  /** {@code req} with its Accept header restated, or {@code req} itself when nothing changes. */
  static HttpServletRequest narrow(HttpServletRequest req) {
    String header = req.getHeader("Accept");
    AcceptHeader accept = AcceptHeader.of(header);
    if (!accept.present()) {
      return req;
    }
    StringBuilder restated = new StringBuilder();
    for (String type : OFFERED) {
      double q = accept.qualityOf(type);
      if (q > 0) {
        if (restated.length() > 0) {
          restated.append(", ");
        }
        restated.append(type).append(q < 1 ? ";q=" + String.format(Locale.ROOT, "%.3f", q) : "");
      }
    }
    if (restated.length() == 0) {
      return req;
    }
    String value = restated.toString();
    return new HttpServletRequestWrapper(req) {
      @Override
      public String getHeader(String name) {
        return "Accept".equalsIgnoreCase(name) ? value : super.getHeader(name);
      }

      @Override
      public Enumeration<String> getHeaders(String name) {
        return "Accept".equalsIgnoreCase(name)
            ? Collections.enumeration(List.of(value))
            : super.getHeaders(name);
      }
    };
  }

  /** The media types of one of Fuseki's offers, once each, in its order. */
  static List<String> types(AcceptList offer) {
    return offer.entries().stream().map(MediaType::getContentTypeStr).distinct().toList();
  }

  private static List<String> offered() {
    Set<String> out = new LinkedHashSet<>();
    for (AcceptList offer :
        List.of(DEF.rsOfferTable, DEF.rsOfferBoolean, DEF.rdfOffer, DEF.quadsOffer)) {
      out.addAll(types(offer));
    }
    return List.copyOf(out);
  }
}
