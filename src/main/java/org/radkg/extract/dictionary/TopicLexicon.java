package org.radkg.extract.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The topic scheme of data/topics/topics.ttl read into {@link Topic}s: every SKOS concept must sit
 * in the scheme {@value #SCHEME} with exactly one English prefLabel and at most one broader topic
 * that is itself in the scheme.
 */
public final class TopicLexicon {
  public static final String SCHEME = "https://w3id.org/radkg/ontology#Topics";
  private static final String RESOURCE = "/radkg/data/topics/topics.ttl";

  private final List<Topic> topics;

  private TopicLexicon(List<Topic> topics) {
    this.topics = List.copyOf(topics);
  }

  /** The lexicon as packaged on the classpath. */
  public static TopicLexicon fromClasspath() {
    try (InputStream in = TopicLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** A lexicon from Turtle; {@code source} names the input in error messages. */
  public static TopicLexicon read(InputStream turtle, String source) {
    Model model = ModelFactory.createDefaultModel();
    try {
      RDFParser.create().source(turtle).lang(Lang.TURTLE).parse(model);
    } catch (RiotException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
    Resource scheme = model.createResource(SCHEME);
    Set<Resource> concepts = new TreeSet<>(Comparator.comparing(Resource::getURI));
    model.listResourcesWithProperty(RDF.type, SKOS.Concept).forEach(concepts::add);
    model.listResourcesWithProperty(SKOS.inScheme, scheme).forEach(concepts::add);
    List<Topic> topics = new ArrayList<>();
    for (Resource c : concepts) {
      String where = source + ": <" + c.getURI() + ">";
      if (!c.hasProperty(RDF.type, SKOS.Concept) || !c.hasProperty(SKOS.inScheme, scheme)) {
        throw new IllegalArgumentException(where + " must be a skos:Concept in <" + SCHEME + ">");
      }
      List<String> pref = english(c, SKOS.prefLabel);
      if (pref.size() != 1) {
        throw new IllegalArgumentException(
            where + " needs exactly one prefLabel@en, has " + pref.size());
      }
      List<Resource> broader =
          c.listProperties(SKOS.broader).mapWith(s -> s.getResource()).toList();
      if (broader.size() > 1) {
        throw new IllegalArgumentException(where + " has more than one skos:broader");
      }
      String broaderIri = null;
      if (!broader.isEmpty()) {
        Resource b = broader.get(0);
        if (!b.hasProperty(SKOS.inScheme, scheme)) {
          throw new IllegalArgumentException(
              where + " has a broader topic outside the scheme: <" + b + ">");
        }
        broaderIri = b.getURI();
      }
      topics.add(
          new Topic(
              c.getURI(),
              pref.get(0),
              english(c, SKOS.altLabel),
              english(c, SKOS.hiddenLabel),
              broaderIri));
    }
    return new TopicLexicon(topics);
  }

  /** All topics, ordered by IRI. */
  public List<Topic> topics() {
    return topics;
  }

  private static List<String> english(Resource r, Property p) {
    return r.listProperties(p).toList().stream()
        .map(s -> s.getObject())
        .filter(RDFNode::isLiteral)
        .map(RDFNode::asLiteral)
        .filter(l -> l.getLanguage().equalsIgnoreCase("en"))
        .map(Literal::getLexicalForm)
        .sorted()
        .collect(Collectors.toList());
  }
}
