package io.github.paysdk.core.http;

import java.util.Arrays;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * One attempt of a request as it will go on the wire: the final URL and the exact body bytes. Signers read
 * it and add their headers.
 */
public final class OutgoingRequest {
  private static final byte[] EMPTY = new byte[0];
  private final ApiRequest request;
  private final HttpUrl url;
  /** Names and values, alternating; names unique ignoring case. Validated by OkHttp in {@link #headers()}. */
  private String[] namesAndValues = new String[16];
  private int size;

  OutgoingRequest(ApiRequest request, HttpUrl url) {
    this.request = request;
    this.url = url;
  }

  /**
   * Creates an outgoing request outside the transport, for signer tests and simulators.
   *
   * @param request the request
   * @param url the full URL it goes to
   * @return the outgoing request with no headers yet
   */
  public static OutgoingRequest of(ApiRequest request, HttpUrl url) {
    return new OutgoingRequest(request, url);
  }

  /** @return the request being sent */
  public ApiRequest request() {
    return request;
  }

  /** @return the HTTP method as an upper-case string */
  public String method() {
    return request.method().name();
  }

  /** @return the full URL, exactly as sent */
  public HttpUrl url() {
    return url;
  }

  /** @return the body bytes exactly as sent; empty when there is no body. Do not modify. */
  public byte[] body() {
    byte[] body = request.bodyUnsafe();
    return body == null ? EMPTY : body;
  }

  /**
   * Sets a header, replacing any earlier value.
   *
   * @param name the header name
   * @param value the value
   * @return this
   */
  public OutgoingRequest header(String name, String value) {
    Objects.requireNonNull(name);
    Objects.requireNonNull(value);
    int at = indexOf(name);
    if (at >= 0) { // like Headers.Builder.set: the old value goes, the new one comes last
      System.arraycopy(namesAndValues, at + 2, namesAndValues, at, size - at - 2);
      size -= 2;
    }
    if (size == namesAndValues.length) {
      namesAndValues = Arrays.copyOf(namesAndValues, size * 2);
    }
    namesAndValues[size++] = name;
    namesAndValues[size++] = value;
    return this;
  }

  private int indexOf(String name) {
    for (int i = 0; i < size; i += 2) {
      if (namesAndValues[i].equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * @param name a header name
   * @return the header's value so far, or null
   */
  public String header(String name) {
    int at = indexOf(name);
    return at < 0 ? null : namesAndValues[at + 1];
  }

  /**
   * @return the headers set so far, in the order they were last set
   * @throws IllegalArgumentException if a name or value is not allowed in an HTTP header
   */
  public Headers headers() {
    return Headers.of(Arrays.copyOf(namesAndValues, size));
  }
}
