package org.radkg.cli;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway OpenLink Virtuoso (Debian's {@code virtuoso-opensource-7-bin}) for tests: a new
 * database in a given folder, both ports on 127.0.0.1 only, a dba password of its own and one user
 * granted SPARQL_UPDATE; {@link #close()} always stops it, and it cannot outlive {@link #LIFETIME}
 * even if the test JVM is killed.
 */
final class VirtuosoServer implements AutoCloseable {
  /** The longest the server may run: the test takes seconds; this bounds an orphaned server. */
  static final Duration LIFETIME = Duration.ofMinutes(10);

  private static final Duration START = Duration.ofSeconds(90);
  private static final Duration ISQL = Duration.ofSeconds(30);

  private final Path dir;
  private final Process process;
  private final int sqlPort;
  private final int httpPort;
  private final String dbaPassword = secret();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Whether the server and its SQL client are on the PATH. */
  static boolean installed() {
    return onPath("virtuoso-t") && onPath("isql-vt") && onPath("timeout");
  }

  /**
   * Starts a server with a new database in {@code dir} and waits until its HTTP port answers; on
   * any failure the process is stopped before the exception leaves.
   */
  static VirtuosoServer start(Path dir) throws IOException, InterruptedException {
    return new VirtuosoServer(dir);
  }

  private VirtuosoServer(Path dir) throws IOException, InterruptedException {
    this.dir = dir;
    this.sqlPort = freePort();
    this.httpPort = freePort();
    Files.writeString(dir.resolve("virtuoso.ini"), ini(), StandardCharsets.UTF_8);
    // coreutils' timeout ends the server after LIFETIME whatever happens to this JVM, and passes
    // on the TERM close() sends; Virtuoso answers TERM with a quick clean shutdown.
    process =
        new ProcessBuilder(
                "timeout",
                "-k",
                "10",
                LIFETIME.toSeconds() + "s",
                "virtuoso-t",
                "+configfile",
                "virtuoso.ini",
                "+foreground")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("console.log").toFile())
            .start();
    try {
      awaitHttp();
      // The new database's dba password is the well-known "dba": replace it before anything else.
      isql("dba", "USER_SET_PASSWORD('dba', '" + dbaPassword + "');");
    } catch (IOException | InterruptedException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /**
   * Creates {@code user} and grants it SPARQL_UPDATE, which the Graph Store Protocol writes need.
   */
  void createUpdater(String user, String password) throws IOException, InterruptedException {
    isql(
        dbaPassword,
        "DB.DBA.USER_CREATE('"
            + user
            + "', '"
            + password
            + "'); GRANT SPARQL_UPDATE TO \""
            + user
            + "\";");
  }

  /** The base address, {@code http://127.0.0.1:PORT}. */
  String base() {
    return "http://127.0.0.1:" + httpPort;
  }

  /** Virtuoso's Graph Store Protocol endpoint that asks for HTTP Digest (writes need it). */
  String authenticatedGraphStore() {
    return base() + "/sparql-graph-crud-auth";
  }

  /** The open Graph Store Protocol endpoint, read here only. */
  String graphStore() {
    return base() + "/sparql-graph-crud";
  }

  /** The SPARQL endpoint. */
  String sparql() {
    return base() + "/sparql";
  }

  /**
   * The lines of the server's HTTP access log ({@code httpDDMMYYYY.log}, a new file each day), one
   * per request answered: address, scheme and user that authenticated it ("- -" for none), request
   * line, status.
   */
  List<String> httpLog() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f :
          files
              .filter(f -> f.getFileName().toString().matches("http\\d{8}\\.log"))
              .sorted()
              .toList()) {
        lines.addAll(Files.readAllLines(f, StandardCharsets.ISO_8859_1));
      }
    }
    return lines;
  }

  /**
   * The access log once it holds at least {@code lines} lines, or as it is after {@code wait}:
   * Virtuoso writes a request's line after answering it, so the last one can lag the client.
   */
  List<String> httpLog(int lines, java.time.Duration wait)
      throws IOException, InterruptedException {
    long end = System.nanoTime() + wait.toNanos();
    List<String> log = httpLog();
    while (log.size() < lines && System.nanoTime() < end) {
      Thread.sleep(100);
      log = httpLog();
    }
    return log;
  }

  /** The access log once it has not grown for half a second (at most {@code wait}). */
  List<String> settledHttpLog(java.time.Duration wait) throws IOException, InterruptedException {
    long end = System.nanoTime() + wait.toNanos();
    List<String> log = httpLog();
    while (System.nanoTime() < end) {
      Thread.sleep(500);
      List<String> now = httpLog();
      if (now.size() == log.size()) {
        return now;
      }
      log = now;
    }
    return log;
  }

  /** The end of the server's log, for failure messages. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(dir.resolve("virtuoso.log"), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    // timeout forwards TERM to the server, but not the KILL destroyForcibly sends to timeout
    // itself.
    process.descendants().forEach(ProcessHandle::destroyForcibly);
  }

  private void awaitHttp() throws IOException, InterruptedException {
    long end = System.nanoTime() + START.toNanos();
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create(sparql())).timeout(Duration.ofSeconds(5)).build();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IOException(
            "virtuoso-t exited with " + process.exitValue() + " while starting:\n" + logTail());
      }
      try {
        http.send(probe, HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException notYet) {
        Thread.sleep(250);
      }
    }
    throw new IOException(
        "virtuoso-t did not answer within " + START.toSeconds() + " s:\n" + logTail());
  }

  /**
   * Runs {@code sql} as dba through isql-vt; isql exits 0 after some failed statements, so its
   * output is read for errors too.
   */
  private void isql(String password, String sql) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "isql", ".log");
    Process isql =
        new ProcessBuilder("isql-vt", "127.0.0.1:" + sqlPort, "dba", password, "exec=" + sql)
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    if (!isql.waitFor(ISQL.toSeconds(), TimeUnit.SECONDS)) {
      isql.destroyForcibly();
      throw new IOException("isql-vt did not finish within " + ISQL.toSeconds() + " s");
    }
    String output = Files.readString(out, StandardCharsets.UTF_8);
    if (isql.exitValue() != 0 || output.contains("*** Error")) {
      throw new IOException(
          "isql-vt failed (exit " + isql.exitValue() + "):\n" + output.replace(dbaPassword, "***"));
    }
  }

  private String ini() {
    String d = dir.toAbsolutePath().toString();
    return """
        [Database]
        DatabaseFile = %1$s/virtuoso.db
        ErrorLogFile = %1$s/virtuoso.log
        LockFile = %1$s/virtuoso.lck
        TransactionFile = %1$s/virtuoso.trx
        xa_persistent_file = %1$s/virtuoso.pxa
        ErrorLogLevel = 7
        FileExtend = 200
        MaxCheckpointRemap = 2000
        Striping = 0
        TempStorage = TempDatabase

        [TempDatabase]
        DatabaseFile = %1$s/virtuoso-temp.db
        TransactionFile = %1$s/virtuoso-temp.trx
        MaxCheckpointRemap = 2000
        Striping = 0

        [Parameters]
        ServerPort = 127.0.0.1:%2$d
        DisableUnixSocket = 1
        ServerThreads = 10
        CheckpointInterval = 0
        NumberOfBuffers = 10000
        MaxDirtyBuffers = 6000
        DirsAllowed = %1$s
        DefaultIsolation = 2

        [HTTPServer]
        ServerPort = 127.0.0.1:%3$d
        ServerRoot = %1$s
        ServerThreads = 10
        MaxKeepAlives = 10
        KeepAliveTimeout = 10
        EnabledDavVSP = 0
        EnabledGzipContent = 0
        HTTPLogFile = %1$s/http.log

        [SPARQL]
        ResultSetMaxRows = 100000
        MaxQueryExecutionTime = 60
        """
        .formatted(d, sqlPort, httpPort);
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String entry : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(entry, program))) {
        return true;
      }
    }
    return false;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** A random password of letters and digits (isql and Virtuoso's SQL take it unquoted-safe). */
  static String secret() {
    byte[] b = new byte[12];
    new SecureRandom().nextBytes(b);
    return "v" + HexFormat.of().formatHex(b);
  }
}
