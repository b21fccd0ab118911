package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The exit codes are written once, in {@link ExitCode}: the README's table and the help must say
 * the same.
 */
class ExitCodeTest {
  private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\| ([^|]+?) \\|");

  @Test
  void theReadmeTableListsEveryCodeWithItsMeaning() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    int header = lines.indexOf("| code | meaning | details |");
    assertTrue(header >= 0, "README.md has no exit-code table (| code | meaning | details |)");
    List<String> table = new ArrayList<>();
    for (String line : lines.subList(header + 2, lines.size())) {
      Matcher m = ROW.matcher(line);
      if (!m.find()) {
        break;
      }
      table.add(m.group(1) + " " + m.group(2).replace("`", ""));
    }
    assertEquals(
        Arrays.stream(ExitCode.values()).map(c -> c.code() + " " + c.meaning()).toList(), table);
  }

  @Test
  void codesAreDistinctAndTheHelpListsThemAll() {
    assertEquals(
        ExitCode.values().length,
        Arrays.stream(ExitCode.values()).mapToInt(ExitCode::code).distinct().count());
    String help = CliRun.of("--help").out().replaceAll("\\s+", " ");
    for (ExitCode c : ExitCode.values()) {
      assertTrue(help.contains(" " + c.code() + " " + c.meaning()), c + " in:\n" + help);
    }
  }

  @Test
  void aCommandListsTheCodesItDeclares() {
    String help = CliRun.of("push", "--help").out().replaceAll("\\s+", " ");
    for (ExitCode c : PushCommand.class.getAnnotation(ExitCodeHelp.class).value()) {
      assertTrue(help.contains(" " + c.code() + " " + c.meaning()), c + " in:\n" + help);
    }
    assertTrue(!help.contains(ExitCode.TOOL_MISSING.meaning()), help);
  }
}
