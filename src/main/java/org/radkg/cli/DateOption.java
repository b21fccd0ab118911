package org.radkg.cli;

import org.radkg.corpus.DocumentNote;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --date} option: when documents that do not say so themselves were published. */
final class DateOption {
  @Option(
      names = "--date",
      paramLabel = "DATE",
      converter = IsoDate.class,
      description = {
        "Say that the documents were published on this date (2024-05-17, 2024-05 or 2024), in place",
        "of the date a page's metadata, a PDF's properties or a date line gives."
      })
  String date;

  /** Accepts an ISO 8601 date, month or year that exists on the calendar. */
  static final class IsoDate implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        return DocumentNote.checkDate(value.strip());
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
