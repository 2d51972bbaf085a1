package io.github.paysdk.odeo.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.HttpExecutor;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.http.QueryParam;
import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.core.paging.Page;
import io.github.paysdk.core.retry.RetryMode;
import java.util.List;
import java.util.function.Function;

/**
 * How the Odeo services talk to the API: GETs with their query sorted into canonical order (so the query
 * is sent in the order it is signed), POST/PUT bodies written once in Odeo's compact JSON, and responses
 * parsed into models. Not public API: services receive it from {@code OdeoClient}.
 */
public final class OdeoApi {
  private static final String JSON = "application/json";
  private static final byte[] NO_BODY = new byte[0];
  private final HttpExecutor executor;
  private final JsonCodec codec;

  /**
   * @param executor the signing executor
   * @param codec parses responses
   */
  public OdeoApi(HttpExecutor executor, JsonCodec codec) {
    this.executor = executor;
    this.codec = codec;
  }

  /** @return a new, empty JSON object whose keys keep insertion order */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /**
   * A read: {@code GET path?query}, retried as {@link RetryMode#READ}.
   *
   * @param path the unencoded path
   * @param query the query parameters in any order; sent sorted by name
   * @return the response body as a tree
   */
  public Response get(String path, List<QueryParam> query) {
    ApiRequest.Builder request = ApiRequest.builder(HttpMethod.GET, path).retryMode(RetryMode.READ);
    for (QueryParam param : CanonicalQuery.sorted(query)) {
      request.query(param.name(), param.value());
    }
    return execute(request.build());
  }

  /**
   * A write: POST or PUT with {@code body} serialized once, never retried after it may have been sent.
   *
   * @param method POST or PUT
   * @param path the unencoded path
   * @param body the body, or null to send none (still {@code Content-Type: application/json})
   * @param lookupKey the reference id(s) the outcome can be looked up by, or null
   * @return the response body as a tree
   */
  public Response send(HttpMethod method, String path, ObjectNode body, String lookupKey) {
    return sendBytes(method, path, body == null ? NO_BODY : PythonJson.bytes(body), lookupKey);
  }

  /**
   * A write whose body is already in Odeo's compact JSON (see {@link PythonJson#object()}), sent and
   * signed exactly as given, never retried after it may have been sent.
   *
   * @param method POST or PUT
   * @param path the unencoded path
   * @param bytes the body
   * @param lookupKey the reference id(s) the outcome can be looked up by, or null
   * @return the response
   */
  public Response sendBytes(HttpMethod method, String path, byte[] bytes, String lookupKey) {
    return execute(ApiRequest.builder(method, path)
        .body(bytes, JSON)
        .retryMode(RetryMode.NON_IDEMPOTENT)
        .lookupKey(lookupKey)
        .build());
  }

  private Response execute(ApiRequest request) {
    return new Response(executor.execute(request));
  }

  /**
   * Builds a page from a token-paged list and chains the next pages lazily. The chain ends when the
   * next token is absent or blank, the page is empty, or the server returns the token it was given.
   *
   * @param token the page token this page was fetched with, or null for the first
   * @param fetch fetches the page for a token
   * @param listField the response field holding the items
   * @param itemType the item type
   * @param <T> the item type
   * @return the page
   */
  public <T> Page<T> page(String token, Function<String, Response> fetch, String listField,
      Class<T> itemType) {
    Response response = fetch.apply(token);
    List<T> items = response.list(listField, itemType);
    JsonNode next = response.tree().get("next_page_token");
    String nextToken = next == null || next.isNull() ? null : next.asText();
    if (nextToken == null || nextToken.isBlank() || items.isEmpty() || nextToken.equals(token)) {
      return Page.of(items, null);
    }
    return Page.of(items, () -> page(nextToken, fetch, listField, itemType));
  }

  /**
   * A response, parsed on demand: {@link #as} reads the body straight into the model, the tree is built
   * only for the calls that ask for it (lists and field access).
   */
  public final class Response {
    private final ApiResponse response;
    private JsonNode tree;

    Response(ApiResponse response) {
      this.response = response;
    }

    /**
     * @return the body as a tree
     * @throws MalformedResponseException if the body is empty or not JSON
     */
    public JsonNode tree() {
      if (tree == null) {
        tree = codec.readTree(response);
      }
      return tree;
    }

    /**
     * @param type the model type
     * @param required fields that must be present and not null; without them the answer is not the
     *     resource asked for (for a write, its outcome is then unknown)
     * @param <T> the model type
     * @return the whole body as {@code type}
     * @throws MalformedResponseException if the body is not that shape or lacks a required field
     */
    public <T> T as(Class<T> type, String... required) {
      return codec.read(response, type, required);
    }

    /**
     * @param field the field holding the object
     * @param type the model type
     * @param <T> the model type
     * @return the field as {@code type}
     */
    public <T> T field(String field, Class<T> type) {
      return codec.convert(response, tree().get(field), type);
    }

    /**
     * @param field the field holding the array
     * @param itemType the item type
     * @param <T> the item type
     * @return the field as a list
     */
    public <T> List<T> list(String field, Class<T> itemType) {
      JavaType type = codec.mapper().getTypeFactory().constructCollectionType(List.class, itemType);
      return codec.convert(response, tree().get(field), type);
    }
  }
}
