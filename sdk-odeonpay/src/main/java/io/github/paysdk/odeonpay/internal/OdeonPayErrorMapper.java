package io.github.paysdk.odeonpay.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.ErrorContexts;
import io.github.paysdk.core.http.ErrorMapper;
import io.github.paysdk.odeonpay.error.RequestRejectedException;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * OdeonPay's errors: a non-2xx status is typed by status (401 = bad publicId/apiSecret or Content-HMAC),
 * with the body's {@code message} when it is JSON. A 2xx {@code success:false} without any payload is a
 * rejection ({@link RequestRejectedException}); {@code success:false} with a model or a 3-D Secure model
 * is an answer (a decline or a 3-D Secure step), which the services turn into results.
 */
public final class OdeonPayErrorMapper implements ErrorMapper {
  /** The envelope's payload keys ({@link Envelope}), lower case. */
  private static final Set<String> PAYLOADS = Set.of(
      "model", "transactions", "link", "balances", "threedsredirectmodel", "threedsmodel");

  @Override
  public PaySdkException toException(ApiResponse response) {
    if (!response.isSuccessful()) {
      return ErrorContexts.exceptionFor(response, null, messageOf(response));
    }
    if (!mayBeRejection(response.body())) {
      return null;
    }
    Envelope envelope;
    try {
      envelope = OdeonPayJson.codec().mapper().readValue(response.body(), Envelope.class);
    } catch (IOException | RuntimeException notAnEnvelope) {
      return null; // the service's reader reports the malformed body with the full context
    }
    if (envelope != null && Boolean.FALSE.equals(envelope.success()) && !envelope.hasPayload()) {
      return new RequestRejectedException(ErrorContexts.of(response, null, envelope.message()));
    }
    return null;
  }

  /**
   * Scans the top level without building anything: only a {@code success} that is not {@code true}, with
   * no payload key, can be a rejection, so every other answer (nearly all) skips the envelope parse here.
   */
  private static boolean mayBeRejection(byte[] body) {
    try (JsonParser parser = OdeonPayJson.codec().mapper().getFactory().createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      boolean failed = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName().toLowerCase(Locale.ROOT);
        JsonToken value = parser.nextToken();
        if (name.equals("success")) {
          // Anything but a literal true or null gets the full parse below, which decides as before.
          failed = value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_NULL;
        } else if (PAYLOADS.contains(name) && value != JsonToken.VALUE_NULL) {
          return false;
        }
        parser.skipChildren();
      }
      return failed;
    } catch (IOException | RuntimeException notJson) {
      return false;
    }
  }

  private static String messageOf(ApiResponse response) {
    try {
      JsonNode tree = OdeonPayJson.codec().mapper().readTree(response.body());
      if (tree == null || !tree.isObject()) {
        return null;
      }
      for (Map.Entry<String, JsonNode> field : tree.properties()) {
        if (field.getKey().toLowerCase(Locale.ROOT).equals("message") && field.getValue().isTextual()) {
          return field.getValue().asText();
        }
      }
      return null;
    } catch (IOException | RuntimeException notJson) {
      return null;
    }
  }
}
