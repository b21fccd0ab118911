package org.radkg.network;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A {@link CollaborationNetwork} as bytes and back, equal to what was written: the server loads a
 * generation's network from its prepared copy instead of reading it from the store again. Each
 * distinct string (an IRI recurs in thousands of affiliations) is written once and then referred to
 * by number, which keeps the file a fraction of the strings' size.
 */
public final class NetworkMaterialCodec {
  private static final int VERSION = 1;
  private static final int NULL = -1;

  private NetworkMaterialCodec() {}

  /** Writes {@code net} to {@code out} (buffered by the caller). */
  public static void write(CollaborationNetwork net, DataOutputStream out) throws IOException {
    Strings s = new Strings(out);
    out.writeInt(VERSION);
    out.writeInt(net.organizations().size());
    for (Organization o : net.organizations().values()) {
      s.write(o.iri());
      s.write(o.label());
      s.write(o.acronym());
      out.writeBoolean(o.society());
      out.writeBoolean(o.collaboration());
      s.write(o.country());
      out.writeInt(o.articles());
    }
    out.writeInt(net.targets().size());
    for (Target t : net.targets().values()) {
      s.write(t.iri());
      s.write(t.label());
      s.write(t.type());
      years(out, t.years());
    }
    out.writeInt(net.affiliations().size());
    for (Affiliation a : net.affiliations()) {
      s.write(a.org());
      out.writeByte(a.kind().ordinal());
      s.write(a.predicate());
      s.write(a.target());
      s.write(a.article());
      s.write(a.society());
      years(out, a.evidenceYears());
    }
    out.writeInt(net.articleTopics().size());
    for (Map.Entry<String, Set<String>> e : net.articleTopics().entrySet()) {
      s.write(e.getKey());
      out.writeInt(e.getValue().size());
      for (String topic : e.getValue()) {
        s.write(topic);
      }
    }
  }

  /** Reads what {@link #write} wrote; an unknown version is an {@link IOException}. */
  public static CollaborationNetwork read(DataInputStream in) throws IOException {
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException("network material of version " + version + ", not " + VERSION);
    }
    List<String> table = new ArrayList<>();
    Map<String, Organization> orgs = new HashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      Organization o =
          new Organization(
              read(in, table),
              read(in, table),
              read(in, table),
              in.readBoolean(),
              in.readBoolean(),
              read(in, table),
              in.readInt());
      orgs.put(o.iri(), o);
    }
    Map<String, Target> targets = new HashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      Target t = new Target(read(in, table), read(in, table), read(in, table), years(in));
      targets.put(t.iri(), t);
    }
    List<Affiliation> affiliations = new ArrayList<>();
    LinkKind[] kinds = LinkKind.values();
    for (int i = in.readInt(); i > 0; i--) {
      affiliations.add(
          new Affiliation(
              read(in, table),
              kinds[in.readByte()],
              read(in, table),
              read(in, table),
              read(in, table),
              read(in, table),
              years(in)));
    }
    Map<String, Set<String>> topics = new LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      String article = read(in, table);
      Set<String> keys = new TreeSet<>();
      for (int j = in.readInt(); j > 0; j--) {
        keys.add(read(in, table));
      }
      topics.put(article, keys);
    }
    return new CollaborationNetwork(orgs, targets, affiliations, topics);
  }

  private static void years(DataOutputStream out, SortedSet<Integer> years) throws IOException {
    out.writeInt(years.size());
    for (int y : years) {
      out.writeInt(y);
    }
  }

  private static SortedSet<Integer> years(DataInputStream in) throws IOException {
    SortedSet<Integer> years = new TreeSet<>();
    for (int i = in.readInt(); i > 0; i--) {
      years.add(in.readInt());
    }
    return years;
  }

  /** A string by number: the next number brings its UTF-8 bytes, an earlier one refers back. */
  private static String read(DataInputStream in, List<String> table) throws IOException {
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

  /** The strings written so far, by number. */
  private static final class Strings {
    private final DataOutputStream out;
    private final Map<String, Integer> ids = new HashMap<>();

    Strings(DataOutputStream out) {
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
      out.writeInt(ids.size());
      ids.put(s, ids.size());
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    }
  }
}
