package io.github.paysdk.odeo.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.core.error.ErrorContext;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.ErrorContexts;
import io.github.paysdk.core.http.ErrorMapper;
import io.github.paysdk.odeo.error.OdeoErrorCodes;
import io.github.paysdk.odeo.error.OdeoGeneralException;
import io.github.paysdk.odeo.error.OdeoInputValidationException;
import io.github.paysdk.odeo.error.OdeoInsufficientBalanceException;
import io.github.paysdk.odeo.error.OdeoInvalidBankException;
import io.github.paysdk.odeo.error.OdeoResourceNotFoundException;
import java.io.IOException;

/**
 * Odeo's errors: an envelope {@code {"message":..,"status_code":..,"error_code":..}} that may arrive with
 * any HTTP status, 200 included. A body carrying {@code error_code} is always an error, mapped to the
 * documented exception; without one, a non-2xx status is mapped by status alone. A 2xx body that is not
 * JSON is left to the response parser, which reports it as malformed.
 */
public final class OdeoErrorMapper implements ErrorMapper {
  private final ObjectMapper mapper;
  private final JsonCodec codec;

  /** @param mapper parses error bodies */
  public OdeoErrorMapper(ObjectMapper mapper) {
    this.mapper = mapper;
    this.codec = new JsonCodec(mapper);
  }

  @Override
  public PaySdkException toException(ApiResponse response) {
    JsonNode body = parse(response);
    JsonNode code = body == null ? null : body.get("error_code");
    String message = body == null ? null : text(body.get("message"));
    if (code == null || code.isNull()) {
      return response.isSuccessful() ? null : ErrorContexts.exceptionFor(response, null, message);
    }
    String errorCode = code.isNumber() ? code.asText() : code.asText().trim();
    ErrorContext context = ErrorContexts.of(response, errorCode, message);
    return switch (errorCode) {
      case OdeoErrorCodes.GENERAL_ERROR -> new OdeoGeneralException(context);
      case OdeoErrorCodes.INPUT_VALIDATION_ERROR -> new OdeoInputValidationException(context);
      case OdeoErrorCodes.RESOURCE_NOT_FOUND -> new OdeoResourceNotFoundException(context);
      case OdeoErrorCodes.INVALID_BANK -> new OdeoInvalidBankException(context);
      case OdeoErrorCodes.INSUFFICIENT_BALANCE -> new OdeoInsufficientBalanceException(context);
      default -> response.isSuccessful()
          ? new ApiException(context)
          : ErrorContexts.exceptionFor(response, errorCode, message);
    };
  }

  private JsonNode parse(ApiResponse response) {
    if (response.body().length == 0) {
      return null;
    }
    // A success without error_code (nearly every answer) needs no tree: the service parses the body.
    if (response.isSuccessful() && !codec.hasField(response.body(), "error_code")) {
      return null;
    }
    try {
      JsonNode node = mapper.readTree(response.body());
      return node != null && node.isObject() ? node : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
