package io.github.paysdk.odeonpay.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.ErrorContexts;
import io.github.paysdk.core.http.ErrorMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * OdeonPay's errors by HTTP status: a non-2xx status is typed by status (401 = bad publicId/apiSecret or
 * Content-HMAC), with the body's {@code message} when it is JSON. A 2xx answer is never an error here: a
 * 2xx rejection ({@code success:false} without any payload) is told apart by {@link OdeonPayApi} in the
 * same parse that reads the envelope ({@link RejectionCheck}), so a normal answer is parsed once.
 */
public final class OdeonPayErrorMapper implements ErrorMapper {
  @Override
  public PaySdkException toException(ApiResponse response) {
    if (!response.isSuccessful()) {
      return ErrorContexts.exceptionFor(response, null, messageOf(response));
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
