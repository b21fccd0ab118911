package org.radkg.network;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link CollaborationNetwork} as bytes and back, equal to what was written: the server loads a
 * generation's network from what its build prepared instead of reading it from the store again.
 */
public final class NetworkMaterialCodec {
  private static final int VERSION = 1;

  private NetworkMaterialCodec() {}

  /** Writes {@code net} to {@code out} (buffered by the caller). */
  public static void write(CollaborationNetwork net, DataOutputStream out) throws IOException {
    CodecStrings.Writer s = new CodecStrings.Writer(out);
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
      s.years(t.years());
    }
    out.writeInt(net.affiliations().size());
    for (Affiliation a : net.affiliations()) {
      s.write(a.org());
      out.writeByte(a.kind().ordinal());
      s.write(a.predicate());
      s.write(a.target());
      s.write(a.article());
      s.write(a.society());
      s.years(a.evidenceYears());
    }
    out.writeInt(net.articleTopics().size());
    for (Map.Entry<String, Set<String>> e : net.articleTopics().entrySet()) {
      s.write(e.getKey());
      s.writeAll(List.copyOf(e.getValue()));
    }
  }

  /** Reads what {@link #write} wrote; an unknown version is an {@link IOException}. */
  public static CollaborationNetwork read(DataInputStream in) throws IOException {
    CodecStrings.Reader s = new CodecStrings.Reader(in);
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException("network material of version " + version + ", not " + VERSION);
    }
    Map<String, Organization> orgs = new HashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      Organization o =
          new Organization(
              s.read(),
              s.read(),
              s.read(),
              in.readBoolean(),
              in.readBoolean(),
              s.read(),
              in.readInt());
      orgs.put(o.iri(), o);
    }
    Map<String, Target> targets = new HashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      Target t = new Target(s.read(), s.read(), s.read(), s.years());
      targets.put(t.iri(), t);
    }
    List<Affiliation> affiliations = new ArrayList<>();
    LinkKind[] kinds = LinkKind.values();
    for (int i = in.readInt(); i > 0; i--) {
      affiliations.add(
          new Affiliation(
              s.read(), kinds[in.readByte()], s.read(), s.read(), s.read(), s.read(), s.years()));
    }
    Map<String, Set<String>> topics = new LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      String article = s.read();
      topics.put(article, new TreeSet<>(s.readAll()));
    }
    return new CollaborationNetwork(orgs, targets, affiliations, topics);
  }
}
