package io.github.paysdk.oy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.ErrorContexts;
import io.github.paysdk.core.http.ErrorMapper;
import java.io.IOException;

/**
 * OY puts the authoritative result in the body, at any HTTP status. A body in one of OY's envelopes is
 * left to the service (which knows the endpoint's code table); anything else that is not 2xx (a WAF page,
 * an HTML 5xx, a gateway's {@code {message,url,status}}) is mapped by its HTTP status.
 */
public final class OyErrorMapper implements ErrorMapper {
  @Override
  public PaySdkException toException(ApiResponse response) {
    if (response.isSuccessful()) {
      return null;
    }
    JsonNode root = tryParse(response);
    if (root != null && root.isObject()) {
      JsonNode status = root.get("status");
      boolean envelope = (status != null && (status.isBoolean() || status.has("code")))
          || root.path("success").isBoolean();
      if (envelope) {
        return null;
      }
      JsonNode message = root.get("message");
      return ErrorContexts.exceptionFor(
          response, null, message != null && message.isTextual() ? message.asText() : null);
    }
    return ErrorContexts.exceptionFor(response, null, null);
  }

  private static JsonNode tryParse(ApiResponse response) {
    if (response.body().length == 0) {
      return null;
    }
    try {
      return OyJson.codec().mapper().readTree(response.body());
    } catch (IOException e) {
      return null;
    }
  }
}
