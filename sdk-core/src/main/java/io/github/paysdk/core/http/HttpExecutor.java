package io.github.paysdk.core.http;

import io.github.paysdk.core.auth.RequestSigner;
import io.github.paysdk.core.error.ApiConnectionException;
import io.github.paysdk.core.error.ApiTimeoutException;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.logging.Redactor;
import io.github.paysdk.core.retry.RetryAfter;
import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.core.retry.RetryPolicy;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link ApiRequest}s to one base URL: builds the URL, signs each attempt, retries as the request's
 * {@link RetryMode} allows, reads the whole body, and turns errors into typed exceptions through the
 * provider's {@link ErrorMapper}. Thread-safe.
 *
 * <p>Logs at DEBUG the method, path, status, duration, attempt and request id; at TRACE the redacted
 * headers and bodies (see {@link Redactor}). Never a query string, secret, token or signature.
 */
public final class HttpExecutor {
  private static final byte[] NO_BYTES = new byte[0];
  /** The largest body read into one array (the JVM's practical array limit). */
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
  /** Parsed content types: the services send only a handful; bounded all the same. */
  private static final Map<String, MediaType> MEDIA_TYPES = new ConcurrentHashMap<>();
  private static final int MEDIA_TYPES_CACHED = 32;
  private final HttpTransport transport;
  private final HttpUrl baseUrl;
  private final RequestSigner signer;
  private final ErrorMapper errorMapper;
  private final List<String> requestIdHeaders;
  private final Logger log;

  private HttpExecutor(Builder builder) {
    this.transport = builder.transport;
    this.baseUrl = builder.baseUrl;
    this.signer = builder.signer;
    this.errorMapper = builder.errorMapper;
    this.requestIdHeaders = List.copyOf(builder.requestIdHeaders);
    this.log = LoggerFactory.getLogger("io.github.paysdk.http." + transport.provider());
  }

  /** @return the base URL requests go to */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * @param request the request
   * @return the full URL it is sent to: base URL, then the path's segments, then the query in order
   */
  public HttpUrl urlFor(ApiRequest request) {
    HttpUrl.Builder url = baseUrl.newBuilder();
    String path = request.path().substring(1);
    if (!path.isEmpty()) {
      url.addPathSegments(path);
    }
    for (QueryParam param : request.query()) {
      url.addQueryParameter(param.name(), param.value());
    }
    return url.build();
  }

  /**
   * Sends the request, retrying as its {@link RetryMode} allows.
   *
   * @param request the request
   * @return the successful response (the error mapper found no error)
   * @throws io.github.paysdk.core.error.ApiException if the provider answered with an error
   * @throws ApiConnectionException if no usable response arrived; see {@code isOutcomeUnknown()}
   */
  public ApiResponse execute(ApiRequest request) {
    ClientOptions options = transport.options();
    RetryPolicy policy = options.retryPolicy();
    long deadline = options.callTimeout().isZero()
        ? Long.MAX_VALUE
        : System.nanoTime() + options.callTimeout().toNanos();
    HttpUrl url = urlFor(request);
    boolean refreshedCredentials = false;
    boolean anySent = false;
    int attempt = 0;
    while (true) {
      attempt++;
      OutgoingRequest outgoing = new OutgoingRequest(request, url);
      SendTracker tracker = new SendTracker();
      long started = System.nanoTime();
      ApiResponse response;
      try {
        response = send(outgoing, tracker, deadline);
      } catch (IOException e) {
        boolean sent = tracker.requestStarted();
        anySent |= sent;
        if (log.isDebugEnabled()) {
          log.debug("{} {} failed after {} ms (attempt {}): {}", request.method(), request.path(),
              millisSince(started), attempt, e.getClass().getSimpleName());
        }
        boolean retryable = request.retryMode() != RetryMode.NON_IDEMPOTENT || !sent;
        Duration wait = retryable && attempt < policy.maxAttempts()
            ? policy.delayBefore(attempt, null) : null;
        if (wait != null && fits(wait, deadline)) {
          sleep(wait, request, anySent);
          continue;
        }
        throw connectionFailure(request, e, anySent);
      }
      if (log.isDebugEnabled()) {
        log.debug("{} {} -> {} in {} ms (attempt {}, request id {})", request.method(),
            request.path(), response.status(), millisSince(started), attempt, response.requestId());
      }
      if (response.status() == 401 && !refreshedCredentials
          && signer.refreshAfterUnauthorized(outgoing)) {
        refreshedCredentials = true;
        attempt--;
        continue;
      }
      if (isRetryableStatus(response.status())
          && request.retryMode() != RetryMode.NON_IDEMPOTENT
          && attempt < policy.maxAttempts()) {
        Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), options.clock());
        Duration wait = policy.delayBefore(attempt, retryAfter);
        if (wait != null && fits(wait, deadline)) {
          sleep(wait, request, true);
          continue;
        }
      }
      PaySdkException error = errorMapper.toException(response);
      if (error != null) {
        throw error;
      }
      return response;
    }
  }

  private ApiResponse send(OutgoingRequest outgoing, SendTracker tracker, long deadline)
      throws IOException {
    ApiRequest request = outgoing.request();
    outgoing.header("User-Agent", transport.userAgent());
    request.headers().forEach(outgoing::header);
    signer.sign(outgoing);
    RequestBody body = null;
    byte[] bytes = request.bodyUnsafe();
    if (bytes != null) {
      MediaType type = request.contentType() == null ? null : mediaType(request.contentType());
      body = RequestBody.create(bytes, type);
      // OkHttp would append "; charset=utf-8" otherwise; keep the exact content type the provider wants.
      if (request.contentType() != null) {
        outgoing.header("Content-Type", request.contentType());
      }
    } else if (request.method() != HttpMethod.GET && request.method() != HttpMethod.DELETE) {
      body = RequestBody.create(NO_BYTES, null);
    }
    Headers headers = outgoing.headers();
    if (log.isTraceEnabled()) {
      log.trace("--> {} {} headers={} body={}", request.method(), request.path(), redacted(headers),
          Redactor.body(bytes, request.contentType()));
    }
    Request okRequest = new Request.Builder()
        .url(outgoing.url())
        .headers(headers)
        .method(request.method().name(), body)
        .tag(SendTracker.class, tracker)
        .build();
    if (deadline != Long.MAX_VALUE && deadline - System.nanoTime() <= 0) {
      throw new SocketTimeoutException("call deadline exceeded before sending");
    }
    Call call = transport.client().newCall(okRequest);
    if (deadline == Long.MAX_VALUE) {
      return exchange(call, request, headers);
    }
    CallDeadlines.Watch watch = CallDeadlines.SHARED.watch(call, deadline);
    try {
      return exchange(call, request, headers);
    } catch (IOException e) {
      if (watch.fired()) {
        InterruptedIOException timeout = new InterruptedIOException("timeout");
        timeout.initCause(e);
        throw timeout;
      }
      throw e;
    } finally {
      watch.close();
    }
  }

  /** Executes the call and reads its whole answer. */
  private ApiResponse exchange(Call call, ApiRequest request, Headers headers) throws IOException {
    try (Response response = call.execute()) {
      byte[] responseBytes = readBody(response);
      if (response.code() >= 400) {
        responseBytes = SentCredentials.scrub(responseBytes, headers);
      }
      String requestId = requestId(response.headers());
      if (log.isTraceEnabled()) {
        log.trace("<-- {} {} headers={} body={}", response.code(), request.path(),
            redacted(response.headers()), Redactor.body(responseBytes, response.header("Content-Type")));
      }
      ApiResponse apiResponse =
          new ApiResponse(request, response.code(), response.headers(), responseBytes, requestId);
      if (responseBytes == null) {
        throw new MalformedResponseException(
            "Response body is larger than " + transport.options().maxResponseBytes() + " bytes",
            ErrorContexts.unreadable(new ApiResponse(
                request, response.code(), response.headers(), NO_BYTES, requestId)),
            null);
      }
      return apiResponse;
    }
  }

  /** @return the parsed content type (cached: parsing is a regex match), or null if unparseable */
  private static MediaType mediaType(String contentType) {
    MediaType type = MEDIA_TYPES.get(contentType);
    if (type == null) {
      type = MediaType.parse(contentType);
      if (type != null && MEDIA_TYPES.size() < MEDIA_TYPES_CACHED) {
        MEDIA_TYPES.put(contentType, type);
      }
    }
    return type;
  }

  /**
   * Reads the whole body. With a declared length the bytes go straight into an array of that size, a
   * segment at a time, so the body is never held twice; without one (chunked) it is buffered first.
   *
   * @return the body, or null if it exceeds the configured limit
   */
  private byte[] readBody(Response response) throws IOException {
    ResponseBody body = response.body();
    long limit = Math.min(transport.options().maxResponseBytes(), MAX_ARRAY);
    long declared = body.contentLength();
    if (declared > limit) {
      return null;
    }
    BufferedSource source = body.source();
    if (declared >= 0) {
      byte[] bytes = new byte[(int) declared];
      int read = 0;
      while (read < bytes.length) {
        int n = source.read(bytes, read, bytes.length - read);
        if (n == -1) {
          throw new EOFException("Response body ended after " + read + " of " + declared + " bytes");
        }
        read += n;
      }
      return bytes;
    }
    if (source.request(limit + 1)) {
      return null;
    }
    return source.readByteArray();
  }

  private String requestId(Headers headers) {
    for (String name : requestIdHeaders) {
      String value = headers.get(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String redacted(Headers headers) {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < headers.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(headers.name(i)).append('=').append(Redactor.header(headers.name(i), headers.value(i)));
    }
    return out.append('}').toString();
  }

  private static boolean isRetryableStatus(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  private static boolean fits(Duration wait, long deadline) {
    return deadline == Long.MAX_VALUE || System.nanoTime() + wait.toNanos() < deadline;
  }

  private void sleep(Duration wait, ApiRequest request, boolean anySent) {
    try {
      transport.options().sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiConnectionException(
          "Interrupted while waiting to retry " + request.method() + " " + request.path(), e,
          anySent && request.retryMode() != RetryMode.READ, request.lookupKey());
    }
  }

  private static ApiConnectionException connectionFailure(
      ApiRequest request, IOException e, boolean anySent) {
    boolean unknown = anySent && request.retryMode() != RetryMode.READ;
    String what = request.method() + " " + request.path();
    String suffix = unknown
        ? "; the request may have been processed"
            + (request.lookupKey() != null ? ", look it up by " + request.lookupKey() : "")
        : "";
    if (e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
      return new ApiTimeoutException("Timed out: " + what + suffix, e, unknown, request.lookupKey());
    }
    return new ApiConnectionException(
        "Connection failed: " + what + " (" + e.getClass().getSimpleName() + ")" + suffix, e, unknown,
        request.lookupKey());
  }

  private static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  /** Builds an {@link HttpExecutor}; start with {@link HttpTransport#executor(String)}. */
  public static final class Builder {
    private final HttpTransport transport;
    private final HttpUrl baseUrl;
    private RequestSigner signer = RequestSigner.NONE;
    private ErrorMapper errorMapper = ErrorMapper.byHttpStatus();
    private final List<String> requestIdHeaders = new ArrayList<>(List.of("X-Request-Id"));

    Builder(HttpTransport transport, HttpUrl baseUrl) {
      this.transport = transport;
      this.baseUrl = baseUrl;
    }

    /**
     * @param signer adds authentication and signature headers to each attempt
     * @return this builder
     */
    public Builder signer(RequestSigner signer) {
      this.signer = Objects.requireNonNull(signer, "signer");
      return this;
    }

    /**
     * @param mapper decides which responses are errors
     * @return this builder
     */
    public Builder errorMapper(ErrorMapper mapper) {
      this.errorMapper = Objects.requireNonNull(mapper, "errorMapper");
      return this;
    }

    /**
     * @param names response headers carrying the provider's request id, first match wins (default
     *     {@code X-Request-Id})
     * @return this builder
     */
    public Builder requestIdHeaders(String... names) {
      requestIdHeaders.clear();
      requestIdHeaders.addAll(List.of(names));
      return this;
    }

    /** @return the executor */
    public HttpExecutor build() {
      return new HttpExecutor(this);
    }
  }
}
