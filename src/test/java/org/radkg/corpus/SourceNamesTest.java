package org.radkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.radkg.vocab.Slugs;

/**
 * Source slugs follow from a file's relative path alone, read well, and never meet for two paths.
 */
class SourceNamesTest {
  @Test
  void slugsByExample() {
    assertEquals("is3r-global-scan", SourceNames.slug("is3r-global-scan.txt"));
    assertEquals("2023_index", SourceNames.slug("2023/index.txt"));
    assertEquals("news--html", SourceNames.slug("news.html"));
    assertEquals("cafe-q--" + Slugs.hash("café ✓ \"q\".txt"), SourceNames.slug("café ✓ \"q\".txt"));
    assertEquals(
        "zenit_novosti--" + Slugs.hash("Зенит/новости.txt"), SourceNames.slug("Зенит/новости.txt"));
  }

  @Test
  void differentPathsNeverShareASlug() {
    List<String> paths =
        List.of(
            "news.txt",
            "news.md",
            "news-md.txt",
            "news--md.txt",
            "news",
            "News.txt",
            "2023/index.txt",
            "2024/index.txt",
            "2023-index.txt",
            "2023_index.txt",
            "2023/index.html",
            "café ✓ \"q\".txt",
            "CAFÉ ✓ \"q\".txt",
            "cafe-q.txt",
            "cafe/q.txt",
            "Cafe-Q.txt",
            "cafe q.txt",
            "✓.txt",
            "☢.txt",
            "a.b.txt",
            "a-b.txt");
    Set<String> slugs = paths.stream().map(SourceNames::slug).collect(Collectors.toSet());
    assertEquals(paths.size(), slugs.size(), slugs.toString());
    for (String s : slugs) {
      assertTrue(s.matches("[a-z0-9][a-z0-9_~-]*"), s); // what the linked-data pages accept
    }
  }

  @Test
  void namesAreRelativePathsWithSlashes() {
    Path root = Path.of("corpus");
    assertEquals(
        "2023/index.txt",
        SourceNames.relativeName(root, root.resolve("2023").resolve("index.txt")));
  }
}
