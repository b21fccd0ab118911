package org.radkg.vocab;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Turns names into the ASCII slugs used in entity IRIs: the same name always gives the same slug,
 * and names in different scripts or without any letter never share one.
 *
 * <p>Latin-script names fold as they always have (accents dropped, case and punctuation ignored),
 * so existing IRIs stay put. A name with letters of another script is transliterated by ICU's
 * {@code Any-Latin; Latin-ASCII} and then folded the same way, and gets {@value #HASH_MARK} and
 * {@value #HASH_CHARS} hex digits of the SHA-256 of its {@linkplain #key case- and
 * punctuation-folded NFC text} appended: transliteration is lossy ("Эра" and "Ера" both read "era",
 * and "Зенит" reads as the Latin "Zenit"), and only a suffix that every such name carries keeps a
 * name's slug independent of which other names exist. A name that folds to nothing (only symbols)
 * gets "x" with the same suffix. No Latin name can give such a slug: folding never yields two
 * dashes in a row.
 */
public final class Slugs {
  /** Separates the readable part of a slug from its disambiguating hash (also used for sources). */
  public static final String HASH_MARK = "--";

  static final int HASH_CHARS = 8;
  private static final int MAX_LENGTH = 80;

  private Slugs() {}

  /** "EUropean Federation for CAncer IMages" becomes "european-federation-for-cancer-images". */
  public static String of(String name) {
    String readable = readable(name);
    if (readable.isEmpty()) {
      return "x" + HASH_MARK + hash(key(name));
    }
    return hasOtherScript(name) ? readable + HASH_MARK + hash(key(name)) : readable;
  }

  /**
   * The readable part of a slug, without any hash: "Зенит Society" gives "zenit-society"; may be
   * empty, and different names may share it (callers that need a unique slug use {@link #of}).
   */
  public static String readable(String name) {
    return fold(
        hasOtherScript(name)
            ? Icu.TO_ASCII.transliterate(Normalizer.normalize(name, Normalizer.Form.NFC))
            : name);
  }

  /** {@value #HASH_CHARS} lower-case hex digits of the SHA-256 of {@code text}'s UTF-8 bytes. */
  public static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, HASH_CHARS / 2);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /**
   * What the hash of a name covers: its NFC text in lower case, with runs of anything but letters,
   * marks and digits made one space, so "ЗЕНИТ, Society" and "Зенит Society" still share a slug, as
   * "ZENIT, Society" and "Zenit Society" do; a name with no letter or digit at all is kept whole.
   */
  static String key(String name) {
    String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
    String words =
        apostrophesAndAmpersands(nfc)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{M}\\p{N}]+", " ")
            .strip();
    return words.isEmpty() ? nfc : words;
  }

  // The folding of Latin text, unchanged since the first IRIs were minted.
  private static String fold(String name) {
    String folded =
        apostrophesAndAmpersands(
                Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", ""))
            .toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder(folded.length());
    boolean dash = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    String s = slug.toString();
    if (s.length() > MAX_LENGTH) {
      s = s.substring(0, MAX_LENGTH);
      int cut = s.lastIndexOf('-');
      if (cut > MAX_LENGTH / 2) {
        s = s.substring(0, cut);
      }
    }
    return s;
  }

  private static String apostrophesAndAmpersands(String s) {
    return s.replace('’', '\'').replace("'", "").replace("&", " and ");
  }

  /**
   * Whether {@code name} holds a letter or digit of a script other than Latin: only those names go
   * through ICU (pure ASCII, by far the most common case, is answered without looking further).
   */
  static boolean hasOtherScript(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return name.codePoints().anyMatch(Slugs::isOtherScript);
      }
    }
    return false;
  }

  private static boolean isOtherScript(int cp) {
    if (cp < 0x80 || !Character.isLetterOrDigit(cp)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script != Character.UnicodeScript.LATIN
        && script != Character.UnicodeScript.COMMON
        && script != Character.UnicodeScript.INHERITED;
  }

  // Loaded on first use only: building the transliterator takes a moment, and most corpora never
  // need it.
  private static final class Icu {
    // ICU documents transliterators as stateless, to be shared by threads without synchronizing.
    static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
  }
}
