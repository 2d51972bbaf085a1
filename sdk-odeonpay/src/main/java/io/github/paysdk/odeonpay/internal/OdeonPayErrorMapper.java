package io.github.paysdk.odeonpay.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.ErrorContexts;
import io.github.paysdk.core.http.ErrorMapper;
import io.github.paysdk.odeonpay.error.RequestRejectedException;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * OdeonPay's errors: a non-2xx status is typed by status (401 = bad publicId/apiSecret or Content-HMAC),
 * with the body's {@code message} when it is JSON. A 2xx {@code success:false} without any payload is a
 * rejection ({@link RequestRejectedException}); {@code success:false} with a model or a 3-D Secure model
 * is an answer (a decline or a 3-D Secure step), which the services turn into results.
 */
public final class OdeonPayErrorMapper implements ErrorMapper {
  @Override
  public PaySdkException toException(ApiResponse response) {
    if (!response.isSuccessful()) {
      return ErrorContexts.exceptionFor(response, null, messageOf(response));
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
