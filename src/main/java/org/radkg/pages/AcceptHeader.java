package org.radkg.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@code Accept} header read as RFC 9110 (section 12.5.1) says: a media type's quality is that
 * of the most specific range matching it ({@code text/html;q=0} refuses HTML even beside {@code
 * *}{@code /*}), and a quality of 0 means "not acceptable"; a missing or blank header accepts
 * everything.
 */
public final class AcceptHeader {
  /** One media range, its quality and its place in the header (earlier wins a tie). */
  private record Range(String type, String subtype, double q, int position) {
    /** 3 for type/subtype, 2 for type/*, 1 for *{@literal /}*, 0 when it does not match. */
    int specificity(String t, String s) {
      if (type.equals("*")) {
        return 1;
      }
      if (!type.equals(t)) {
        return 0;
      }
      return subtype.equals("*") ? 2 : subtype.equals(s) ? 3 : 0;
    }
  }

  /**
   * How well a header takes one media type: its quality, and the place of the range that says so.
   */
  record Match(double q, int specificity, int position) {
    static final Match NONE = new Match(0, 0, Integer.MAX_VALUE);

    boolean acceptable() {
      return q > 0;
    }

    /** Better: higher quality, then a more specific range, then a range earlier in the header. */
    boolean betterThan(Match o) {
      if (q != o.q) {
        return q > o.q;
      }
      if (specificity != o.specificity) {
        return specificity > o.specificity;
      }
      return position < o.position;
    }
  }

  private final List<Range> ranges; // null: no header, everything acceptable

  private AcceptHeader(List<Range> ranges) {
    this.ranges = ranges;
  }

  /** The header as sent ({@code null} or blank: no header, everything acceptable). */
  public static AcceptHeader of(String header) {
    if (header == null || header.isBlank()) {
      return new AcceptHeader(null);
    }
    List<Range> out = new ArrayList<>();
    for (String part : header.split(",")) {
      String[] pieces = part.split(";");
      if (pieces.length == 0) {
        continue; // only semicolons
      }
      String name = pieces[0].strip().toLowerCase(Locale.ROOT);
      int slash = name.indexOf('/');
      if (slash <= 0 || slash == name.length() - 1) {
        continue; // not a media range: ignored, as a client's typo should not refuse everything
      }
      double q = 1;
      for (int i = 1; i < pieces.length; i++) {
        String p = pieces[i].strip();
        if (p.length() > 2 && (p.startsWith("q=") || p.startsWith("Q="))) {
          q = quality(p.substring(2).strip());
        }
      }
      out.add(new Range(name.substring(0, slash), name.substring(slash + 1), q, out.size()));
    }
    // A header with no media range at all is garbage, not a refusal of everything: as if absent.
    return new AcceptHeader(out.isEmpty() ? null : out);
  }

  /** A qvalue; one that does not parse counts as 1 (the range stays). */
  private static double quality(String text) {
    try {
      double q = Double.parseDouble(text);
      return q < 0 || q > 1 || Double.isNaN(q) ? 1 : q;
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** How this header takes {@code mediaType} (e.g. {@code text/html}). */
  Match match(String mediaType) {
    if (ranges == null) {
      return new Match(1, 0, 0);
    }
    String m = mediaType.toLowerCase(Locale.ROOT);
    int slash = m.indexOf('/');
    String t = m.substring(0, slash);
    String s = m.substring(slash + 1);
    Range best = null;
    int bestSpecificity = 0;
    for (Range r : ranges) {
      int sp = r.specificity(t, s);
      if (sp > bestSpecificity) {
        best = r;
        bestSpecificity = sp;
      }
    }
    return best == null ? Match.NONE : new Match(best.q(), bestSpecificity, best.position());
  }

  /** True if {@code mediaType} has a quality above 0. */
  public boolean accepts(String mediaType) {
    return match(mediaType).acceptable();
  }

  /** The quality this header gives {@code mediaType}: 0 refuses it, 1 is the best. */
  public double qualityOf(String mediaType) {
    return match(mediaType).q();
  }

  /** Whether the client sent a header at all (without one, everything is acceptable). */
  public boolean present() {
    return ranges != null;
  }

  /** Whether any of {@code offered} (media types such as {@code text/csv}) is acceptable. */
  public boolean acceptsAny(java.util.Collection<String> offered) {
    return offered.stream().anyMatch(this::accepts);
  }
}
