package io.github.paysdk.oy.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.ErrorContexts;
import io.github.paysdk.core.http.HttpExecutor;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.oy.model.OyCodeTable;
import io.github.paysdk.oy.model.OyOutcome;
import io.github.paysdk.oy.model.OyStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Sends OY requests and unwraps OY's three response envelopes: the {@code status} object (A), the
 * boolean {@code status} of payment checkout (B), and the Account Receivable wrapper (C).
 */
public final class OyHttp {
  private static final String JSON = "application/json";
  private final HttpExecutor executor;
  private final JsonCodec codec = OyJson.codec();
  private final OneParseStatusObject oneParse = new OneParseStatusObject(codec.mapper());

  /** @param executor the executor with OY's headers and error mapper */
  public OyHttp(HttpExecutor executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /** @return the OY JSON codec */
  public JsonCodec codec() {
    return codec;
  }

  /**
   * @param method the method
   * @param path the unencoded path
   * @return a request builder that accepts JSON, with no body
   */
  public ApiRequest.Builder request(HttpMethod method, String path) {
    return ApiRequest.builder(method, path).header("Accept", JSON);
  }

  /**
   * @param method the method
   * @param path the unencoded path
   * @param body the body model, serialized once here
   * @return a request builder with the JSON body
   */
  public ApiRequest.Builder request(HttpMethod method, String path, Object body) {
    return request(method, path).body(codec.toBytes(body), JSON);
  }

  /**
   * @param request the request
   * @return the response; only transport-level errors have been thrown
   */
  public ApiResponse execute(ApiRequest request) {
    return executor.execute(request);
  }

  /**
   * Envelope A: reads {@code status.code}; a result code returns the body as {@code type}, any other
   * code throws the exception {@link OyErrors} picks.
   *
   * @param request the request
   * @param table the endpoint's code table
   * @param type the model
   * @param <T> the model
   * @return the parsed body
   */
  public <T> T statusObject(ApiRequest request, OyCodeTable table, Class<T> type) {
    return statusObject(request, table, codec.mapper().constructType(type));
  }

  /**
   * @param request the request
   * @param table the endpoint's code table
   * @param type the model
   * @param <T> the model
   * @return the parsed body
   */
  public <T> T statusObject(ApiRequest request, OyCodeTable table, JavaType type) {
    return readStatusObject(executor.execute(request), table, type);
  }

  /**
   * Envelope A for a model that holds the {@code status} object itself: a plain answer with a result
   * code is parsed once, straight into the model; any other answer is read as
   * {@link #statusObject(ApiRequest, OyCodeTable, Class)} reads it, with the same exceptions.
   *
   * @param request the request
   * @param table the endpoint's code table
   * @param type the model
   * @param statusOf the model's top-level {@code status}
   * @param <T> the model
   * @return the parsed body
   */
  public <T> T statusObject(ApiRequest request, OyCodeTable table, Class<T> type,
      Function<? super T, OyStatus> statusOf) {
    return readStatusObject(
        executor.execute(request), table, codec.mapper().constructType(type), statusOf);
  }

  /** The body of envelope A read once when it is a plain result, else the two-pass way. */
  <T> T readStatusObject(ApiResponse response, OyCodeTable table, JavaType type,
      Function<? super T, OyStatus> statusOf) {
    T result = oneParse.resultOrNull(response.body(), type, statusOf, table);
    return result != null ? result : readStatusObject(response, table, type);
  }

  /** The body of envelope A read the two-pass way: the status object, then the model. */
  <T> T readStatusObject(ApiResponse response, OyCodeTable table, JavaType type) {
    // Two passes over the bytes, no tree of the whole body: the first keeps only the small status
    // object (a VA history can hold 100,000 rows), the second reads the model.
    JsonNode status = codec.read(response, StatusOnly.class).status();
    checkStatus(response, status == null ? MissingNode.getInstance() : status, table);
    return codec.read(response, type);
  }

  /**
   * Only the {@code status} member of an envelope A answer; every other member is skipped unparsed.
   *
   * @param status the status object, or null if absent
   */
  record StatusOnly(JsonNode status) {}

  /**
   * @param response the response
   * @param root its body
   * @param table the endpoint's code table
   * @throws io.github.paysdk.core.error.ApiException unless the code is a result
   */
  public static void checkStatusObject(ApiResponse response, JsonNode root, OyCodeTable table) {
    checkStatus(response, root.path("status"), table);
  }

  private static void checkStatus(ApiResponse response, JsonNode status, OyCodeTable table) {
    JsonNode code = status.path("code");
    if (!code.isValueNode() || code.isNull()) {
      if (!response.isSuccessful()) {
        throw ErrorContexts.exceptionFor(response, null, null);
      }
      throw new MalformedResponseException("Response has no status.code (HTTP "
          + response.status() + ")", ErrorContexts.unreadable(response), null);
    }
    String value = code.asText();
    String message = status.path("message").isValueNode() ? status.path("message").asText() : null;
    OyOutcome outcome = table.outcomeOf(value);
    if (!outcome.isResult()) {
      throw OyErrors.forCode(response, table, value, message);
    }
  }

  /**
   * Envelope B (payment checkout): {@code "status": true} returns the root; {@code false} throws.
   *
   * @param request the request
   * @return the body and its response
   */
  public Wrapped booleanStatus(ApiRequest request) {
    ApiResponse response = executor.execute(request);
    JsonNode root = codec.readTree(response);
    JsonNode status = root.path("status");
    if (status.isBoolean() && status.booleanValue() && response.isSuccessful()) {
      return new Wrapped(response, root);
    }
    if (!status.isBoolean() && response.isSuccessful()) {
      throw new MalformedResponseException("Response has no boolean status (HTTP "
          + response.status() + ")", ErrorContexts.unreadable(response), null);
    }
    JsonNode message = root.path("message");
    throw OyErrors.forCheckoutMessage(response, message.isValueNode() ? message.asText() : null);
  }

  /**
   * Envelope C (Account Receivable): {@code status} or {@code success} true returns {@code data}
   * (possibly a null node); false throws by {@code error.code} / {@code status_code}.
   *
   * @param request the request
   * @return the {@code data} node and its response
   */
  public Wrapped arData(ApiRequest request) {
    ApiResponse response = executor.execute(request);
    JsonNode root = codec.readTree(response);
    JsonNode flag = root.path("status").isBoolean() ? root.path("status") : root.path("success");
    if (flag.isBoolean() && flag.booleanValue() && response.isSuccessful()) {
      return new Wrapped(response, root.path("data"));
    }
    if (!flag.isBoolean() && response.isSuccessful()) {
      throw new MalformedResponseException("Response has no status/success flag (HTTP "
          + response.status() + ")", ErrorContexts.unreadable(response), null);
    }
    JsonNode error = root.path("error");
    String code = text(error.path("code"));
    String message = text(error.path("message"));
    if (message == null) {
      message = text(root.path("reason"));
    }
    if (code == null && response.isSuccessful()) {
      code = text(root.path("status_code"));
    }
    if (code == null) {
      throw ErrorContexts.exceptionFor(response, null, message);
    }
    throw OyErrors.forCode(response, OyCodeTable.ACCOUNT_RECEIVABLE, code, message);
  }

  /**
   * @param namesAndValues name, value, name, value ...; null values are left out
   * @return a JSON object body that keeps this order
   */
  public static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        body.put((String) namesAndValues[i], namesAndValues[i + 1]);
      }
    }
    return body;
  }

  private static String text(JsonNode node) {
    return node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  /**
   * A parsed body part and the response it came from.
   *
   * @param response the response
   * @param data the node
   */
  public record Wrapped(ApiResponse response, JsonNode data) {}
}
