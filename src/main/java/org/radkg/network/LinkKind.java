package org.radkg.network;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Why two organizations are linked: a shared initiative or event, a shared collaboration, or a
 * stated collaboration.
 */
public enum LinkKind {
  INITIATIVE,
  MEMBERSHIP,
  STATED;

  /** The lower-case name used in files and on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kinds a {@code --projection} value selects: initiatives, membership, stated or all. */
  public static Set<LinkKind> parseProjection(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "initiatives", "initiative" -> EnumSet.of(INITIATIVE);
      case "membership" -> EnumSet.of(MEMBERSHIP);
      case "stated" -> EnumSet.of(STATED);
      case "all" -> EnumSet.allOf(LinkKind.class);
      default ->
          throw new IllegalArgumentException(
              "unknown projection '" + s + "' (initiatives, membership, stated or all)");
    };
  }
}
