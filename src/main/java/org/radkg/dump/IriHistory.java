package org.radkg.dump;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.radkg.vocab.Rkg;

/**
 * What became of the entity IRIs of earlier builds that the current one no longer has, so that a
 * link to a renamed or merged entity still leads to it (301) and one to an entity that is gone says
 * so (410) instead of a bare 404.
 *
 * <p>Each build records its entities with the names that identify them ({@code iris.tsv}: label,
 * other names, acronym, headline, sameAs links, normalized) and compares them with the previous
 * build's: an IRI that disappeared goes to the one current entity of the same kind that shares one
 * of its sameAs links, else one of its names; with none, or several, it is gone. The fates
 * accumulate in {@code iri-history.tsv} (an IRI live again leaves it; a target that disappears in
 * turn passes its own fate on), so a link from any earlier build resolves in one step.
 */
public final class IriHistory {
  /** The file of the last build's entities and their names. */
  public static final String ENTITIES = "iris.tsv";

  /** The file of fates: old IRI, new IRI (empty: gone), the build date that decided it. */
  public static final String HISTORY = "iri-history.tsv";

  private static final Node HEADLINE = Rkg.headline;
  private static final Node PREF_LABEL =
      org.apache.jena.graph.NodeFactory.createURI(Rkg.SKOS + "prefLabel");

  /** The predicates that name an entity. */
  private static final Set<Node> NAMES =
      Set.of(Rkg.label, Rkg.altLabel, Rkg.acronym, HEADLINE, PREF_LABEL, Rkg.sameAs);

  private static final char SEP = '\u001f';

  private static volatile Cached cached;

  private IriHistory() {}

  /** The fate of an IRI: where it went, or {@code null} when it is gone. */
  public record Fate(String iri, String now, String since) {
    /** Whether it is gone (410) rather than moved (301). */
    public boolean gone() {
      return now == null;
    }
  }

  /**
   * Compares the entities of {@code dsg} with those the last build of {@code storeDir} recorded,
   * adds the fates of the IRIs that disappeared to the history, and records the new entities; both
   * files are replaced whole, so a reader never sees them half written.
   */
  public static void update(Path storeDir, DatasetGraph dsg, String day) throws IOException {
    List<Quad> quads = new ArrayList<>();
    for (Node p : NAMES) {
      dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(quads::add);
    }
    update(storeDir, quads, day);
  }

  /**
   * As {@link #update(Path, DatasetGraph, String)} for the dataset these quads make (a build's
   * canonical quads).
   */
  public static void update(Path storeDir, Collection<Quad> quads, String day) throws IOException {
    Map<String, Set<String>> now = entities(quads);
    Map<String, Set<String>> before = readEntities(storeDir.resolve(ENTITIES));
    Map<String, Fate> history = readHistory(storeDir.resolve(HISTORY));
    // An IRI live again is no longer moved or gone.
    history.keySet().removeIf(now::containsKey);
    Map<String, Fate> decided = new HashMap<>();
    Map<String, List<String>> byKey = index(now);
    for (Map.Entry<String, Set<String>> e : before.entrySet()) {
      String old = e.getKey();
      if (now.containsKey(old)) {
        continue;
      }
      decided.put(old, new Fate(old, successor(old, e.getValue(), byKey), day));
    }
    // Earlier fates whose target has just disappeared follow it.
    for (Map.Entry<String, Fate> h : new ArrayList<>(history.entrySet())) {
      Fate f = h.getValue();
      if (f.now() != null && !now.containsKey(f.now())) {
        Fate next = decided.get(f.now());
        history.put(h.getKey(), new Fate(h.getKey(), next == null ? null : next.now(), day));
      }
    }
    history.putAll(decided);
    writeHistory(storeDir.resolve(HISTORY), history);
    writeEntities(storeDir.resolve(ENTITIES), now);
  }

  /** The fate of {@code iri} in the history of {@code storeDir}, if it is recorded there. */
  public static Optional<Fate> lookup(Path storeDir, String iri) throws IOException {
    Path file = storeDir.resolve(HISTORY);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    // A build replaces the file by a move: a new file key (inode) even when the clock has not
    // ticked since the last write.
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    List<Object> version = java.util.Arrays.asList(a.fileKey(), a.lastModifiedTime(), a.size());
    Cached c = cached;
    if (c == null || !c.file().equals(file) || !c.version().equals(version)) {
      c = new Cached(file, version, readHistory(file));
      cached = c;
    }
    return Optional.ofNullable(c.fates().get(iri));
  }

  private record Cached(Path file, List<Object> version, Map<String, Fate> fates) {}

  /** The one current entity of {@code old}'s kind sharing a sameAs link, else a name; or null. */
  private static String successor(String old, Set<String> keys, Map<String, List<String>> byKey) {
    String kind = kind(old);
    for (boolean links : new boolean[] {true, false}) {
      Set<String> found = new TreeSet<>();
      for (String k : keys) {
        if (k.startsWith("=") != links) {
          continue;
        }
        for (String candidate : byKey.getOrDefault(k, List.of())) {
          if (kind(candidate).equals(kind)) {
            found.add(candidate);
          }
        }
      }
      if (found.size() == 1) {
        return found.iterator().next();
      }
      if (found.size() > 1) {
        return null; // ambiguous: better gone than sent to the wrong entity
      }
    }
    return null;
  }

  private static String kind(String iri) {
    String rest = iri.startsWith(Rkg.DATA_BASE) ? iri.substring(Rkg.DATA_BASE.length()) : iri;
    int slash = rest.indexOf('/');
    return slash < 0 ? "" : rest.substring(0, slash);
  }

  private static Map<String, List<String>> index(Map<String, Set<String>> entities) {
    Map<String, List<String>> out = new HashMap<>();
    entities.forEach(
        (iri, keys) -> keys.forEach(k -> out.computeIfAbsent(k, x -> new ArrayList<>()).add(iri)));
    return out;
  }

  /** The entities of {@code quads} (IRIs under the data base, not statements) and their names. */
  private static Map<String, Set<String>> entities(Collection<Quad> quads) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (Quad q : quads) {
      if (!NAMES.contains(q.getPredicate())) {
        continue;
      }
      Node s = q.getSubject();
      if (!s.isURI()
          || !s.getURI().startsWith(Rkg.DATA_BASE)
          || s.getURI().startsWith(Rkg.DATA_BASE + "statement/")) {
        continue;
      }
      Node o = q.getObject();
      String key =
          o.isURI()
              ? "=" + o.getURI()
              : o.isLiteral() ? normalize(o.getLiteralLexicalForm()) : null;
      Set<String> keys = out.computeIfAbsent(s.getURI(), x -> new TreeSet<>());
      if (key != null && !key.isEmpty()) {
        keys.add(key);
      }
    }
    return out;
  }

  /** A name's key: case, accents, punctuation and spacing do not count. */
  static String normalize(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static Map<String, Set<String>> readEntities(Path file) throws IOException {
    Map<String, Set<String>> out = new TreeMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        continue;
      }
      Set<String> keys = new LinkedHashSet<>();
      for (String k : line.substring(tab + 1).split(String.valueOf(SEP))) {
        if (!k.isEmpty()) {
          keys.add(k);
        }
      }
      out.put(line.substring(0, tab), keys);
    }
    return out;
  }

  private static Map<String, Fate> readHistory(Path file) throws IOException {
    Map<String, Fate> out = new TreeMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] c = line.split("\t", -1);
      if (c.length >= 3 && !c[0].isEmpty() && !line.startsWith("#")) {
        out.put(c[0], new Fate(c[0], c[1].isEmpty() ? null : c[1], c[2]));
      }
    }
    return out;
  }

  private static void writeHistory(Path file, Map<String, Fate> history) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# old IRI\tnew IRI (empty: gone)\tbuild date");
    new TreeMap<>(history)
        .values()
        .forEach(
            f -> lines.add(f.iri() + "\t" + (f.now() == null ? "" : f.now()) + "\t" + f.since()));
    replace(file, lines);
  }

  private static void writeEntities(Path file, Map<String, Set<String>> entities)
      throws IOException {
    List<String> lines = new ArrayList<>();
    entities.forEach((iri, keys) -> lines.add(iri + "\t" + String.join(String.valueOf(SEP), keys)));
    replace(file, lines);
  }

  private static void replace(Path file, List<String> lines) throws IOException {
    Path tmp =
        file.resolveSibling("." + file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    try {
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
