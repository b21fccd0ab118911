package org.radkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A secret read from the first line of a file (so it never stands on a command line or in a process
 * list).
 */
final class PasswordFile {
  private PasswordFile() {}

  /** The file's first line, stripped; a missing or empty file is bad input naming the file. */
  static String read(Path file) throws BadInputException, IOException {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": no such password file");
    }
    String first =
        Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
    if (first.isEmpty()) {
      throw new BadInputException(file + ": the password file is empty");
    }
    return first;
  }
}
