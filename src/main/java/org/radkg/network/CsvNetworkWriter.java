package org.radkg.network;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code nodes.csv} (Id, Label, ...) and {@code edges.csv} (Source, Target, Type, Weight,
 * ...), the headers Gephi's spreadsheet import recognizes; RFC 4180 quoting, UTF-8, CRLF line ends.
 */
public final class CsvNetworkWriter {
  private CsvNetworkWriter() {}

  public static void write(ProjectedNetwork net, Path folder) throws IOException {
    Files.createDirectories(folder);
    try (Writer w = Files.newBufferedWriter(folder.resolve("nodes.csv"), StandardCharsets.UTF_8)) {
      List<String> header = new ArrayList<>(List.of("Id", "Label"));
      Columns.NODE.stream().skip(1).forEach(c -> header.add(c.name()));
      row(w, header);
      for (NetworkNode n : net.nodes().values()) {
        List<String> cells = new ArrayList<>(List.of(n.id(), n.label()));
        Columns.NODE.stream().skip(1).forEach(c -> cells.add(Columns.text(c.value().apply(n))));
        row(w, cells);
      }
    }
    try (Writer w = Files.newBufferedWriter(folder.resolve("edges.csv"), StandardCharsets.UTF_8)) {
      List<String> header = new ArrayList<>(List.of("Source", "Target", "Type", "Id", "Weight"));
      Columns.EDGE.forEach(c -> header.add(c.name()));
      row(w, header);
      for (Link l : net.links()) {
        List<String> cells =
            new ArrayList<>(
                List.of(
                    l.source(), l.target(), "Undirected", l.id(), Integer.toString(l.weight())));
        Columns.EDGE.forEach(c -> cells.add(Columns.text(c.value().apply(l))));
        row(w, cells);
      }
    }
  }

  private static void row(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(quote(cells.get(i)));
    }
    w.write("\r\n");
  }

  static String quote(String cell) {
    if (cell == null) {
      return "";
    }
    return cell.matches("[^\",\r\n]*") ? cell : '"' + cell.replace("\"", "\"\"") + '"';
  }
}
