package org.radkg.cli;

import picocli.CommandLine.Option;

/** The {@code --publisher} option: who published documents that do not say so themselves. */
final class PublisherOption {
  @Option(
      names = "--publisher",
      paramLabel = "NAME",
      description = {
        "Credit every document read to this publisher (a name or acronym such as ACR), for pages",
        "without newsletter section headers. Without it, the publisher comes from the section header, the page's",
        "site name or a press release's dateline, and is left unknown otherwise."
      })
  String publisher;
}
