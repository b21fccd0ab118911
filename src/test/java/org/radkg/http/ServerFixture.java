package org.radkg.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.corpus.CorpusLoader;
import org.radkg.dump.DumpWriter;
import org.radkg.dump.PublicationSettings;
import org.radkg.extract.ReferenceData;
import org.radkg.graph.KnowledgeGraphBuilder;
import org.radkg.pages.PreparedPages;
import org.radkg.query.QueryCatalog;
import org.radkg.store.StoreBuilder;
import org.radkg.vocab.Rkg;

/**
 * A store built from a tiny newsletter (with markup in its text) and a server on a free port over
 * it.
 */
public final class ServerFixture {
  public static final String NEWSLETTER =
      """
      American College of Radiology (ACR)

      Health equity coalition grows <script>alert(1)</script>

      The ACR launched the Radiology Health Equity Coalition in 2021. Founding members include the American Board of Radiology and the Radiological Society of North America. Its webinar <script>alert(1)</script> & "friends" runs in Chicago, USA.


      ACR Launches National Clinical Imaging Research Registry

      The ACR launched the National Clinical Imaging Research Registry (NCIRR) in 2020. The registry is funded by the National Institutes of Health. RSNA collaborates with the ACR on the registry.
      """;
  public static final String SECOND =
      """
      Radiological Society of North America (RSNA)

      RSNA opens a Global Learning Center

      In 2019, RSNA launched the Global Learning Center (GLC) program. Hospital Metropolitano in Quito, Ecuador, will be the next GLC host location.
      """;

  /** For search and the landing page: an acronym (GLC), a host university, AI work with RSNA. */
  public static final String SEARCH =
      NEWSLETTER
          + """

      Radiological Society of North America (RSNA)

      RSNA Global Learning Centers expand

      The inaugural RSNA GLC launched in early 2020 at Stellenbosch University near Cape Town, South Africa. Hospital Metropolitano in Quito, Ecuador, will be the next GLC host location.


      RSNA and partners advance artificial intelligence

      RSNA collaborates with the American College of Radiology on artificial intelligence. The Medical Imaging and Data Resource Center (MIDRC) is led by RSNA, with the ACR and the American Association of Physicists in Medicine as partners in the artificial intelligence effort.
      """;

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ReferenceData REFERENCE = ReferenceData.fromClasspath();

  private ServerFixture() {}

  /**
   * Writes {@code text} as a newsletter in {@code dir} and builds the store and dumps of it in
   * {@code store}.
   */
  public static boolean buildStore(Path dir, String text, Path store) throws IOException {
    return buildStore(dir, text, store, Rkg.CC_BY_4);
  }

  /**
   * As above, with the newsletter's text published under {@code licence} (null: no licence known,
   * so its text is not republished). The fixture's own texts are the project's, under CC BY 4.0.
   */
  public static boolean buildStore(Path dir, String text, Path store, String licence)
      throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("newsletter.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Path notes = dir.resolve("documents.tsv");
    if (licence != null) {
      Files.writeString(
          notes,
          "file\tpublished\tpublisher\tlicence\nnewsletter.txt\t\t\t" + licence + "\n",
          StandardCharsets.UTF_8);
    } else {
      Files.deleteIfExists(notes);
    }
    DatasetGraph dsg;
    try {
      dsg =
          new KnowledgeGraphBuilder(REFERENCE, Rkg.DATA_BASE)
              .build(new CorpusLoader().load(List.of(file)));
    } catch (Exception e) {
      throw new IOException(e);
    }
    // Prepared as `radkg build` prepares it: the server loads the pages' material from it.
    boolean changed =
        new StoreBuilder().build(CanonicalQuads.of(dsg), store, new PreparedPages()).changed();
    new DumpWriter(PublicationSettings.defaults()).write(dsg, store);
    return changed;
  }

  /**
   * A server without admin route over the store of {@link #NEWSLETTER}, built in {@code tmp/out}.
   */
  public static RadkgServer readOnlyNewsletterServer(Path tmp, Duration timeout)
      throws IOException {
    return serve(tmp, NEWSLETTER, timeout);
  }

  /**
   * POSTs to {@code base}/admin/reload, with Basic credentials {@code userPass} ("user:pass") if
   * any.
   */
  public static HttpResponse<String> reload(HttpClient http, String base, String userPass)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + "admin/reload"))
            .POST(HttpRequest.BodyPublishers.noBody());
    if (userPass != null) {
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** GET {@code path} (below the server's root) with an optional Accept header. */
  public static HttpResponse<String> get(RadkgServer server, String path, String accept)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/" + path))
            .timeout(Duration.ofSeconds(30));
    if (accept != null) {
      b.header("Accept", accept);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Builds a store of {@code newsletter} under {@code tmp} and serves it (5 s timeout, 1000 rows,
   * no admin).
   */
  public static RadkgServer serve(Path tmp, String newsletter) throws IOException {
    return serve(tmp, newsletter, Duration.ofSeconds(5));
  }

  /** Builds a store of {@code newsletter} under {@code tmp} and serves it (1000 rows, no admin). */
  public static RadkgServer serve(Path tmp, String newsletter, Duration timeout)
      throws IOException {
    Path store = tmp.resolve("out");
    buildStore(tmp.resolve("corpus"), newsletter, store);
    return start(store, timeout, 1000, null, null);
  }

  public static RadkgServer start(
      Path store,
      Duration timeout,
      long maxResults,
      String password,
      ServerSettings.Reloader reloader)
      throws IOException {
    return RadkgServer.start(
        new ServerSettings(
            store,
            0,
            null,
            Rkg.DATA_BASE,
            timeout,
            maxResults,
            password,
            QueryCatalog.load(Path.of("queries")),
            reloader));
  }
}
