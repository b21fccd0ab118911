package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence in which every recognized item is replaced by a token "⟦O3⟧" (class letter and slot
 * number), so that relation patterns are regular expressions over words and slots.
 */
public final class MaskedSentence {
  private final String source;
  private final Span span;
  private final List<Slot> slots;
  private final String masked;
  private final int[] maskedToSource;
  // Source ranges left out of the masked text: a name's parenthesized alias, "(ESR)".
  private final List<Span> folded;

  /**
   * Masks {@code slots} (non-overlapping, inside {@code span}, in text order) in {@code
   * source[span]}.
   */
  public MaskedSentence(String source, Span span, List<Slot> slots) {
    this.source = source;
    this.span = span;
    this.slots = List.copyOf(slots);
    StringBuilder b = new StringBuilder();
    List<Integer> map = new ArrayList<>();
    List<Span> folded = new ArrayList<>();
    int pos = span.begin();
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      int aliasEnd = i > 0 ? aliasEnd(source, slots.get(i - 1), s) : -1;
      if (aliasEnd >= 0 && pos <= s.span().begin()) {
        // "the European Society of Radiology (ESR), Jane Doe": the name's own acronym in
        // parentheses is read as part of the name, so every pattern sees the name and what
        // follows it side by side, as it would without the acronym.
        folded.add(new Span(pos, aliasEnd));
        pos = aliasEnd;
        continue;
      }
      for (; pos < s.span().begin(); pos++) {
        b.append(source.charAt(pos));
        map.add(pos);
      }
      String token = "⟦" + s.code() + i + "⟧";
      for (int k = 0; k < token.length(); k++) {
        map.add(s.span().begin());
      }
      b.append(token);
      pos = Math.max(pos, s.span().end());
    }
    for (; pos < span.end(); pos++) {
      b.append(source.charAt(pos));
      map.add(pos);
    }
    map.add(span.end());
    this.masked = b.toString();
    this.maskedToSource = map.stream().mapToInt(Integer::intValue).toArray();
    this.folded = List.copyOf(folded);
  }

  // Where the parenthesized alias "(ESR)" that follows {@code name} ends, when {@code alias} is one
  // (the same entity, alone in its parentheses right after the name); -1 otherwise.
  private static int aliasEnd(String source, Slot name, Slot alias) {
    if (name.entity() == null
        || alias.entity() == null
        || name.anaphoric()
        || alias.anaphoric()
        || !name.entity().key().equals(alias.entity().key())) {
      return -1;
    }
    int i = name.span().end();
    while (i < alias.span().begin() && source.charAt(i) == ' ') {
      i++;
    }
    if (i >= alias.span().begin() || source.charAt(i) != '(') {
      return -1;
    }
    for (i++; i < alias.span().begin(); i++) {
      if (source.charAt(i) != ' ') {
        return -1;
      }
    }
    int end = alias.span().end();
    while (end < source.length() && source.charAt(end) == ' ') {
      end++;
    }
    return end < source.length() && source.charAt(end) == ')' ? end + 1 : -1;
  }

  private MaskedSentence(
      String source,
      Span span,
      List<Slot> slots,
      String masked,
      int[] maskedToSource,
      List<Span> folded) {
    this.source = source;
    this.span = span;
    this.slots = slots;
    this.masked = masked;
    this.maskedToSource = maskedToSource;
    this.folded = folded;
  }

  /** A piece of masked text [begin, end) (no slot inside) to be read as {@code text}. */
  record Rewrite(int begin, int end, String text) {}

  /**
   * This sentence with the words of each of {@code rewrites} (in order, not overlapping) replaced:
   * the same slots, and a rewritten word still stands for the source words it replaced, so that
   * {@link #unmask} gives back what the text says.
   */
  MaskedSentence rewritten(List<Rewrite> rewrites) {
    if (rewrites.isEmpty()) {
      return this;
    }
    StringBuilder b = new StringBuilder();
    List<Integer> map = new ArrayList<>();
    int pos = 0;
    for (Rewrite r : rewrites) {
      for (; pos < r.begin(); pos++) {
        b.append(masked.charAt(pos));
        map.add(maskedToSource[pos]);
      }
      int from = maskedToSource[r.begin()];
      int length = maskedToSource[r.end()] - from;
      for (int k = 0; k < r.text().length(); k++) {
        b.append(r.text().charAt(k));
        map.add(from + k * length / r.text().length());
      }
      pos = r.end();
    }
    for (; pos < masked.length(); pos++) {
      b.append(masked.charAt(pos));
      map.add(maskedToSource[pos]);
    }
    map.add(maskedToSource[masked.length()]);
    return new MaskedSentence(
        source,
        span,
        slots,
        b.toString(),
        map.stream().mapToInt(Integer::intValue).toArray(),
        folded);
  }

  /**
   * This sentence with every match of {@code words} in its masked text left out (matches must hold
   * no slot), each word still standing in the source as {@link #rewritten} keeps it.
   */
  MaskedSentence without(Pattern words) {
    List<Rewrite> rewrites = new ArrayList<>();
    Matcher m = words.matcher(masked);
    while (m.find()) {
      rewrites.add(new Rewrite(m.start(), m.end(), ""));
    }
    return rewritten(rewrites);
  }

  /** The whole text this sentence is part of, which slot spans index. */
  String source() {
    return source;
  }

  public String masked() {
    return masked;
  }

  public List<Slot> slots() {
    return slots;
  }

  public Slot slot(int i) {
    return slots.get(i);
  }

  public Span span() {
    return span;
  }

  public String text() {
    return source.substring(span.begin(), span.end());
  }

  /** The source text behind masked range [from, to): slots come back as the words they replaced. */
  public String unmask(int from, int to) {
    int s = maskedToSource[from];
    int e = to >= maskedToSource.length ? span.end() : maskedToSource[to];
    // A range ending right after a name ends before the alias left out after it.
    for (Span f : folded) {
      if (e == f.end() && s < f.begin()) {
        e = f.begin();
      }
    }
    // A range ending on a slot token must include the whole slot.
    for (Slot slot : slots) {
      if (slot.span().begin() < e && e < slot.span().end()) {
        e = slot.span().end();
      }
    }
    return source.substring(s, Math.max(s, e));
  }

  /** The slot indexes named by tokens inside {@code maskedText}, in order. */
  public static List<Integer> slotIndexes(String maskedText) {
    List<Integer> out = new ArrayList<>();
    int i = maskedText.indexOf('⟦');
    while (i >= 0) {
      int close = maskedText.indexOf('⟧', i);
      out.add(Integer.parseInt(maskedText.substring(i + 2, close)));
      i = maskedText.indexOf('⟦', close);
    }
    return out;
  }
}
