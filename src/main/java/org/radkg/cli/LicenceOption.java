package org.radkg.cli;

import org.radkg.corpus.SourceLicence;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --licence} option: the licence the documents' texts are published under. */
final class LicenceOption {
  @Option(
      names = {"--licence", "--license"},
      paramLabel = "IRI",
      converter = LicenceIri.class,
      description = {
        "Say that the documents' texts are published under this licence (its address, e.g.",
        "https://creativecommons.org/licenses/by/4.0/). Only CC0, CC BY and CC BY-SA texts are",
        "republished in the graph, dumps and pages; of others, only facts and quoted evidence."
      })
  String licence;

  /** Accepts an absolute http or https IRI. */
  static final class LicenceIri implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (!SourceLicence.isIri(value)) {
        throw new TypeConversionException(
            "'" + value + "' is not a licence's address (an http or https IRI)");
      }
      return value.strip();
    }
  }
}
