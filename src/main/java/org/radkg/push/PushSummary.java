package org.radkg.push;

import java.util.List;

/**
 * What a push did: graphs sent (new or changed), left alone (unchanged since the last push),
 * deleted (gone from the local graph), and the failures, each naming its graph and reason.
 */
public record PushSummary(int sent, int unchanged, int deleted, List<String> failures) {
  public PushSummary {
    failures = List.copyOf(failures);
  }

  public boolean ok() {
    return failures.isEmpty();
  }

  @Override
  public String toString() {
    return "sent "
        + sent
        + ", unchanged "
        + unchanged
        + ", deleted "
        + deleted
        + ", failed "
        + failures.size();
  }
}
