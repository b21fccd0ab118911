package org.radkg.build;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.radkg.corpus.Article;
import org.radkg.extract.ArticleFindings;
import org.radkg.extract.Entity;
import org.radkg.extract.Extractor;
import org.radkg.graph.ExtractionCache;

/**
 * An on-disk cache of what extraction found in each article, so a rebuild re-extracts only the
 * articles whose inputs changed. An entry is named by the SHA-256 of everything its result depends
 * on: the code and reference data (the class files and resources, or the jar, the extractor comes
 * from), the article's text with a margin around it (patterns may look past the article's bounds),
 * its fields and, for findings, the corpus-wide acronym definitions; so a hit is what a fresh
 * extraction would give, with offsets rebased when the article moved within its document. Entries
 * are written to a temporary file and moved, so a killed build leaves no torn entry; an unreadable
 * entry counts as a miss.
 */
public final class FindingsCache implements ExtractionCache {
  private static final String FORMAT = "radkg-findings-cache 3";

  /** Chars of the source around an article that its key covers (see {@link #articleKey}). */
  static final int MARGIN = 256;

  private static volatile String codeVersion;

  private final CacheDirectory entries;
  private final Map<String, String> findingsKeys = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();

  /** A cache kept in {@code dir} (created when first written). */
  public FindingsCache(Path dir) {
    this.entries = new CacheDirectory(dir);
  }

  @Override
  public List<Entity> definitions(Article article, Supplier<List<Entity>> compute) {
    String key = "d-" + hash(articleKey(article));
    List<Entity> cached = entries.read(key, in -> FindingsCodec.readEntities(in));
    if (cached != null) {
      return cached;
    }
    List<Entity> fresh = compute.get();
    entries.write(key, out -> FindingsCodec.writeEntities(fresh, out));
    return fresh;
  }

  @Override
  public String contextKey(List<Entity> defined) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      FindingsCodec.writeEntities(defined, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(sha256().digest(bytes.toByteArray()));
  }

  @Override
  public ArticleFindings findings(
      Article article, String context, Supplier<ArticleFindings> compute) {
    String key = "f-" + hash(articleKey(article) + "\u0000" + context);
    findingsKeys.put(article.id(), key);
    ArticleFindings cached =
        entries.read(key, in -> FindingsCodec.readFindings(article, article.titleBegin(), in));
    if (cached != null) {
      hits.incrementAndGet();
      return cached;
    }
    misses.incrementAndGet();
    ArticleFindings fresh = compute.get();
    entries.write(key, out -> FindingsCodec.writeFindings(fresh, article.titleBegin(), out));
    return fresh;
  }

  @Override
  public ArticleFindings again(Article article, String context, Supplier<ArticleFindings> compute) {
    // The entry findings() just wrote or read; a write that failed (a full disk) means extracting
    // again, which gives the same findings.
    String key = findingsKeys.get(article.id());
    ArticleFindings kept =
        key == null
            ? null
            : entries.read(
                key, in -> FindingsCodec.readFindings(article, article.titleBegin(), in));
    return kept != null ? kept : compute.get();
  }

  /**
   * The key of the findings this build took or made for {@code article} (equal keys, equal
   * findings, their offsets counted from the article's title); empty before they were asked for.
   */
  public Optional<String> findingsKey(Article article) {
    return Optional.ofNullable(findingsKeys.get(article.id()));
  }

  /** Articles whose findings came from the cache in this build. */
  public int hits() {
    return hits.get();
  }

  /** Articles extracted afresh in this build. */
  public int misses() {
    return misses.get();
  }

  /** Deletes every entry, so the next lookups all miss ({@code build --full}). */
  public void clear() throws IOException {
    entries.clear();
  }

  /**
   * Deletes the entries this build did not use, so the cache holds one corpus, not every corpus
   * ever built.
   */
  public void pruneUnused() throws IOException {
    entries.pruneUnused();
  }

  /**
   * What an article's extraction reads: the article's fields relative to its title, and the source
   * text from {@link #MARGIN} chars before its title to {@link #MARGIN} chars after its body (the
   * extractor's patterns look at most a few dozen chars past the article's bounds); not its offset,
   * so an article that only moved (an earlier one of its document grew) is still a hit, its cached
   * offsets rebased on its new title offset.
   */
  private static String articleKey(Article a) {
    String text = a.source().text();
    int from = Math.max(0, a.start() - MARGIN);
    int to = Math.min(text.length(), a.bodyEnd() + MARGIN);
    int t = a.titleBegin();
    return String.join(
        "\u0000",
        FORMAT,
        codeVersion(),
        hash(text.substring(from, to)),
        Integer.toString(t - from),
        Boolean.toString(to == text.length()),
        a.source().iri(),
        a.source().name(),
        String.valueOf(a.source().mediaType()),
        String.valueOf(a.source().metadata()),
        a.id(),
        String.valueOf(a.society()),
        a.title(),
        Integer.toString(a.bodyBegin() - t),
        Integer.toString(a.bodyEnd() - t));
  }

  /** SHA-256 of the extractor's code source: the jar, or every file of the classes directory. */
  static String codeVersion() {
    String v = codeVersion;
    if (v == null) {
      try {
        Path source =
            Path.of(Extractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        MessageDigest d = sha256();
        if (Files.isDirectory(source)) {
          try (Stream<Path> walk = Files.walk(source)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
              d.update(source.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
              digestFile(f, d);
            }
          }
        } else {
          digestFile(source, d);
        }
        v = HexFormat.of().formatHex(d.digest());
      } catch (IOException | URISyntaxException | RuntimeException e) {
        v = "unknown-" + System.nanoTime(); // no stable version: never hit
      }
      codeVersion = v;
    }
    return v;
  }

  private static void digestFile(Path f, MessageDigest d) throws IOException {
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(f)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        d.update(buf, 0, n);
      }
    }
  }

  private static String hash(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
