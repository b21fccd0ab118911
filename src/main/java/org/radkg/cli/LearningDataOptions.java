package org.radkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The learning data shared by {@code train} and {@code calibrate}: the seed's annotated split and a
 * page set's learn pages.
 */
final class LearningDataOptions {
  @Option(
      names = "--gold",
      paramLabel = "PATH",
      defaultValue = "data/gold",
      description = "Gold of --input. Default: ${DEFAULT-VALUE}")
  Path gold;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      defaultValue = "data/corpus",
      description = "The corpus --gold describes. Default: ${DEFAULT-VALUE}")
  Path input;

  @Option(
      names = "--split",
      defaultValue = "dev",
      description =
          "The gold split of --input to learn from (never a test split). Default: ${DEFAULT-VALUE}")
  String split;

  @Option(
      names = "--pages",
      paramLabel = "DIR",
      split = ",",
      defaultValue =
          "data/eval/real,data/eval/real2,data/eval/real3,data/eval/real4,data/eval/real5,data/eval/real6,"
              + "data/eval/real7,data/eval/real8,data/eval/real9,data/eval/real10",
      description =
          "The page sets (comma-separated) whose learn pages are learned from, or 'none'. Default: ${DEFAULT-VALUE}")
  java.util.List<String> pages;

  /**
   * The seed's annotated articles in {@link #split} (see {@link
   * org.radkg.learn.LearningData#corpusArticles}).
   */
  java.util.List<org.radkg.learn.TrainingArticle> seedArticles() throws Exception {
    return org.radkg.learn.LearningData.corpusArticles(gold, input, split);
  }

  /** How the seed's learning data is named in a record: "data/corpus (data/gold, split dev)". */
  String seedName() {
    return input + " (" + gold + ", split " + split + ")";
  }

  /** The page sets to learn from: none for 'none'. */
  java.util.List<Path> pageSets() {
    return pages.equals(java.util.List.of("none"))
        ? java.util.List.of()
        : pages.stream().map(Path::of).toList();
  }
}
