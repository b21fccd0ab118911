package org.radkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A symbolic link {@code parent/name} to the current generation directory {@code parent/name-<n>},
 * switched atomically, so readers see either the old or the new generation and never a mix.
 */
public final class GenerationLink {
  private final Path parent;
  private final String name;
  private final Pattern generation;

  public GenerationLink(Path parent, String name) {
    this.parent = parent;
    this.name = name;
    this.generation = Pattern.compile(Pattern.quote(name) + "-(\\d+)");
  }

  /** The served path (the link). */
  public Path link() {
    return parent.resolve(name);
  }

  public Path directory(int n) {
    return parent.resolve(name + "-" + n);
  }

  /** The generation the link points at, if there is a link to an existing generation. */
  public OptionalInt current() {
    Path link = link();
    if (!Files.isSymbolicLink(link)) {
      return OptionalInt.empty();
    }
    try {
      Matcher m = generation.matcher(Files.readSymbolicLink(link).getFileName().toString());
      if (m.matches() && Files.isDirectory(link)) {
        return OptionalInt.of(Integer.parseInt(m.group(1)));
      }
      return OptionalInt.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the link " + link, e);
    }
  }

  /**
   * A fresh generation number above every directory present (partial ones left by killed builds
   * included), so a new build never writes into anything a reader or an earlier build touched.
   */
  public int next() throws IOException {
    adoptPlainDirectory();
    int max = 0;
    for (Path p : generations()) {
      max = Math.max(max, number(p));
    }
    return max + 1;
  }

  /** Points the link at generation {@code n}: a new link renamed over the old one (rename(2)). */
  public void switchTo(int n) throws IOException {
    Path tmp = parent.resolve("." + name + ".link-" + ProcessHandle.current().pid());
    Files.deleteIfExists(tmp);
    Files.createSymbolicLink(tmp, Path.of(name + "-" + n));
    Files.move(tmp, link(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Deletes generations other than the current one unless {@code inUse} says to keep them. */
  public void deleteOthers(Predicate<Path> inUse) {
    int keep = current().orElse(-1);
    try {
      for (Path p : generations()) {
        if (number(p) != keep && !inUse.test(p)) {
          deleteTree(p);
        }
      }
    } catch (IOException e) {
      // Old generations only cost disk space; the next build tries again.
    }
  }

  public static void deleteTree(Path dir) {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // Best effort: another process may still hold a file open (Windows) or the dir.
                }
              });
    } catch (IOException | UncheckedIOException e) {
      // Best effort, as above.
    }
  }

  private List<Path> generations() throws IOException {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(parent)) {
      return out;
    }
    try (Stream<Path> list = Files.list(parent)) {
      list.filter(p -> generation.matcher(p.getFileName().toString()).matches()).forEach(out::add);
    }
    return out;
  }

  private int number(Path p) {
    Matcher m = generation.matcher(p.getFileName().toString());
    m.matches();
    return Integer.parseInt(m.group(1));
  }

  /**
   * A store made before generations existed has a plain directory where the link goes; it becomes
   * generation 0. This one rename is the only moment the path is missing.
   */
  private void adoptPlainDirectory() throws IOException {
    Path link = link();
    if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) {
      Path zero = directory(0);
      if (Files.exists(zero, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(
            zero.toString(), link.toString(), "cannot adopt the plain directory as generation 0");
      }
      Files.move(link, zero, StandardCopyOption.ATOMIC_MOVE);
      switchTo(0);
    }
  }
}
