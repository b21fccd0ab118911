package org.radkg.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.radkg.corpus.Article;
import org.radkg.extract.ArticleFindings;
import org.radkg.extract.Entity;
import org.radkg.extract.EntityType;
import org.radkg.extract.Evidence;
import org.radkg.extract.LiteralValue;
import org.radkg.extract.Mention;
import org.radkg.extract.Predicate;
import org.radkg.extract.ReadingMethod;
import org.radkg.extract.Relation;
import org.radkg.extract.Term;

/**
 * Reads and writes an article's findings (and lists of entities) in a compact binary form that
 * gives back equal records; the article itself is not stored, the reader supplies it.
 */
final class FindingsCodec {
  private FindingsCodec() {}

  /**
   * Writes offsets relative to {@code base} (the article's title offset), so the entry fits the
   * article wherever it moves.
   */
  static void writeFindings(ArticleFindings f, int base, DataOutputStream out) throws IOException {
    out.writeInt(f.mentions().size());
    for (Mention m : f.mentions()) {
      writeEntity(m.entity(), out);
      out.writeInt(m.begin() - base);
      out.writeInt(m.end() - base);
    }
    out.writeInt(f.relations().size());
    for (Relation r : f.relations()) {
      writeEntity(r.subject(), out);
      out.writeUTF(r.predicate().name());
      writeTerm(r.object(), out);
      writeString(r.evidence().sentence(), out);
      out.writeInt(r.evidence().begin() - base);
      out.writeInt(r.evidence().end() - base);
      writeString(r.method().slug(), out);
      writeString(r.method().label(), out);
      writeString(r.method().comment(), out);
    }
    writeEntities(f.topics(), out);
    out.writeBoolean(f.society() != null);
    if (f.society() != null) {
      writeEntity(f.society(), out);
    }
    out.writeBoolean(f.published() != null);
    if (f.published() != null) {
      writeTerm(f.published(), out);
    }
  }

  /** Reads findings written with {@link #writeFindings}, their offsets moved to {@code base}. */
  static ArticleFindings readFindings(Article article, int base, DataInputStream in)
      throws IOException {
    int mentions = in.readInt();
    List<Mention> ms = new ArrayList<>(mentions);
    for (int i = 0; i < mentions; i++) {
      Entity e = readEntity(in);
      int begin = base + in.readInt();
      ms.add(new Mention(e, begin, base + in.readInt()));
    }
    int relations = in.readInt();
    List<Relation> rs = new ArrayList<>(relations);
    for (int i = 0; i < relations; i++) {
      Entity subject = readEntity(in);
      Predicate p = Predicate.valueOf(in.readUTF());
      Term object = readTerm(in);
      String sentence = readString(in);
      int begin = base + in.readInt();
      Evidence evidence = new Evidence(sentence, begin, base + in.readInt());
      rs.add(new Relation(subject, p, object, evidence, readMethod(in)));
    }
    List<Entity> topics = readEntities(in);
    Entity society = in.readBoolean() ? readEntity(in) : null;
    LiteralValue published = in.readBoolean() ? (LiteralValue) readTerm(in) : null;
    return new ArticleFindings(
        article, List.copyOf(ms), List.copyOf(rs), topics, society, published);
  }

  // The shared constant when the entry names it, so a cached reading compares equal to a fresh one.
  private static ReadingMethod readMethod(DataInputStream in) throws IOException {
    ReadingMethod m = new ReadingMethod(readString(in), readString(in), readString(in));
    return m.equals(ReadingMethod.SENTENCE_PATTERN) ? ReadingMethod.SENTENCE_PATTERN : m;
  }

  static void writeEntities(List<Entity> entities, DataOutputStream out) throws IOException {
    out.writeInt(entities.size());
    for (Entity e : entities) {
      writeEntity(e, out);
    }
  }

  static List<Entity> readEntities(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<Entity> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(readEntity(in));
    }
    return List.copyOf(list);
  }

  private static void writeTerm(Term t, DataOutputStream out) throws IOException {
    if (t instanceof Entity e) {
      out.writeByte('E');
      writeEntity(e, out);
    } else {
      LiteralValue l = (LiteralValue) t;
      out.writeByte('L');
      writeString(l.lexical(), out);
      writeString(l.datatype(), out);
      writeString(l.language(), out);
    }
  }

  private static Term readTerm(DataInputStream in) throws IOException {
    byte kind = in.readByte();
    if (kind == 'E') {
      return readEntity(in);
    }
    if (kind != 'L') {
      throw new IOException("unknown term kind " + kind);
    }
    return new LiteralValue(readString(in), readString(in), readString(in));
  }

  private static void writeEntity(Entity e, DataOutputStream out) throws IOException {
    writeString(e.slug(), out);
    writeString(e.label(), out);
    writeString(e.acronym(), out);
    writeStrings(e.altLabels(), out);
    out.writeInt(e.types().size());
    for (EntityType t : e.types()) {
      out.writeUTF(t.name());
    }
    writeStrings(e.sameAs(), out);
    writeString(e.containedIn(), out);
  }

  private static Entity readEntity(DataInputStream in) throws IOException {
    String slug = readString(in);
    String label = readString(in);
    String acronym = readString(in);
    SortedSet<String> alt = readStrings(in);
    int n = in.readInt();
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    for (int i = 0; i < n; i++) {
      types.add(EntityType.valueOf(in.readUTF()));
    }
    SortedSet<String> sameAs = readStrings(in);
    return new Entity(slug, label, acronym, alt, types, sameAs, readString(in));
  }

  private static void writeStrings(SortedSet<String> set, DataOutputStream out) throws IOException {
    out.writeInt(set.size());
    for (String s : set) {
      writeString(s, out);
    }
  }

  private static SortedSet<String> readStrings(DataInputStream in) throws IOException {
    int n = in.readInt();
    SortedSet<String> set = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      set.add(readString(in));
    }
    return set;
  }

  /** Length-prefixed UTF-8 ({@code writeUTF} stops at 64 KB); -1 stands for null. */
  private static void writeString(String s, DataOutputStream out) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    byte[] b = in.readNBytes(n);
    if (b.length != n) {
      throw new IOException("truncated cache entry");
    }
    return new String(b, StandardCharsets.UTF_8);
  }
}
