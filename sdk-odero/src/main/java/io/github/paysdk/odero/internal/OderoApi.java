package io.github.paysdk.odero.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.ErrorContexts;
import io.github.paysdk.core.http.HttpExecutor;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.odero.error.OderoError;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place that knows Odero's envelope: builds JSON requests (body serialized exactly once), sends
 * them, and unwraps {@code {"data": ...}}; an {@code {"errors": ...}} envelope becomes an exception through
 * {@link OderoErrorMapper}, whatever the status.
 */
public final class OderoApi {
  private static final String JSON = "application/json";
  private final HttpExecutor executor;
  private final JsonCodec json;
  private final OderoErrorMapper errors;
  /** {@code OderoEnvelope<T>} per data type {@code T}: one entry per model type the SDK reads. */
  private final Map<JavaType, JavaType> envelopes = new ConcurrentHashMap<>();
  /** {@code OderoList<T>} per item class. */
  private final Map<Class<?>, JavaType> lists = new ConcurrentHashMap<>();

  /**
   * @param executor sends signed requests
   * @param json the codec
   * @param errors maps error envelopes
   */
  public OderoApi(HttpExecutor executor, JsonCodec json, OderoErrorMapper errors) {
    this.executor = Objects.requireNonNull(executor, "executor");
    this.json = Objects.requireNonNull(json, "json");
    this.errors = Objects.requireNonNull(errors, "errors");
  }

  /**
   * @param path the unencoded path
   * @return a GET request builder (retry mode READ)
   */
  public ApiRequest.Builder get(String path) {
    return ApiRequest.builder(HttpMethod.GET, path).header("Accept", JSON);
  }

  /**
   * @param path the unencoded path
   * @return a DELETE request builder
   */
  public ApiRequest.Builder delete(String path) {
    return ApiRequest.builder(HttpMethod.DELETE, path).header("Accept", JSON);
  }

  /**
   * @param path the unencoded path
   * @param body the request model, serialized here once
   * @return a POST request builder (retry mode NON_IDEMPOTENT until the caller says otherwise)
   */
  public ApiRequest.Builder post(String path, Object body) {
    return ApiRequest.builder(HttpMethod.POST, path)
        .header("Accept", JSON)
        .body(json.toBytes(body), JSON);
  }

  /**
   * @param request the request
   * @param type the type of {@code data}
   * @param <T> that type
   * @return {@code data}, parsed
   */
  public <T> T data(ApiRequest request, Class<T> type) {
    return data(request, json.mapper().constructType(type));
  }

  /**
   * @param request the request
   * @param itemType the type of each of {@code data.items}
   * @param <T> that type
   * @return the list
   */
  public <T> OderoList<T> list(ApiRequest request, Class<T> itemType) {
    JavaType list = lists.get(itemType);
    if (list == null) {
      list = json.mapper().getTypeFactory().constructParametricType(OderoList.class, itemType);
      lists.putIfAbsent(itemType, list);
    }
    return data(request, list);
  }

  /**
   * Sends a request whose answer has no result (an empty body or an envelope without data).
   *
   * @param request the request
   */
  public void send(ApiRequest request) {
    ApiResponse response = executor.execute(request);
    if (response.body().length > 0) {
      OderoError error = errors.envelopeError(response.body());
      if (error != null) {
        throw errors.exceptionFor(response, error);
      }
    }
  }

  /** @return {@code OderoEnvelope<type>}, built once per type (building it allocates every time) */
  private JavaType envelopeOf(JavaType type) {
    JavaType envelope = envelopes.get(type);
    if (envelope == null) {
      envelope = json.mapper().getTypeFactory().constructParametricType(OderoEnvelope.class, type);
      envelopes.putIfAbsent(type, envelope);
    }
    return envelope;
  }

  private <T> T data(ApiRequest request, JavaType type) {
    ApiResponse response = executor.execute(request);
    OderoEnvelope<T> parsed = json.read(response, envelopeOf(type));
    if (parsed.errors() != null) {
      throw errors.exceptionFor(response, parsed.errors());
    }
    if (parsed.data() == null) {
      throw new MalformedResponseException("Response has no data (HTTP " + response.status() + ")",
          ErrorContexts.unreadable(response), null);
    }
    return parsed.data();
  }
}
