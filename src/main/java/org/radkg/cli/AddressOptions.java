package org.radkg.cli;

import org.radkg.vocab.Rkg;
import picocli.CommandLine.Option;

/**
 * The {@code serve} options that say where the site is reached and where its IRIs are published:
 * the IRI base ({@link Rkg#IRI_BASE}, which w3id.org redirects to the site) never becomes the
 * address of pages, assets, forms or the endpoint, so the site's own Content-Security-Policy
 * ({@code 'self'}) admits everything its pages load.
 */
final class AddressOptions {
  @Option(
      names = "--site-url",
      paramLabel = "URL",
      description =
          "The site's public address when it is served behind a proxy or under a path (pages, assets,"
              + " forms, the endpoint, the sitemap, VoID's access and download URLs use it)."
              + " Default: the address each request was sent to")
  String siteUrl;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "The public base of the IRIs, which redirects to this site: "
              + Rkg.IRI_BASE
              + " (the IRIs' own base; see docs/deploy/) leaves pages, assets and the endpoint on the"
              + " site's address. Any other URL is taken as the site's public address, as --site-url"
              + " (its meaning before --site-url existed)")
  String baseUrl;

  /**
   * The site's public address, ending in "/", or null for the address each request was sent to.
   *
   * @throws BadInputException for a URL that is not http(s), for the IRI base given as the site, or
   *     for two different site addresses
   */
  String site() throws BadInputException {
    String base = normalized("--base-url", baseUrl);
    String site = normalized("--site-url", siteUrl);
    if (site != null && site.startsWith(Rkg.IRI_BASE)) {
      throw new BadInputException(
          "--site-url "
              + siteUrl
              + " is the IRIs' base, which only redirects: give the address the site is served at"
              + " (or leave --site-url out to use the address of each request)");
    }
    if (base == null || base.equals(Rkg.IRI_BASE)) {
      return site;
    }
    if (site != null && !site.equals(base)) {
      throw new BadInputException(
          "--base-url "
              + baseUrl
              + " is not the IRIs' base ("
              + Rkg.IRI_BASE
              + "), so it names the site's address, and --site-url names another: give one");
    }
    return base;
  }

  /**
   * What the startup line says about the addresses, e.g. " (IRIs https://w3id.org/radkg/… answered
   * here)"; empty when no option was given.
   */
  String describe(String site) {
    StringBuilder s = new StringBuilder();
    if (site != null) {
      s.append(" (public address ").append(site).append(')');
    }
    if (baseUrl != null && (site == null || !site.equals(normalizedQuietly(baseUrl)))) {
      s.append(" (IRIs ")
          .append(Rkg.IRI_BASE)
          .append("… are answered here once w3id.org redirects them: docs/deploy/)");
    }
    return s.toString();
  }

  private static String normalized(String option, String url) throws BadInputException {
    if (url == null) {
      return null;
    }
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new BadInputException(
          option + " must be an http:// or https:// URL, not \"" + url + "\"");
    }
    return normalizedQuietly(url);
  }

  private static String normalizedQuietly(String url) {
    return url.endsWith("/") ? url : url + "/";
  }
}
