package org.radkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * The prebuilt queries: those packed in the jar ({@code radkg/queries/*.rq}) overlaid by the {@code
 * .rq} files of a folder, so an analyst can add or change a query without rebuilding; each is
 * parsed and its header checked on load.
 */
public final class QueryCatalog {
  static final String CLASSPATH_DIR = "radkg/queries/";
  private static final Pattern HEADER =
      Pattern.compile("^# (title|description|parameters): ?(.*)$", Pattern.MULTILINE);
  private static final Pattern PARAM =
      Pattern.compile("\\s*(\\w+)\\s*\\((\\w+)\\)\\s*(?:=\\s*(\\S.*?))?\\s*");

  private final Map<String, PrebuiltQuery> queries;

  private QueryCatalog(Map<String, PrebuiltQuery> queries) {
    this.queries = queries;
  }

  /** The jar's queries, then those of {@code folder} (if it exists), which win on equal names. */
  public static QueryCatalog load(Path folder) {
    Map<String, PrebuiltQuery> all = new TreeMap<>();
    for (String name : classpathNames()) {
      all.put(name, parse(name, readClasspath(CLASSPATH_DIR + name + ".rq")));
    }
    if (folder != null && Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
          String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
          all.put(name, parse(name, Files.readString(f, StandardCharsets.UTF_8)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the queries in " + folder, e);
      }
    }
    return new QueryCatalog(all);
  }

  /** Reads one {@code .rq} file that need not be in the catalog. */
  public static PrebuiltQuery readFile(Path file) throws IOException {
    String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
    return parse(name, Files.readString(file, StandardCharsets.UTF_8));
  }

  public Collection<PrebuiltQuery> all() {
    return queries.values();
  }

  public Optional<PrebuiltQuery> find(String name) {
    return Optional.ofNullable(queries.get(name));
  }

  /**
   * Parses a query and its header; a query without a header gets its name as title. Throws {@link
   * IllegalArgumentException} (naming the query) for a bad header or bad SPARQL.
   */
  public static PrebuiltQuery parse(String name, String text) {
    String title = name;
    String description = "";
    List<QueryParameter> params = new ArrayList<>();
    Matcher m = HEADER.matcher(text);
    while (m.find()) {
      String value = m.group(2).strip();
      switch (m.group(1)) {
        case "title" -> title = value;
        case "description" -> description = value;
        default -> params.addAll(parameters(name, value));
      }
    }
    try {
      QueryFactory.create(text);
    } catch (QueryParseException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
    return new PrebuiltQuery(name, title, description, params, text);
  }

  private static List<QueryParameter> parameters(String query, String value) {
    List<QueryParameter> out = new ArrayList<>();
    if (value.isEmpty() || value.equals("none")) {
      return out;
    }
    for (String part : value.split(";")) {
      Matcher p = PARAM.matcher(part);
      if (!p.matches()) {
        throw new IllegalArgumentException(
            query
                + ": bad parameter declaration '"
                + part.strip()
                + "' (expected: name (TYPE) = default; several separated by ';')");
      }
      out.add(new QueryParameter(p.group(1), QueryParameter.Type.parse(p.group(2)), p.group(3)));
    }
    return out;
  }

  /**
   * Names of the {@code .rq} resources under {@link #CLASSPATH_DIR}, in a jar or a classes folder.
   */
  private static List<String> classpathNames() {
    URL dir = QueryCatalog.class.getClassLoader().getResource(CLASSPATH_DIR);
    if (dir == null) {
      return List.of(); // running from sources without resources: the folder alone
    }
    try {
      URI uri = dir.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          return rqNames(jar.getPath(CLASSPATH_DIR));
        } catch (FileSystemAlreadyExistsException e) {
          return rqNames(FileSystems.getFileSystem(uri).getPath(CLASSPATH_DIR));
        }
      }
      return rqNames(Path.of(uri));
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list the packed queries at " + dir, e);
    }
  }

  private static List<String> rqNames(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".rq"))
          .map(n -> n.substring(0, n.length() - 3))
          .sorted()
          .toList();
    }
  }

  private static String readClasspath(String resource) {
    try (InputStream in = QueryCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar lists " + resource + " but does not hold it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
