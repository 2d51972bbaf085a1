package io.github.paysdk.core.http;

import io.github.paysdk.core.logging.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import okhttp3.Headers;

/**
 * Removes the credentials a request carried from the error response it got: a provider that echoes the
 * rejected API key or token in its error message would otherwise put it into the exception message and
 * {@code rawBody}, and from there into the caller's logs.
 */
final class SentCredentials {
  /** Shorter values would match by accident (and are no credential worth the name). */
  private static final int MIN_LENGTH = 8;

  private SentCredentials() {}

  /**
   * @param sent the headers the request was sent with
   * @return the values of every header the redactor would hide, a Bearer token without its scheme, a
   *     Basic credential also decoded (pair and password); longest first
   */
  static List<String> of(Headers sent) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      String name = sent.name(i);
      String value = sent.value(i);
      if (!Redactor.MASK.equals(Redactor.header(name, value))) {
        continue;
      }
      values.add(value);
      int space = value.indexOf(' ');
      String scheme = space > 0 ? value.substring(0, space).toLowerCase(Locale.ROOT) : "";
      if (scheme.equals("bearer")) {
        values.add(value.substring(space + 1).trim());
      } else if (scheme.equals("basic")) {
        String encoded = value.substring(space + 1).trim();
        values.add(encoded);
        try {
          String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
          values.add(pair);
          int colon = pair.indexOf(':');
          if (colon >= 0) {
            values.add(pair.substring(colon + 1));
          }
        } catch (IllegalArgumentException notBase64) {
          // Nothing more to remove.
        }
      }
    }
    values.removeIf(value -> value.length() < MIN_LENGTH);
    values.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return values;
  }

  /**
   * @param body an error response body
   * @param sent the headers its request was sent with
   * @return the body with every sent credential replaced by {@link Redactor#MASK}; the same array if
   *     none occurs
   */
  static byte[] scrub(byte[] body, Headers sent) {
    if (body == null || body.length == 0) {
      return body;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    String scrubbed = text;
    for (String credential : of(sent)) {
      scrubbed = scrubbed.replace(credential, Redactor.MASK);
    }
    return scrubbed.equals(text) ? body : scrubbed.getBytes(StandardCharsets.UTF_8);
  }
}
