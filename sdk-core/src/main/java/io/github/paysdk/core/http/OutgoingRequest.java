package io.github.paysdk.core.http;

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
  private final Headers.Builder headers;

  OutgoingRequest(ApiRequest request, HttpUrl url, Headers.Builder headers) {
    this.request = request;
    this.url = url;
    this.headers = headers;
  }

  /**
   * Creates an outgoing request outside the transport, for signer tests and simulators.
   *
   * @param request the request
   * @param url the full URL it goes to
   * @return the outgoing request with no headers yet
   */
  public static OutgoingRequest of(ApiRequest request, HttpUrl url) {
    return new OutgoingRequest(request, url, new Headers.Builder());
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
    headers.set(Objects.requireNonNull(name), Objects.requireNonNull(value));
    return this;
  }

  /**
   * @param name a header name
   * @return the header's value so far, or null
   */
  public String header(String name) {
    return headers.get(name);
  }

  /** @return the headers set so far */
  public Headers headers() {
    return headers.build();
  }
}
