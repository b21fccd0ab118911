package org.radkg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the data flowing one way: corpus -> extract -> graph -> store -> query -> search -> pages -> http -> cli (see shared/design/style.md). */
class ArchitectureTest {
  // For each package, the radkg packages it may import (besides itself).
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("vocab", Set.of()),
      Map.entry("corpus", Set.of("vocab")),
      Map.entry("extract", Set.of("corpus", "vocab")),
      Map.entry("graph", Set.of("extract", "corpus", "vocab")),
      Map.entry("store", Set.of("graph", "vocab")),
      Map.entry("eval", Set.of("vocab")),
      Map.entry("learn", Set.of("corpus", "extract", "graph", "eval", "vocab")),
      Map.entry("query", Set.of("store", "vocab")),
      Map.entry("search", Set.of()),
      Map.entry("pages", Set.of("search", "query", "network", "store", "vocab")),
      Map.entry("http", Set.of("pages", "query", "store")),
      Map.entry("network", Set.of("query", "store", "vocab")),
      Map.entry("push", Set.of("store", "vocab")),
      Map.entry("bench", Set.of("corpus", "extract", "graph", "store", "query", "vocab")),
      Map.entry("cli", Set.of("corpus", "extract", "graph", "store", "eval", "learn", "query", "http", "network", "bench", "push", "vocab")));
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.radkg\\.(\\w+)", Pattern.MULTILINE);

  @Test
  void packagesOnlyImportDownstream() throws IOException {
    List<String> violations = new ArrayList<>();
    Path root = Path.of("src/main/java/org/radkg");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = root.relativize(f).getName(0).toString();
        Set<String> allowed = ALLOWED.get(pkg);
        assertTrue(allowed != null, "package " + pkg + " has no rule in ArchitectureTest");
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          String target = m.group(1);
          if (!target.equals(pkg) && !allowed.contains(target)) {
            violations.add(f + " imports org.radkg." + target);
          }
        }
      }
    }
    assertTrue(violations.isEmpty(), String.join("\n", violations));
  }
}
