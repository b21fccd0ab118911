package org.radkg.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes a query string or an {@code application/x-www-form-urlencoded} body strictly: every
 * {@code %} starts two hex digits and the bytes they give are UTF-8, or {@link Malformed} names the
 * parameter that is not (where a container would throw deep inside a handler, or guess a
 * character).
 */
final class UrlEncodedForm {
  /**
   * A part of a request whose percent-encoding does not decode; the message names the part and says
   * why.
   */
  static final class Malformed extends IllegalArgumentException {
    Malformed(String message) {
      super(message);
    }
  }

  private UrlEncodedForm() {}

  /**
   * The parameters of {@code form} in their order, each name with its values; empty for null or "".
   */
  static Map<String, List<String>> parse(String form) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (form == null || form.isEmpty()) {
      return out;
    }
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      String name;
      try {
        name = decode(rawName, true);
      } catch (Malformed e) {
        throw new Malformed(
            "a parameter name ("
                + shorten(rawName)
                + ") has malformed percent-encoding: "
                + e.getMessage());
      }
      String value;
      try {
        value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
      } catch (Malformed e) {
        throw new Malformed(
            "parameter \""
                + shorten(name)
                + "\" has malformed percent-encoding: "
                + e.getMessage());
      }
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  /**
   * Decodes one percent-encoded component ({@code plusIsSpace} for forms and query strings, not
   * paths); characters outside ASCII stand for their UTF-8 bytes.
   */
  static String decode(String encoded, boolean plusIsSpace) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        int hi = i + 1 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
        int lo = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
        if (hi < 0 || lo < 0) {
          throw new Malformed(
              "\""
                  + shorten(encoded.substring(i, Math.min(encoded.length(), i + 3)))
                  + "\" is not a % followed by two hex digits (write a literal % as %25)");
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < encoded.length() ? i + 2 : i + 1;
        bytes.writeBytes(encoded.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end - 1;
      }
    }
    String text = utf8OrNull(bytes.toByteArray());
    if (text == null) {
      throw new Malformed(
          "the bytes of " + shorten(encoded) + " are not UTF-8 (encode é as %C3%A9, not %E9)");
    }
    return text;
  }

  /**
   * {@code bytes} as UTF-8 text, or null when they are not UTF-8 (never a replacement character).
   */
  static String utf8OrNull(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Echoed in a plain-text message: long enough to find the mistake, never the whole of a huge
   * request.
   */
  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }
}
