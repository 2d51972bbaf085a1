package io.github.paysdk.core.http;

import io.github.paysdk.core.retry.RetryMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One API call as a service method describes it, before signing: method, path, query (in the order it is
 * sent), extra headers, the body bytes (serialized exactly once), and how the call may be retried.
 */
public final class ApiRequest {
  private final HttpMethod method;
  private final String path;
  private final List<QueryParam> query;
  private final Map<String, String> headers;
  private final byte[] body;
  private final String contentType;
  private final RetryMode retryMode;
  private final String lookupKey;

  private ApiRequest(Builder builder) {
    this.method = Objects.requireNonNull(builder.method, "method");
    this.path = Objects.requireNonNull(builder.path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/': " + path);
    }
    this.query = builder.query == null ? List.of() : List.copyOf(builder.query);
    this.headers = builder.headers();
    this.body = builder.body;
    this.contentType = builder.contentType;
    this.retryMode = Objects.requireNonNull(builder.retryMode, "retryMode");
    this.lookupKey = builder.lookupKey;
  }

  /**
   * @param method the HTTP method
   * @param path the path below the base URL, starting with {@code /}, unencoded (e.g. {@code /v1/items/a b})
   * @return a builder
   */
  public static Builder builder(HttpMethod method, String path) {
    return new Builder(method, path);
  }

  /** @return the HTTP method */
  public HttpMethod method() {
    return method;
  }

  /** @return the unencoded path below the base URL, starting with {@code /} */
  public String path() {
    return path;
  }

  /** @return the query parameters in the order they are sent */
  public List<QueryParam> query() {
    return query;
  }

  /** @return extra headers, in insertion order */
  public Map<String, String> headers() {
    return headers;
  }

  /** @return the exact body bytes to send (a defensive copy), or null for no body */
  public byte[] body() {
    return body == null ? null : body.clone();
  }

  /** @return the body bytes without copying; callers must not modify them */
  byte[] bodyUnsafe() {
    return body;
  }

  /** @return the content type of the body, or null */
  public String contentType() {
    return contentType;
  }

  /** @return how this call may be retried */
  public RetryMode retryMode() {
    return retryMode;
  }

  /** @return the key to look the result up by if the outcome is unknown, or null */
  public String lookupKey() {
    return lookupKey;
  }

  @Override
  public String toString() {
    return "ApiRequest{" + method + " " + path + ", retryMode=" + retryMode + "}";
  }

  /** Builds an {@link ApiRequest}. */
  public static final class Builder {
    private final HttpMethod method;
    private final String path;
    private List<QueryParam> query; // created on first use: most requests have neither
    /** Names and values, alternating, in insertion order; created on first use. */
    private String[] headers;
    private int headerCount;
    private byte[] body;
    private String contentType;
    private RetryMode retryMode;
    private String lookupKey;

    private Builder(HttpMethod method, String path) {
      this.method = method;
      this.path = path;
      this.retryMode = method == HttpMethod.GET ? RetryMode.READ : RetryMode.NON_IDEMPOTENT;
    }

    /**
     * Adds a query parameter; a null value is skipped.
     *
     * @param name the name
     * @param value the value, or null to skip
     * @return this builder
     */
    public Builder query(String name, Object value) {
      if (value != null) {
        if (query == null) {
          query = new ArrayList<>();
        }
        query.add(new QueryParam(name, String.valueOf(value)));
      }
      return this;
    }

    /**
     * @param name a header name
     * @param value its value; null removes it
     * @return this builder
     */
    public Builder header(String name, String value) {
      int at = indexOf(name);
      if (value == null) {
        if (at >= 0) {
          int pairs = headerCount - at / 2 - 1;
          System.arraycopy(headers, at + 2, headers, at, pairs * 2);
          headers[--headerCount * 2] = null;
          headers[headerCount * 2 + 1] = null;
        }
      } else if (at >= 0) {
        headers[at + 1] = value; // like a map: the value changes, the position stays
      } else {
        if (headers == null) {
          headers = new String[4];
        } else if (headerCount * 2 == headers.length) {
          headers = Arrays.copyOf(headers, headers.length * 2);
        }
        headers[headerCount * 2] = name;
        headers[headerCount * 2 + 1] = value;
        headerCount++;
      }
      return this;
    }

    private int indexOf(String name) {
      for (int i = 0; i < headerCount * 2; i += 2) {
        if (headers[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }

    /** @return the headers as an unmodifiable map in insertion order, as small as their count allows */
    private Map<String, String> headers() {
      if (headerCount == 0) {
        return Map.of();
      }
      if (headerCount == 1) {
        return Map.of(headers[0], headers[1]);
      }
      Map<String, String> map = new LinkedHashMap<>();
      for (int i = 0; i < headerCount * 2; i += 2) {
        map.put(headers[i], headers[i + 1]);
      }
      return Collections.unmodifiableMap(map);
    }

    /**
     * @param bytes the exact bytes to send (not copied: do not modify them afterwards)
     * @param contentType their content type, e.g. {@code application/json}
     * @return this builder
     */
    public Builder body(byte[] bytes, String contentType) {
      this.body = bytes;
      this.contentType = contentType;
      return this;
    }

    /**
     * @param mode how the call may be retried; GET defaults to {@link RetryMode#READ}, other methods to
     *     {@link RetryMode#NON_IDEMPOTENT}
     * @return this builder
     */
    public Builder retryMode(RetryMode mode) {
      this.retryMode = mode;
      return this;
    }

    /**
     * @param key the reference id or idempotency key to look the result up by
     * @return this builder
     */
    public Builder lookupKey(String key) {
      this.lookupKey = key;
      return this;
    }

    /** @return the request */
    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }
}
