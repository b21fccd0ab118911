package org.radkg.extract;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The trained relation classifier: reads the candidates of a sentence that the rules left unread
 * and keeps those whose most likely predicate is not "none" with a probability at or above the
 * threshold chosen by cross-validation. Immutable and thread-safe (the maxent model allocates per
 * call).
 */
public final class RelationModel {
  /** The outcome of a candidate that states no relation. */
  public static final String NONE = "none";

  /** Where the committed model travels in the jar. */
  public static final String RESOURCE = "/org/radkg/extract/relation-model.bin";

  /** Its record: what it was trained on, the threshold, the hash. */
  public static final String RECORD = "/org/radkg/extract/relation-model.properties";

  /**
   * A model that reads nothing: the rules alone, and the state in which training data is collected.
   */
  public static final RelationModel OFF = new RelationModel(null, 1.1, "none");

  private static volatile RelationModel classpath;

  private final MaxentModel model;
  private final double threshold;
  private final String version;
  private final ReadingMethod method;

  /** A model with its threshold and a version name for provenance. */
  public RelationModel(MaxentModel model, double threshold, String version) {
    this.model = model;
    this.threshold = threshold;
    this.version = version;
    this.method = ReadingMethod.model(version);
  }

  /** The committed model, loaded once; {@link #OFF} when the jar carries none. */
  public static RelationModel fromClasspath() {
    RelationModel m = classpath;
    if (m == null) {
      synchronized (RelationModel.class) {
        if (classpath == null) {
          classpath = load();
        }
        m = classpath;
      }
    }
    return m;
  }

  private static RelationModel load() {
    try (InputStream bin = RelationModel.class.getResourceAsStream(RESOURCE);
        InputStream rec = RelationModel.class.getResourceAsStream(RECORD)) {
      if (bin == null || rec == null) {
        return OFF;
      }
      Properties p = new Properties();
      p.load(rec);
      return new RelationModel(
          read(bin.readAllBytes()),
          Double.parseDouble(p.getProperty("threshold", "1.1")),
          p.getProperty("version", "unknown"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the relation model " + RESOURCE, e);
    }
  }

  /** A maxent model from the bytes {@code GenericModelWriter} wrote. */
  public static MaxentModel read(byte[] bytes) throws IOException {
    return new GenericModelReader(
            new BinaryFileDataReader(new DataInputStream(new ByteArrayInputStream(bytes))))
        .getModel();
  }

  public double threshold() {
    return threshold;
  }

  public String version() {
    return version;
  }

  /** The provenance of the relations this model reads. */
  public ReadingMethod method() {
    return method;
  }

  /** True when this model reads anything at all. */
  public boolean active() {
    return model != null;
  }

  /**
   * The model's best non-"none" outcome for {@code features} and its probability; null when only
   * "none" remains.
   */
  public Scored best(List<String> features) {
    if (model == null) {
      return null;
    }
    double[] probs = model.eval(features.toArray(String[]::new));
    int best = -1;
    for (int i = 0; i < probs.length; i++) {
      if (!model.getOutcome(i).equals(NONE) && (best < 0 || probs[i] > probs[best])) {
        best = i;
      }
    }
    return best < 0 ? null : new Scored(model.getOutcome(best), probs[best]);
  }

  /** An outcome with its probability. */
  public record Scored(String outcome, double probability) {}

  /**
   * The relations this model adds to {@code s} beyond {@code ruleRelations}, handing every
   * candidate to {@code sink} when it is not null.
   */
  List<Relation> read(
      MaskedSentence s, List<Relation> ruleRelations, Evidence evidence, CandidateSink sink) {
    if (model == null && sink == null) {
      return List.of();
    }
    List<Relation> out = new ArrayList<>();
    for (RelationCandidate c : RelationFeatures.candidates(s, ruleRelations)) {
      if (sink != null) {
        sink.accept(c);
      }
      if (c.ruleRead() || model == null) {
        continue;
      }
      Scored best = best(c.features());
      if (best == null || best.probability() < threshold) {
        continue;
      }
      Predicate p = predicate(best.outcome());
      Term object = c.objectTerm();
      if (p != null && RelationExtractor.allowed(c.subjectEntity(), p, object)) {
        out.add(new Relation(c.subjectEntity(), p, object, evidence, method));
        if (p == Predicate.COLLABORATES_WITH) {
          out.add(new Relation((Entity) object, p, c.subjectEntity(), evidence, method));
        }
      }
    }
    return out;
  }

  /** The predicate whose local name is {@code name}, or null. */
  public static Predicate predicate(String name) {
    for (Predicate p : Predicate.values()) {
      if (RelationFeatures.localName(p).equals(name)) {
        return p;
      }
    }
    return null;
  }
}
