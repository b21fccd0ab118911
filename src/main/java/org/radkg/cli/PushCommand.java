package org.radkg.cli;

import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.radkg.push.GraphPusher;
import org.radkg.push.GraphStoreTarget;
import org.radkg.push.PushAuth;
import org.radkg.push.PushSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code radkg push}: sends the built graph, one named graph per article, to a store speaking the
 * Graph Store Protocol.
 */
@Command(
    name = "push",
    mixinStandardHelpOptions = true,
    description = {
      "Send the built graph to a store that speaks the SPARQL 1.1 Graph Store Protocol (Fuseki, GraphDB,",
      "Virtuoso, Neptune, Stardog), one named graph per article: graphs new or changed since the last push to that",
      "endpoint are replaced (PUT), graphs no longer built are deleted, the rest are left alone. What was sent is",
      "recorded in DIR/push/; --all resends everything. Server errors and broken connections are retried with backoff.",
      "Credentials answer the target's challenge, HTTP Digest (MD5 or SHA-256) or Basic (--auth auto), or go up front",
      "as Basic (--auth basic). Graphs go as Turtle; a target that answers 415 or 500 to that (Virtuoso answers 500 to",
      "a body it cannot parse) gets N-Triples from then on. The push stops at the first failure every other request",
      "would meet too: credentials refused (401, 403), no answer within --timeout, or a target still unreachable after",
      "--retries."
    },
    footer = {
      "",
      "Examples:",
      "  ./radkg push --endpoint http://fuseki:3030/radkg/data",
      "  ./radkg push --endpoint https://graphdb.example.org/repositories/radkg/rdf-graphs/service --user radkg --password-file pw.txt",
      "  ./radkg push --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth --user radkg --password-file pw.txt   # Virtuoso",
      "",
      "The password comes from --password-file or the RADKG_PUSH_PASSWORD environment variable, never the command line.",
      "Bad input (exit 3): no dump, a missing password, a bad number.",
      "Some graphs not pushed (exit 8): they are listed; the push stops early when the target refuses the credentials,",
      "does not answer or cannot be reached."
    })
@ExitCodeHelp({ExitCode.OK, ExitCode.BAD_INPUT, ExitCode.NOT_PUSHED})
final class PushCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(
      names = "--endpoint",
      required = true,
      paramLabel = "URL",
      description = "The Graph Store Protocol address of the target.")
  String endpoint;

  @Option(
      names = "--user",
      paramLabel = "U",
      description = "HTTP user name (how its password is sent: --auth).")
  String user;

  @Option(
      names = "--auth",
      paramLabel = "SCHEME",
      defaultValue = "auto",
      converter = AuthConverter.class,
      description =
          "auto: answer the scheme the target's challenge asks for (Digest when it offers Digest and Basic);"
              + " digest: answer a Digest challenge only; basic: send Basic up front, for targets that answer 401"
              + " without a challenge. Default: ${DEFAULT-VALUE}")
  PushAuth auth;

  @Option(
      names = "--password-file",
      paramLabel = "F",
      description = "File whose first line is the password (or set RADKG_PUSH_PASSWORD).")
  Path passwordFile;

  @Option(names = "--all", description = "Resend every graph, whatever the last push recorded.")
  boolean all;

  @Option(
      names = "--retries",
      defaultValue = "4",
      description = "Retries after a 5xx status or a broken connection. Default: ${DEFAULT-VALUE}")
  int retries;

  @Option(
      names = "--connect-timeout",
      paramLabel = "S",
      defaultValue = "10",
      description = "Seconds to wait for a connection to the target. Default: ${DEFAULT-VALUE}")
  int connectTimeout;

  @Option(
      names = "--timeout",
      paramLabel = "S",
      defaultValue = "60",
      description =
          "Seconds one request may take, from sending it to the end of its answer; a request with no answer"
              + " by then is not retried and stops the push (the target is taken as down). Default: ${DEFAULT-VALUE}")
  int timeout;

  @Override
  public Integer call() throws Exception {
    if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
      throw new BadInputException("--endpoint " + endpoint + ": not an http(s) URL");
    }
    try {
      if (URI.create(endpoint).getHost() == null) {
        throw new BadInputException("--endpoint " + endpoint + ": no host");
      }
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          "--endpoint " + endpoint + ": not a URL (" + e.getMessage() + ")");
    }
    if (retries < 0) {
      throw new BadInputException("--retries " + retries + ": must be 0 or more");
    }
    if (connectTimeout < 1 || timeout < 1) {
      throw new BadInputException("--connect-timeout and --timeout must be at least 1 second");
    }
    String password = password();
    GraphStoreTarget.Limits limits =
        new GraphStoreTarget.Limits(
            Duration.ofSeconds(connectTimeout),
            Duration.ofSeconds(timeout),
            retries,
            Duration.ofMillis(250));
    PushSummary summary;
    try (GraphStoreTarget target =
        new GraphStoreTarget(
            endpoint,
            user,
            password,
            auth,
            limits,
            line -> spec.commandLine().getErr().println("radkg: " + line))) {
      summary = new GraphPusher(store.store, line -> {}).push(target, all);
    } catch (NoSuchFileException e) {
      throw new BadInputException(e.getFile() + ": " + e.getReason());
    }
    summary.failures().forEach(f -> spec.commandLine().getErr().println("radkg: failed: " + f));
    spec.commandLine().getOut().println("radkg push to " + endpoint + ": " + summary);
    return summary.ok() ? ExitCode.OK.code() : ExitCode.NOT_PUSHED.code();
  }

  /** Reads {@code basic}, {@code digest} or {@code auto}, in any case. */
  static final class AuthConverter implements ITypeConverter<PushAuth> {
    @Override
    public PushAuth convert(String value) {
      for (PushAuth a : PushAuth.values()) {
        if (a.option().equalsIgnoreCase(value)) {
          return a;
        }
      }
      throw new TypeConversionException("'" + value + "' is not one of basic, digest, auto");
    }
  }

  private String password() throws Exception {
    if (user == null) {
      if (passwordFile != null) {
        throw new BadInputException("--password-file needs --user");
      }
      return null;
    }
    if (passwordFile != null) {
      return PasswordFile.read(passwordFile);
    }
    String env = System.getenv("RADKG_PUSH_PASSWORD");
    if (env == null || env.isEmpty()) {
      throw new BadInputException(
          "--user " + user + " needs a password: --password-file F or RADKG_PUSH_PASSWORD");
    }
    return env;
  }
}
