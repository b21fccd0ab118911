package org.radkg.dump;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.radkg.store.GenerationLink;

/**
 * The dated releases of a store's dumps, kept beside the served ones so that a harvester can cite
 * and fetch the exact data of an earlier build: each build that changes the dumps adds {@code
 * releases/YYYY-MM-DD-HASH8/} (the build's UTC date and the first 8 hex digits of the graph's
 * canonical SHA-256) holding the same files, hard-linked where the file system allows, and only the
 * newest {@value #KEEP} are kept. The served {@code dumps/} is always the latest.
 */
public final class Releases {
  /** How many releases are kept. */
  public static final int KEEP = 5;

  /** The folder below a store that holds them. */
  public static final String FOLDER = "releases";

  private static final Pattern ID = Pattern.compile("\\d{4}-\\d{2}-\\d{2}-[0-9a-f]{8}");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private Releases() {}

  /** A release: its id and its folder. */
  public record Release(String id, Path directory) {
    /** The build's date, {@code YYYY-MM-DD}. */
    public String date() {
      return id.substring(0, 10);
    }
  }

  /**
   * Records the dumps in {@code dumps} as the release of the graph whose canonical hash is {@code
   * sha256}, built at {@code when}, and drops all but the newest {@value #KEEP}; the same graph
   * released again the same day is the same release.
   */
  public static Release record(Path storeDir, Path dumps, String sha256, Instant when)
      throws IOException {
    String id = DAY.format(when) + "-" + sha256.substring(0, 8);
    Path root = storeDir.resolve(FOLDER);
    Path dir = root.resolve(id);
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(root);
      Path tmp = root.resolve("." + id + ".tmp-" + ProcessHandle.current().pid());
      GenerationLink.deleteTree(tmp);
      Files.createDirectories(tmp);
      try (Stream<Path> files = Files.list(dumps)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Path to = tmp.resolve(f.getFileName().toString());
          try {
            Files.createLink(to, f.toRealPath());
          } catch (IOException | UnsupportedOperationException e) {
            Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
    }
    // Touch it, so that the same graph released again counts as the newest.
    Files.setLastModifiedTime(dir, java.nio.file.attribute.FileTime.from(when));
    List<Release> all = list(storeDir);
    for (Release old : all.subList(Math.min(KEEP, all.size()), all.size())) {
      GenerationLink.deleteTree(old.directory());
    }
    return new Release(id, dir);
  }

  /** The releases of {@code storeDir}, newest first. */
  public static List<Release> list(Path storeDir) throws IOException {
    Path root = storeDir.resolve(FOLDER);
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<Release> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        String id = d.getFileName().toString();
        if (ID.matcher(id).matches()) {
          out.add(new Release(id, d));
        }
      }
    }
    out.sort(
        Comparator.comparing((Release r) -> modified(r.directory()))
            .thenComparing(Release::id)
            .reversed());
    return out;
  }

  /** The release named {@code id}, when it is kept; ids of any other shape are never looked up. */
  public static Optional<Release> find(Path storeDir, String id) throws IOException {
    if (!ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return list(storeDir).stream().filter(r -> r.id().equals(id)).findFirst();
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}
