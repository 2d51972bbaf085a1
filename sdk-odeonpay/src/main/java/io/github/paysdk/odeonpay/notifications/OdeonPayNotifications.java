package io.github.paysdk.odeonpay.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.error.MalformedPayloadException;
import io.github.paysdk.core.json.JsonFailure;
import io.github.paysdk.core.error.SignatureVerificationException;
import io.github.paysdk.odeonpay.internal.ContentHmac;
import io.github.paysdk.odeonpay.internal.OdeonPayJson;
import io.github.paysdk.odeonpay.model.OperationType;
import io.github.paysdk.odeonpay.model.TransactionStatus;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies and parses OdeonPay notifications. Each carries {@code Content-HMAC}: Base64 of the lower-case
 * hex HMAC-SHA256 of the raw body, keyed with the <em>API secret</em> (not the signature key). Pass the body
 * bytes exactly as received, before any parsing. Thread-safe.
 *
 * <pre>{@code
 * Notification n = notifications.parse(rawBody, request.getHeader("Content-HMAC"));
 * if (n instanceof Notification.PaymentSuccess paid) { markPaid(paid.invoiceId()); }
 * respond(NotificationReply.HTTP_STATUS, NotificationReply.ok().body());
 * }</pre>
 */
public final class OdeonPayNotifications {
  /** The address OdeonPay sends notifications from; allow-list it in your firewall. */
  public static final String SENDER_IP = "34.77.206.110";
  /** The header carrying the notification's signature. */
  public static final String SIGNATURE_HEADER = ContentHmac.HEADER;

  private final Secret apiSecret;

  private OdeonPayNotifications(Secret apiSecret) {
    this.apiSecret = Objects.requireNonNull(apiSecret, "apiSecret");
    if (apiSecret.isBlank()) {
      throw new IllegalArgumentException("apiSecret must not be blank");
    }
  }

  /**
   * @param apiSecret the API secret from the Back Office
   * @return a verifier
   */
  public static OdeonPayNotifications create(Secret apiSecret) {
    return new OdeonPayNotifications(apiSecret);
  }

  /**
   * @param apiSecret the API secret from the Back Office
   * @return a verifier
   */
  public static OdeonPayNotifications create(String apiSecret) {
    return create(Secret.of(apiSecret));
  }

  /**
   * Checks the signature in constant time.
   *
   * @param body the raw body bytes as received
   * @param contentHmac the {@code Content-HMAC} header value, may be null
   * @throws SignatureVerificationException if the header is missing or does not match
   */
  public void verify(byte[] body, String contentHmac) {
    Objects.requireNonNull(body, "body");
    if (contentHmac == null || contentHmac.isBlank()) {
      throw new SignatureVerificationException("Notification has no Content-HMAC header");
    }
    if (!ContentHmac.matches(apiSecret.reveal(), body, contentHmac)) {
      throw new SignatureVerificationException(
          "Notification Content-HMAC does not match its body (wrong API secret, or body altered)");
    }
  }

  /**
   * Verifies, then parses a notification.
   *
   * @param body the raw body bytes as received (JSON, or form-encoded if so configured)
   * @param contentHmac the {@code Content-HMAC} header value
   * @return the typed notification
   * @throws SignatureVerificationException if the signature is missing or wrong
   * @throws MalformedPayloadException if the body is not a notification
   */
  public Notification parse(byte[] body, String contentHmac) {
    verify(body, contentHmac);
    return read(body);
  }

  /**
   * @param body the raw body as received, UTF-8
   * @param contentHmac the {@code Content-HMAC} header value
   * @return the typed notification
   * @see #parse(byte[], String)
   */
  public Notification parse(String body, String contentHmac) {
    return parse(Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8), contentHmac);
  }

  private static Notification read(byte[] body) {
    ObjectMapper mapper = OdeonPayJson.codec().mapper();
    JsonNode tree = tree(body, mapper);
    Integer operationCode = intOrNull(field(tree, "operationTypeCode"));
    Integer statusCode = intOrNull(field(tree, "statusCode"));
    OperationType operation = OperationType.of(operationCode, text(field(tree, "operationType")));
    TransactionStatus status = TransactionStatus.of(statusCode, text(field(tree, "status")));
    Class<? extends Notification> type = typeOf(operation, status);
    try {
      if (type == null) {
        Notification.Unrecognized partial = mapper.treeToValue(tree, Notification.Unrecognized.class);
        return new Notification.Unrecognized(partial.transactionId(), partial.amount(), partial.currency(),
            partial.dateTime(), partial.invoiceId(), partial.operationTypeCode(), partial.statusCode(),
            new String(body, StandardCharsets.UTF_8));
      }
      return mapper.treeToValue(tree, type);
    } catch (IOException | IllegalArgumentException e) {
      throw new MalformedPayloadException("Notification fields have unexpected types", JsonFailure.of(e));
    }
  }

  private static Class<? extends Notification> typeOf(OperationType operation, TransactionStatus status) {
    switch (operation) {
      case PAYMENT:
        return status == TransactionStatus.COMPLETED ? Notification.PaymentSuccess.class
            : status == TransactionStatus.DECLINED ? Notification.PaymentFailure.class
            : status == TransactionStatus.CREATED ? Notification.PaymentCheck.class : null;
      case REFUND:
        return status == TransactionStatus.REFUND_COMPLETED ? Notification.RefundSuccess.class
            : status == TransactionStatus.DECLINED ? Notification.RefundFailure.class : null;
      case CARD_PAYOUT:
        return status == TransactionStatus.PAYOUT_COMPLETED ? Notification.PayoutSuccess.class
            : status == TransactionStatus.DECLINED ? Notification.PayoutFailure.class : null;
      default:
        return null;
    }
  }

  private static JsonNode tree(byte[] body, ObjectMapper mapper) {
    int first = 0;
    while (first < body.length && Character.isWhitespace(body[first])) {
      first++;
    }
    if (first == body.length) {
      throw new MalformedPayloadException("Notification body is empty", null);
    }
    if (body[first] != '{') {
      return form(new String(body, StandardCharsets.UTF_8), mapper);
    }
    try {
      return mapper.readTree(body);
    } catch (IOException e) {
      throw new MalformedPayloadException("Notification body is not valid JSON", JsonFailure.of(e));
    }
  }

  private static JsonNode form(String body, ObjectMapper mapper) {
    ObjectNode node = mapper.createObjectNode();
    try {
      for (String pair : body.trim().split("&")) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw new MalformedPayloadException("Notification body is neither JSON nor a form", null);
        }
        node.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    } catch (IllegalArgumentException e) {
      throw new MalformedPayloadException("Notification form body is badly encoded", JsonFailure.of(e));
    }
    return node;
  }

  private static JsonNode field(JsonNode tree, String name) {
    for (Map.Entry<String, JsonNode> field : tree.properties()) {
      if (field.getKey().equalsIgnoreCase(name)) {
        return field.getValue();
      }
    }
    return null;
  }

  private static Integer intOrNull(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.canConvertToInt()) {
      return node.asInt();
    }
    try {
      return Integer.valueOf(node.asText().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  @Override
  public String toString() {
    return "OdeonPayNotifications[****]";
  }
}
