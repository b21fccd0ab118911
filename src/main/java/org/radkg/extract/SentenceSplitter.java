package org.radkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.radkg.corpus.LexiconFiles;

/**
 * Splits text into sentences with OpenNLP's English model, then rejoins the splits the model makes
 * after abbreviations such as "Prof.", "St." and "Jr."; every line is also a sentence boundary,
 * because the newsletter puts titles, bullets and paragraphs on lines of their own.
 */
public final class SentenceSplitter {
  // Patterns compiled once, not at every call (String.matches and replaceAll compile theirs each
  // time).
  private static final java.util.regex.Pattern NUMBERED_ITEM_END =
      java.util.regex.Pattern.compile("(?s).*(?:[:;]\\s*|^\\s*)\\d{1,2}\\.\\s*$");
  private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  // Abbreviations after which a period does not end a sentence (compared case-sensitively).
  private static final Set<String> ABBREVIATIONS =
      Set.copyOf(LexiconFiles.entries("sentence-abbreviations"));
  private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)\\.\\s*$");
  private static final SentenceModel SHARED_MODEL = loadModel();

  // SentenceDetectorME keeps per-call state, so each thread gets its own over the shared model.
  private final ThreadLocal<SentenceDetectorME> detector =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(SHARED_MODEL));

  private static SentenceModel loadModel() {
    try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenNLP sentence model " + MODEL + " is not on the classpath");
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sentences of {@code text[begin, end)}, as spans of {@code text}, trimmed, in order. */
  public List<Span> split(String text, int begin, int end) {
    List<Span> sentences = new ArrayList<>();
    List<int[]> lines = new ArrayList<>();
    int lineStart = begin;
    for (int i = begin; i <= end; i++) {
      if (i == end || text.charAt(i) == '\n') {
        lines.add(new int[] {lineStart, i});
        lineStart = i + 1;
      }
    }
    for (int l = 0; l < lines.size(); l++) {
      int[] line = lines.get(l);
      splitLine(text, line[0], line[1], sentences);
      // "Its founding members are:" followed by bullet lines: the list belongs to the sentence that
      // announces it.
      if (!sentences.isEmpty() && text.substring(line[0], line[1]).strip().endsWith(":")) {
        int last = l;
        while (last + 1 < lines.size() && isBullet(text, lines.get(last + 1))) {
          last++;
        }
        if (last > l) {
          Span intro = sentences.remove(sentences.size() - 1);
          Span whole = trim(text, intro.begin(), lines.get(last)[1]);
          sentences.add(whole == null ? intro : whole);
          l = last;
        }
      }
    }
    return sentences;
  }

  private static boolean isBullet(String text, int[] line) {
    String t = text.substring(line[0], line[1]).strip();
    return t.startsWith("- ")
        || t.startsWith("• ")
        || t.startsWith("* ")
        || t.startsWith("– ")
        || t.matches("\\d{1,2}[.)]\\s.*");
  }

  private void splitLine(String text, int begin, int end, List<Span> out) {
    Span trimmed = trim(text, begin, end);
    if (trimmed == null) {
      return;
    }
    String line = text.substring(trimmed.begin(), trimmed.end());
    opennlp.tools.util.Span[] parts = detector.get().sentPosDetect(line);
    Span pending = null;
    for (opennlp.tools.util.Span part : parts) {
      Span piece = trim(text, trimmed.begin() + part.getStart(), trimmed.begin() + part.getEnd());
      if (piece == null) {
        continue;
      }
      if (pending != null && endsWithAbbreviation(text, pending)) {
        pending = new Span(pending.begin(), piece.end());
      } else {
        if (pending != null) {
          out.add(pending);
        }
        pending = piece;
      }
    }
    if (pending != null) {
      out.add(pending);
    } else if (parts.length == 0) {
      out.add(trimmed);
    }
  }

  private static boolean endsWithAbbreviation(String text, Span sentence) {
    // "1. the Radiological Society ...; 2. the Kenya ...": a list number is not a sentence end.
    String tail = text.substring(Math.max(sentence.begin(), sentence.end() - 8), sentence.end());
    if (NUMBERED_ITEM_END.matcher(tail).matches()) {
      return true;
    }
    Matcher m =
        LAST_WORD.matcher(
            text.substring(Math.max(sentence.begin(), sentence.end() - 12), sentence.end()));
    if (!m.find()) {
      return false;
    }
    String word = m.group(1);
    int dot = word.lastIndexOf('.', word.length() - 1);
    String last = word;
    // "U.S." is matched whole; for "e.g." the inner period belongs to the abbreviation itself.
    if (!ABBREVIATIONS.contains(last) && dot >= 0 && !ABBREVIATIONS.contains(word)) {
      last = word.substring(dot + 1);
    }
    // A single capital letter ("J. Smith") is an initial, not the end of a sentence.
    return ABBREVIATIONS.contains(last)
        || (last.length() == 1 && Character.isUpperCase(last.charAt(0)));
  }

  private static Span trim(String text, int begin, int end) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return begin < end ? new Span(begin, end) : null;
  }
}
