package org.radkg.network;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The strings and year sets of the network codecs: each distinct string (an IRI recurs in thousands
 * of affiliations and links) is written once, then referred to by its number, which keeps a
 * prepared network a fraction of its strings' size; null is written as {@value #NULL}.
 */
final class CodecStrings {
  private static final int NULL = -1;

  private CodecStrings() {}

  /** Numbers strings as they are first written. */
  static final class Writer {
    private final DataOutputStream out;
    private final Map<String, Integer> ids = new HashMap<>();

    Writer(DataOutputStream out) {
      this.out = out;
    }

    void write(String s) throws IOException {
      if (s == null) {
        out.writeInt(NULL);
        return;
      }
      Integer id = ids.get(s);
      if (id != null) {
        out.writeInt(id);
        return;
      }
      int next = ids.size();
      ids.put(s, next);
      out.writeInt(next);
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    }

    void writeAll(List<String> strings) throws IOException {
      out.writeInt(strings.size());
      for (String s : strings) {
        write(s);
      }
    }

    void years(SortedSet<Integer> years) throws IOException {
      out.writeInt(years.size());
      for (int y : years) {
        out.writeInt(y);
      }
    }
  }

  /** Reads what a {@link Writer} wrote, in the same order. */
  static final class Reader {
    private final DataInputStream in;
    private final List<String> table = new ArrayList<>();

    Reader(DataInputStream in) {
      this.in = in;
    }

    String read() throws IOException {
      int id = in.readInt();
      if (id == NULL) {
        return null;
      }
      if (id < table.size()) {
        return table.get(id);
      }
      if (id != table.size()) {
        throw new IOException("string " + id + " out of order (" + table.size() + " read)");
      }
      byte[] bytes = new byte[in.readInt()];
      in.readFully(bytes);
      String s = new String(bytes, StandardCharsets.UTF_8);
      table.add(s);
      return s;
    }

    List<String> readAll() throws IOException {
      List<String> out = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        out.add(read());
      }
      return out;
    }

    SortedSet<Integer> years() throws IOException {
      SortedSet<Integer> years = new TreeSet<>();
      for (int i = in.readInt(); i > 0; i--) {
        years.add(in.readInt());
      }
      return years;
    }
  }
}
