package io.github.paysdk.testing;

import java.time.Duration;
import java.util.Objects;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/**
 * A failure a simulator serves instead of (or after) its normal answer. {@link #afterProcessing()} faults
 * let the simulator act on the request first, like a provider that moved the money but whose answer was
 * lost; the others reject the request untouched.
 */
public final class Fault {
  private final String description;
  private final boolean afterProcessing;
  private final java.util.function.Function<MockResponse, MockResponse> response;

  private Fault(String description, boolean afterProcessing,
      java.util.function.Function<MockResponse, MockResponse> response) {
    this.description = description;
    this.afterProcessing = afterProcessing;
    this.response = response;
  }

  /** @return the connection is closed before any response; the request was not processed */
  public static Fault disconnect() {
    return new Fault("disconnect", false, ignored -> new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
  }

  /** @return the request is processed, then the connection is closed before the response */
  public static Fault disconnectAfterProcessing() {
    return new Fault("disconnect after processing", true, ignored -> new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
  }

  /** @return the request is processed, then the response is cut off in the middle of its body */
  public static Fault resetMidBody() {
    return new Fault("reset mid-body", true, normal -> new MockResponse.Builder(normal)
        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
  }

  /**
   * @param delay how long to wait before the headers of the normal response
   * @return the request is processed and answered normally, but late
   */
  public static Fault delay(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    return new Fault("delay " + delay, true, normal -> new MockResponse.Builder(normal)
        .headersDelay(delay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build());
  }

  /**
   * @param code the HTTP status, e.g. 502
   * @return the request is not processed; an HTML error page with that status is served
   */
  public static Fault status(int code) {
    return new Fault("HTTP " + code, false, ignored -> new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "text/html")
        .body("<html><body><h1>" + code + " Error</h1></body></html>")
        .build());
  }

  /**
   * @param code the HTTP status
   * @param contentType the content type
   * @param body the body
   * @return the request is not processed; this exact response is served
   */
  public static Fault response(int code, String contentType, String body) {
    return new Fault("HTTP " + code + " custom", false, ignored -> new MockResponse.Builder()
        .code(code).setHeader("Content-Type", contentType).body(body).build());
  }

  /**
   * @param retryAfter the {@code Retry-After} header value: seconds or an HTTP date
   * @return the request is not processed; 429 with that header is served
   */
  public static Fault rateLimited(String retryAfter) {
    return new Fault("HTTP 429", false, ignored -> new MockResponse.Builder()
        .code(429).setHeader("Retry-After", retryAfter)
        .setHeader("Content-Type", "application/json").body("{}").build());
  }

  /** @return the request is processed; its answer is replaced by a 200 with a truncated JSON body */
  public static Fault truncatedJson() {
    return new Fault("truncated JSON", true, ignored -> new MockResponse.Builder()
        .code(200).setHeader("Content-Type", "application/json").body("{\"data\":{\"id\":").build());
  }

  /**
   * A fault of the caller's own making, for fault matrices that need exact responses (a request id
   * header, a body derived from the normal answer, a huge body).
   *
   * @param description what the fault is, for {@link #toString()}
   * @param afterProcessing whether the simulator acts on the request first; {@code normal} is then the
   *     answer it would have served, otherwise null
   * @param response builds the response to serve from {@code normal}
   * @return the fault
   */
  public static Fault custom(String description, boolean afterProcessing,
      java.util.function.UnaryOperator<MockResponse> response) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(response, "response");
    return new Fault(description, afterProcessing, response);
  }

  /** @return whether the simulator processes the request before serving the fault */
  public boolean afterProcessing() {
    return afterProcessing;
  }

  /**
   * @param normal the response the simulator would have served (ignored by most faults)
   * @return the response to serve
   */
  MockResponse apply(MockResponse normal) {
    return response.apply(normal);
  }

  @Override
  public String toString() {
    return "Fault[" + description + "]";
  }
}
