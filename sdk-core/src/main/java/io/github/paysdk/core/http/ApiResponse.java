package io.github.paysdk.core.http;

import java.nio.charset.StandardCharsets;
import okhttp3.Headers;

/**
 * A complete HTTP response: status, headers and the whole body, read before the connection is released.
 */
public final class ApiResponse {
  private final ApiRequest request;
  private final int status;
  private final Headers headers;
  private final byte[] body;
  private final String requestId;

  /**
   * @param request the request this answers
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the body bytes, never null (empty for no body)
   * @param requestId the provider's request id, or null
   */
  public ApiResponse(
      ApiRequest request, int status, Headers headers, byte[] body, String requestId) {
    this.request = request;
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.requestId = requestId;
  }

  /** @return the request this answers */
  public ApiRequest request() {
    return request;
  }

  /** @return the HTTP status code */
  public int status() {
    return status;
  }

  /** @return true for 2xx */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  /** @return the response headers */
  public Headers headers() {
    return headers;
  }

  /**
   * @param name a header name, case-insensitive
   * @return its last value, or null
   */
  public String header(String name) {
    return headers.get(name);
  }

  /** @return the body bytes without copying; do not modify them */
  public byte[] body() {
    return body;
  }

  /** @return the body decoded as UTF-8 */
  public String bodyString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** @return the provider's request id, or null */
  public String requestId() {
    return requestId;
  }

  @Override
  public String toString() {
    return "ApiResponse{" + status + ", " + body.length + " bytes, requestId=" + requestId + "}";
  }
}
