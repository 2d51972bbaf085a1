package io.github.paysdk.testing;

import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * A request a simulator received, for assertions in tests.
 *
 * @param method the HTTP method
 * @param url the full URL
 * @param headers the headers
 * @param body the body bytes (empty if none)
 * @param fault the fault served for it, or null
 */
public record RecordedCall(String method, HttpUrl url, Headers headers, byte[] body, Fault fault) {
  /** @return the encoded path, e.g. {@code /dg/v1/banks} */
  public String path() {
    return url.encodedPath();
  }

  /** @return the body as UTF-8 text */
  public String bodyUtf8() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * @param name a header name
   * @return its value, or null
   */
  public String header(String name) {
    return headers.get(name);
  }

  @Override
  public String toString() {
    return "RecordedCall{" + method + " " + path() + (fault != null ? ", " + fault : "") + "}";
  }
}
