package org.radkg;

import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Keeps the data flowing one way: corpus -> extract -> graph -> build -> (canonical, validate,
 * store, dump) and query -> search -> pages -> http -> cli (see shared/design/style.md), checked by
 * ArchUnit on the compiled main classes, so a dependency counts wherever it is written (an import,
 * a fully qualified name, a lambda), not only on an import line. One blind spot: javac copies a
 * {@code static final String} or number constant into the class that reads it, so {@code
 * Rkg.DATA_BASE} read from {@code cli} or {@code learn} leaves no trace in their class files; those
 * arrows stay in the table because the source has them.
 */
class ArchitectureTest {
  /**
   * For each package (with its subpackages), the radkg packages it may depend on besides itself. A
   * package needs a row (a new one without it fails), and a row needs classes. Keep the arrows
   * pointing downstream.
   */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("vocab", Set.of()),
          Map.entry("corpus", Set.of("vocab")),
          Map.entry("extract", Set.of("corpus", "vocab")),
          Map.entry("graph", Set.of("extract", "corpus", "vocab")),
          Map.entry("canonical", Set.of()),
          Map.entry("store", Set.of("canonical")),
          Map.entry("dump", Set.of("canonical", "store", "vocab")),
          Map.entry("validate", Set.of("canonical", "vocab")),
          Map.entry(
              "build",
              Set.of(
                  "corpus", "extract", "graph", "canonical", "store", "dump", "validate", "vocab")),
          Map.entry("eval", Set.of("build", "corpus", "vocab")),
          Map.entry("learn", Set.of("corpus", "extract", "graph", "eval", "vocab")),
          Map.entry("query", Set.of()),
          Map.entry("network", Set.of("query", "vocab")),
          Map.entry("search", Set.of()),
          Map.entry("pages", Set.of("search", "query", "network", "dump", "store", "vocab")),
          Map.entry("reconcile", Set.of("pages", "search", "vocab")),
          Map.entry("http", Set.of("build", "pages", "query", "reconcile", "store")),
          Map.entry("push", Set.of("canonical")),
          Map.entry(
              "bench",
              Set.of("build", "canonical", "corpus", "extract", "graph", "store", "query")),
          Map.entry(
              "cli",
              Set.of(
                  "build",
                  "corpus",
                  "extract",
                  "canonical",
                  "store",
                  "dump",
                  "validate",
                  "eval",
                  "learn",
                  "query",
                  "network",
                  "pages",
                  "http",
                  "bench",
                  "push",
                  "vocab")));

  /**
   * Packages whose classes depend on each other in a circle today, with how many classes take part
   * (nested classes count with their outer class). No package may gain such a circle or grow one;
   * every package not listed has none. Lower a number when a refactoring breaks a circle.
   */
  private static final Map<String, Integer> CLASS_CYCLES_TODAY =
      Map.of(
          "org.radkg.extract",
              14, // 5 circles, e.g. AcronymDefinitionFinder <-> InfixAcronyms, Lexicon <->
          // MentionSet
          "org.radkg.extract.place", 2, // Datelines <-> PlaceRecognizer
          "org.radkg.pages", 4, // EntityDescriber <-> EntityPage, NetworkPageBody <-> NetworkPages
          "org.radkg.canonical", 2); // CanonicalGraph <-> CanonicalQuads

  /**
   * Methods of {@code extract} allowed to read files: they load reference data from a folder of the
   * user's choice (tests point them at {@code data/}); extraction itself reads the copies inside
   * the jar.
   */
  private static final Set<String> READS_REFERENCE_FILES =
      Set.of(
          "org.radkg.extract.place.Gazetteer.load(java.nio.file.Path)",
          "org.radkg.extract.dictionary.AuthorityFile.load([Ljava.nio.file.Path;)");

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.radkg");

  @Test
  void packagesOnlyDependDownstream() {
    LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String pkg : new TreeSet<>(ALLOWED.keySet())) {
      layers = layers.layer(pkg).definedBy("org.radkg." + pkg + "..");
    }
    for (String pkg : new TreeSet<>(ALLOWED.keySet())) {
      Set<String> allowed = ALLOWED.get(pkg);
      layers =
          allowed.isEmpty()
              ? layers.whereLayer(pkg).mayNotAccessAnyLayer()
              : layers
                  .whereLayer(pkg)
                  .mayOnlyAccessLayers(new TreeSet<>(allowed).toArray(String[]::new));
    }
    layers.ensureAllClassesAreContainedInArchitecture().check(MAIN);
  }

  @Test
  void everyPackageHasARow() throws IOException {
    // The layered rule above fails for a class outside every row too; this names the package
    // plainly.
    try (var dirs = Files.list(Path.of("src/main/java/org/radkg"))) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        String pkg = dir.getFileName().toString();
        assertTrue(
            ALLOWED.containsKey(pkg), "package " + pkg + " has no row in ArchitectureTest.ALLOWED");
      }
    }
  }

  @Test
  void noCyclesBetweenPackages() {
    slices().matching("org.radkg.(*)..").namingSlices("$1").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void noNewCyclesBetweenClassesOfAPackage() {
    List<String> problems = new ArrayList<>();
    classCycles(MAIN)
        .forEach(
            (pkg, circles) -> {
              int classes = circles.stream().mapToInt(Set::size).sum();
              int today = CLASS_CYCLES_TODAY.getOrDefault(pkg, 0);
              if (classes > today) {
                problems.add(
                    pkg
                        + ": "
                        + classes
                        + " classes in circles (at most "
                        + today
                        + "): "
                        + circles);
              }
            });
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void extractIsPure() {
    DescribedPredicate<Dependency> impure =
        DescribedPredicate.or(FILES, NETWORK, CONSOLE, PROCESSES, STORE_OR_SERVER);
    DescribedPredicate<Dependency> exempt =
        DescribedPredicate.describe(
            "from a reference-data loader",
            d ->
                READS_REFERENCE_FILES.stream()
                    .anyMatch(m -> d.getDescription().startsWith("Method <" + m + ">")));
    classes()
        .that()
        .resideInAPackage("org.radkg.extract..")
        .should(
            onlyHaveDependenciesWhere(
                DescribedPredicate.not(impure)
                    .or(exempt)
                    .as(
                        "no file, network, console, process, TDB or Fuseki access (reference-data loaders excepted)")))
        .because(
            "extraction is article in, findings out: no files, network, console, processes or store")
        .check(MAIN);
  }

  @Test
  void vocabAndCorpusUseNeitherNetworkNorConsole() {
    classes()
        .that()
        .resideInAnyPackage("org.radkg.vocab..", "org.radkg.corpus..")
        .should(
            onlyHaveDependenciesWhere(
                DescribedPredicate.not(DescribedPredicate.or(NETWORK, CONSOLE))
                    .as("no network or console access")))
        .check(MAIN);
  }

  /** The purity rules can fail: a class that prints and reads a file breaks them. */
  @Test
  void thePurityRulesSeeConsoleAndFileAccess() {
    JavaClasses impure = new ClassFileImporter().importClasses(PrintsAndReads.class);
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                classes()
                    .should(
                        onlyHaveDependenciesWhere(
                            DescribedPredicate.not(DescribedPredicate.or(FILES, CONSOLE))))
                    .check(impure));
    assertTrue(
        e.getMessage().contains("java.lang.System.out")
            && e.getMessage().contains("java.nio.file.Files"),
        e.getMessage());
  }

  @SuppressWarnings("unused")
  private static final class PrintsAndReads {
    void run() throws IOException {
      System.out.println(Files.readString(Path.of("x")));
    }
  }

  private static final DescribedPredicate<Dependency> FILES =
      target(
          "file access",
          Set.of(
              "java.io.File",
              "java.io.FileInputStream",
              "java.io.FileOutputStream",
              "java.io.FileReader",
              "java.io.FileWriter",
              "java.io.RandomAccessFile",
              "java.io.FileDescriptor"),
          "java.nio.file.",
          "java.nio.channels.");

  private static final DescribedPredicate<Dependency> NETWORK =
      target(
          "network access",
          Set.of(
              "java.net.URL",
              "java.net.URLConnection",
              "java.net.HttpURLConnection",
              "java.net.Socket",
              "java.net.ServerSocket",
              "java.net.DatagramSocket",
              "java.net.InetAddress",
              "java.net.InetSocketAddress",
              "org.jsoup.Connection"),
          "java.net.http.",
          "javax.net.",
          "org.apache.hc.",
          "org.apache.jena.http.",
          "org.apache.jena.sparql.exec.http.",
          "org.jsoup.helper.HttpConnection");

  private static final DescribedPredicate<Dependency> PROCESSES =
      target(
          "starting processes",
          Set.of("java.lang.ProcessBuilder", "java.lang.Process", "java.lang.Runtime"));

  private static final DescribedPredicate<Dependency> STORE_OR_SERVER =
      target(
          "a TDB store or a Fuseki server",
          Set.of(),
          "org.apache.jena.tdb.",
          "org.apache.jena.tdb2.",
          "org.apache.jena.dboe.",
          "org.apache.jena.fuseki.");

  private static final DescribedPredicate<Dependency> CONSOLE =
      DescribedPredicate.describe(
          "console access",
          d ->
              d.getTargetClass().getName().equals("java.io.Console")
                  || d.convertTo(JavaFieldAccess.class).stream()
                      .anyMatch(
                          a ->
                              a.getTargetOwner().getName().equals("java.lang.System")
                                  && Set.of("out", "err", "in").contains(a.getName()))
                  || d.convertTo(JavaMethodCall.class).stream()
                      .anyMatch(
                          c ->
                              c.getTargetOwner().getName().equals("java.lang.System")
                                  && Set.of("console", "setOut", "setErr", "setIn")
                                      .contains(c.getName())));

  /**
   * A dependency on one of {@code classes} or on a class whose name starts with one of {@code
   * prefixes}.
   */
  private static DescribedPredicate<Dependency> target(
      String what, Set<String> classes, String... prefixes) {
    return DescribedPredicate.describe(
        what,
        d -> {
          String name = d.getTargetClass().getBaseComponentType().getName();
          return classes.contains(name) || List.of(prefixes).stream().anyMatch(name::startsWith);
        });
  }

  /**
   * For each Java package, its circles of classes: the strongly connected components of more than
   * one class in the graph of dependencies between its top-level classes (a nested class counts as
   * its outer class).
   */
  static Map<String, List<Set<String>>> classCycles(JavaClasses classes) {
    Map<String, Map<String, Set<String>>> byPackage = new TreeMap<>();
    for (JavaClass c : classes) {
      Map<String, Set<String>> graph =
          byPackage.computeIfAbsent(c.getPackageName(), k -> new TreeMap<>());
      Set<String> edges = graph.computeIfAbsent(outer(c), k -> new TreeSet<>());
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass t = d.getTargetClass().getBaseComponentType();
        if (t.getPackageName().equals(c.getPackageName()) && !outer(t).equals(outer(c))) {
          edges.add(outer(t));
        }
      }
    }
    Map<String, List<Set<String>>> cycles = new TreeMap<>();
    byPackage.forEach((pkg, graph) -> cycles.put(pkg, circles(graph)));
    return cycles;
  }

  private static String outer(JavaClass c) {
    String name = c.getName().substring(c.getPackageName().length() + 1);
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }

  /**
   * Tarjan's strongly connected components of more than one node, each sorted, in order of their
   * first node.
   */
  private static List<Set<String>> circles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> found = new ArrayList<>();
    for (String start : graph.keySet()) {
      if (!index.containsKey(start)) {
        connect(start, graph, index, low, stack, onStack, found);
      }
    }
    found.sort((a, b) -> a.iterator().next().compareTo(b.iterator().next()));
    return found;
  }

  private static void connect(
      String v,
      Map<String, Set<String>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<Set<String>> found) {
    index.put(v, index.size());
    low.put(v, index.get(v));
    stack.push(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, onStack, found);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        found.add(component);
      }
    }
  }
}
