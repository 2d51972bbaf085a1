package io.github.paysdk.momo.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paysdk.core.error.ApiExceptions;
import io.github.paysdk.core.error.ErrorContext;
import io.github.paysdk.core.error.InsufficientFundsException;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.ErrorContexts;
import io.github.paysdk.core.http.ErrorMapper;
import io.github.paysdk.core.retry.RetryAfter;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;

/**
 * Maps MoMo's three error body shapes to typed exceptions: wallet errors {@code {"code","message"}},
 * gateway (APIM) errors {@code {"statusCode","message"}} and token errors {@code {"error"}}; anything
 * else (HTML 411/5xx pages, empty 400s) by HTTP status alone. A 409 {@code RESOURCE_ALREADY_EXIST} to a
 * resend of the same request is not an error (see {@link ReplayLedger}).
 */
public final class MomoErrorMapper implements ErrorMapper {
  /** The 409 code of a duplicated {@code X-Reference-Id}. */
  public static final String RESOURCE_ALREADY_EXIST = "RESOURCE_ALREADY_EXIST";

  /** 5xx codes MTN answers synchronously without creating anything: the outcome is known. */
  private static final Set<String> REJECTED_BEFORE_CREATION = Set.of(
      "INVALID_CALLBACK_URL_HOST", "INVALID_CURRENCY", "NOT_ALLOWED", "NOT_ALLOWED_TARGET_ENVIRONMENT",
      "PAYER_NOT_FOUND", "PAYEE_NOT_FOUND", "NOT_ENOUGH_FUNDS", "RESOURCE_ALREADY_EXIST");

  private final ObjectMapper mapper;
  private final ReplayLedger ledger;
  private final Clock clock;

  /**
   * @param mapper parses error bodies
   * @param ledger the reference ids this client sent
   * @param clock for Retry-After dates
   */
  public MomoErrorMapper(ObjectMapper mapper, ReplayLedger ledger, Clock clock) {
    this.mapper = mapper;
    this.ledger = ledger;
    this.clock = clock;
  }

  @Override
  public PaySdkException toException(ApiResponse response) {
    if (response.isSuccessful()) {
      return null;
    }
    String code = null;
    String message = null;
    JsonNode body = parse(response.body());
    if (body != null && body.isObject()) {
      if (body.hasNonNull("code")) {
        code = body.get("code").asText();
        message = text(body, "message");
      } else if (body.hasNonNull("error")) {
        code = body.get("error").asText();
        message = text(body, "error_description");
      } else {
        message = text(body, "message");
      }
    }
    if (response.status() == 409 && RESOURCE_ALREADY_EXIST.equals(code)
        && ledger.isResend(response.request())) {
      return null;
    }
    ErrorContext context = ErrorContexts.of(response, code, message);
    if (response.status() >= 500 && code != null && REJECTED_BEFORE_CREATION.contains(code)) {
      context = context.withOutcomeUnknown(false);
    }
    if ("NOT_ENOUGH_FUNDS".equals(code)) {
      return new InsufficientFundsException(context);
    }
    return ApiExceptions.forStatus(context, RetryAfter.parse(response.header("Retry-After"), clock));
  }

  private JsonNode parse(byte[] body) {
    int start = 0;
    while (start < body.length && Character.isWhitespace(body[start])) {
      start++;
    }
    if (start == body.length || body[start] != '{') {
      return null;
    }
    try {
      return mapper.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
