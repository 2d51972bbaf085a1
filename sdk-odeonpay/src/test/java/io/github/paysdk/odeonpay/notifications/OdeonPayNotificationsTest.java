package io.github.paysdk.odeonpay.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.MalformedPayloadException;
import io.github.paysdk.core.error.SignatureVerificationException;
import io.github.paysdk.odeonpay.OdeonPayServerTest;
import io.github.paysdk.odeonpay.model.OperationType;
import io.github.paysdk.odeonpay.model.TransactionStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OdeonPayNotificationsTest {
  private static final String API_SECRET = "my-api-secret";
  private final OdeonPayNotifications notifications = OdeonPayNotifications.create(API_SECRET);

  private static final String PAYMENT_SUCCESS = "{\"transactionId\":524,\"amount\":40.11,\"currency\":\"EUR\","
      + "\"dateTime\":\"2020-11-30 12:00:00\",\"invoiceId\":\"9276334\",\"accountId\":\"john@doe.com\","
      + "\"operationTypeCode\":1,\"operationType\":\"Payment\",\"status\":\"Completed\",\"statusCode\":4,"
      + "\"cardFirstSix\":\"424242\",\"cardLastFour\":\"4242\",\"cardType\":\"VISA\",\"cardExpDate\":\"12/2049\","
      + "\"name\":\"John Doe\",\"token\":\"8163-KS17-JV29-KF28\"}";
  /** Computed with python3 hmac/hashlib/base64 over PAYMENT_SUCCESS with key my-api-secret. */
  private static final String PAYMENT_SUCCESS_HMAC =
      "NWI0OGZkMzAzNGFiMWM2NGY0YWVkYTc1Zjc5MGZkNTg0ZjM4ZmZhYzZjOTg3OTRjNDViMTQ4NDc5MDJkNDI3Nw==";

  private static String sign(String body) {
    return OdeonPayServerTestHmac.of(API_SECRET, body);
  }

  private Notification parse(String body) {
    return notifications.parse(body, sign(body));
  }

  @Test
  void paymentSuccessWithAnIndependentlyComputedSignature() {
    Notification n = notifications.parse(PAYMENT_SUCCESS.getBytes(StandardCharsets.UTF_8), PAYMENT_SUCCESS_HMAC);

    assertThat(n).isInstanceOfSatisfying(Notification.PaymentSuccess.class, paid -> {
      assertThat(paid.transactionId()).isEqualTo(524L);
      assertThat(paid.amount()).isEqualTo(new BigDecimal("40.11"));
      assertThat(paid.invoiceId()).isEqualTo("9276334");
      assertThat(paid.cardFirstSix()).isEqualTo("424242");
      assertThat(paid.cardExpDate()).isEqualTo("12/2049");
      assertThat(paid.token()).isEqualTo("8163-KS17-JV29-KF28");
      assertThat(paid.toString()).doesNotContain("8163-KS17-JV29-KF28");
      assertThat(paid.transactionStatus()).isEqualTo(TransactionStatus.COMPLETED);
      assertThat(paid.operation()).isEqualTo(OperationType.PAYMENT);
    });
  }

  @Test
  void aFailureNeverQuotesTheNotificationContent() {
    String wrongTypes = "{\"transactionId\":\"4111111111111111x\",\"amount\":40.11,\"currency\":\"EUR\","
        + "\"operationTypeCode\":1,\"operationType\":\"Payment\",\"status\":\"Completed\",\"statusCode\":4}";
    String notJson = "{\"token\": 8163_KS17_JV29_KF28}";

    for (String body : new String[] {wrongTypes, notJson}) {
      Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> parse(body));
      assertThat(thrown).isInstanceOf(MalformedPayloadException.class)
          .hasCauseInstanceOf(io.github.paysdk.core.json.JsonFailure.class);
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        assertThat(t.toString()).doesNotContain("4111111111111111").doesNotContain("8163_KS17");
      }
    }
  }

  @Test
  void paymentFailure() {
    Notification n = parse("{\"transactionId\":525,\"amount\":10,\"currency\":\"EUR\",\"dateTime\":\"x\","
        + "\"operationTypeCode\":1,\"operationType\":\"Payment\",\"status\":\"Declined\",\"statusCode\":99,"
        + "\"cardFirstSix\":\"424242\",\"cardLastFour\":\"4242\",\"cardType\":\"VISA\",\"cardExpDate\":\"12/2049\","
        + "\"reasonCode\":5051,\"reason\":\"Insufficient Funds\"}");

    assertThat(n).isInstanceOfSatisfying(Notification.PaymentFailure.class, failed -> {
      assertThat(failed.reasonCode()).isEqualTo(5051);
      assertThat(failed.reason()).isEqualTo("Insufficient Funds");
    });
  }

  @Test
  void refundSuccessAndFailure() {
    Notification ok = parse("{\"paymentTransactionId\":524,\"transactionId\":1039,\"amount\":13.34,"
        + "\"currency\":\"EUR\",\"dateTime\":\"x\",\"operationTypeCode\":2,\"operationType\":\"Refund\","
        + "\"status\":\"RefundCompleted\",\"statusCode\":5}");
    Notification failed = parse("{\"paymentTransactionId\":524,\"transactionId\":1040,\"amount\":13.34,"
        + "\"currency\":\"EUR\",\"dateTime\":\"x\",\"operationTypeCode\":2,\"operationType\":\"Refund\","
        + "\"status\":\"Declined\",\"statusCode\":99,\"reasonCode\":1,\"reason\":\"No\"}");

    assertThat(ok).isInstanceOfSatisfying(Notification.RefundSuccess.class,
        r -> assertThat(r.paymentTransactionId()).isEqualTo(524L));
    assertThat(failed).isInstanceOfSatisfying(Notification.RefundFailure.class,
        r -> assertThat(r.reason()).isEqualTo("No"));
  }

  @Test
  void payoutSuccessAndFailure() {
    Notification ok = parse("{\"transactionId\":2533,\"amount\":12.30,\"currency\":\"EUR\","
        + "\"accountId\":\"john@doe.com\",\"dateTime\":\"x\",\"operationTypeCode\":3,"
        + "\"operationType\":\"CardPayout\",\"status\":\"PayoutCompleted\",\"statusCode\":7}");
    Notification failed = parse("{\"transactionId\":2534,\"amount\":12.30,\"currency\":\"EUR\","
        + "\"accountId\":\"john@doe.com\",\"dateTime\":\"x\",\"operationTypeCode\":3,"
        + "\"operationType\":\"CardPayout\",\"status\":\"Declined\",\"statusCode\":99,\"reasonCode\":7,"
        + "\"reason\":\"Declined\"}");

    assertThat(ok).isInstanceOfSatisfying(Notification.PayoutSuccess.class,
        p -> assertThat(p.amount()).hasToString("12.30"));
    assertThat(failed).isInstanceOf(Notification.PayoutFailure.class);
  }

  @Test
  void paymentCheck() {
    Notification n = parse("{\"transactionId\":600,\"amount\":5,\"currency\":\"EUR\",\"dateTime\":\"x\","
        + "\"invoiceId\":\"o-1\",\"accountId\":\"a@b.c\",\"name\":\"A B\",\"operationTypeCode\":1,"
        + "\"operationType\":\"Payment\",\"cardFirstSix\":\"411111\",\"cardLastFour\":\"1111\","
        + "\"cardType\":\"VISA\",\"cardExpDate\":\"12/2049\",\"status\":\"Created\",\"statusCode\":10}");

    assertThat(n).isInstanceOfSatisfying(Notification.PaymentCheck.class,
        check -> assertThat(check.invoiceId()).isEqualTo("o-1"));
  }

  @Test
  void unknownCombinationIsUnrecognizedWithTheRawBody() {
    String body = "{\"transactionId\":7,\"operationTypeCode\":4,\"statusCode\":12}";

    assertThat(parse(body)).isInstanceOfSatisfying(Notification.Unrecognized.class, u -> {
      assertThat(u.operationTypeCode()).isEqualTo(4);
      assertThat(u.rawBody()).isEqualTo(body);
    });
  }

  @Test
  void formEncodedBodiesAreParsedToo() {
    String body = "transactionId=2533&amount=12.30&currency=EUR&accountId=john%40doe.com&dateTime=x"
        + "&operationTypeCode=3&operationType=CardPayout&status=PayoutCompleted&statusCode=7";

    assertThat(parse(body)).isInstanceOfSatisfying(Notification.PayoutSuccess.class,
        p -> assertThat(p.accountId()).isEqualTo("john@doe.com"));
  }

  static Stream<Arguments> everyType() {
    String card = ",\"cardFirstSix\":\"424242\",\"cardLastFour\":\"4242\",\"cardType\":\"VISA\","
        + "\"cardExpDate\":\"12/2049\"";
    String base = "\"transactionId\":900,\"amount\":10.00,\"currency\":\"EUR\",\"dateTime\":\"x\","
        + "\"invoiceId\":\"i-1\",\"accountId\":\"a@b.c\"";
    String declined = ",\"reasonCode\":5051,\"reason\":\"Insufficient Funds\"";
    return Stream.of(
        Arguments.of("{" + base + ",\"operationTypeCode\":1,\"operationType\":\"Payment\",\"status\":\"Completed\","
            + "\"statusCode\":4" + card + ",\"token\":\"T-1\"}", Notification.PaymentSuccess.class),
        Arguments.of("{" + base + ",\"operationTypeCode\":1,\"operationType\":\"Payment\",\"status\":\"Declined\","
            + "\"statusCode\":99" + card + declined + "}", Notification.PaymentFailure.class),
        Arguments.of("{\"paymentTransactionId\":899," + base + ",\"operationTypeCode\":2,\"operationType\":\"Refund\","
            + "\"status\":\"RefundCompleted\",\"statusCode\":5}", Notification.RefundSuccess.class),
        Arguments.of("{\"paymentTransactionId\":899," + base + ",\"operationTypeCode\":2,\"operationType\":\"Refund\","
            + "\"status\":\"Declined\",\"statusCode\":99" + declined + "}", Notification.RefundFailure.class),
        Arguments.of("{" + base + ",\"operationTypeCode\":3,\"operationType\":\"CardPayout\","
            + "\"status\":\"PayoutCompleted\",\"statusCode\":7}", Notification.PayoutSuccess.class),
        Arguments.of("{" + base + ",\"operationTypeCode\":3,\"operationType\":\"CardPayout\","
            + "\"status\":\"Declined\",\"statusCode\":99" + declined + "}", Notification.PayoutFailure.class),
        Arguments.of("{" + base + ",\"name\":\"A B\",\"operationTypeCode\":1,\"operationType\":\"Payment\""
            + card + ",\"status\":\"Created\",\"statusCode\":10}", Notification.PaymentCheck.class));
  }

  @ParameterizedTest
  @MethodSource("everyType")
  void everyTypeIsParsedWhenSignedAndRejectedWhenTampered(String body, Class<? extends Notification> type) {
    Notification n = parse(body);
    assertThat(n).isInstanceOf(type);
    assertThat(n.transactionId()).isEqualTo(900L);
    assertThat(n.amount()).hasToString("10.00");

    String tampered = body.replace("10.00", "1000.00");
    assertThatThrownBy(() -> notifications.parse(tampered, sign(body)))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void tamperedBodyIsRejected() {
    String tampered = PAYMENT_SUCCESS.replace("40.11", "4011.00");

    assertThatThrownBy(() -> notifications.parse(tampered, PAYMENT_SUCCESS_HMAC))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageNotContaining(PAYMENT_SUCCESS_HMAC);
  }

  @Test
  void missingOrForeignSignaturesAreRejected() {
    assertThatThrownBy(() -> notifications.parse(PAYMENT_SUCCESS, null))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("no Content-HMAC");
    String signedWithTheSignatureKey = OdeonPayServerTestHmac.of("sk_test_signature_key_42", PAYMENT_SUCCESS);
    assertThatThrownBy(() -> notifications.parse(PAYMENT_SUCCESS, signedWithTheSignatureKey))
        .isInstanceOf(SignatureVerificationException.class);
    String rawDigestVariant = "NdMOF/LtS9YaMfV6hU3Q5g3pCJBLhiED+00DJLG/bHM=";
    assertThatThrownBy(() -> notifications.parse(PAYMENT_SUCCESS, rawDigestVariant))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void signedGarbageIsAMalformedPayload() {
    assertThatThrownBy(() -> parse("{\"transactionId\":"))
        .isInstanceOf(MalformedPayloadException.class);
    assertThatThrownBy(() -> parse("{\"transactionId\":{\"a\":1},\"operationTypeCode\":1,\"statusCode\":4}"))
        .isInstanceOf(MalformedPayloadException.class);
  }

  @Test
  void replyBodiesAreWhatOdeonPayExpects() {
    assertThat(NotificationReply.ok().body()).isEqualTo("{\"code\":0}");
    assertThat(NotificationReply.approve().isOk()).isTrue();
    assertThat(NotificationReply.reject(1).body()).isEqualTo("{\"code\":1}");
    assertThat(NotificationReply.HTTP_STATUS).isEqualTo(200);
    assertThatThrownBy(() -> NotificationReply.reject(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(OdeonPayNotifications.SENDER_IP).isEqualTo("34.77.206.110");
  }

  @Test
  void clientNotificationsUseTheApiSecret() {
    var client = io.github.paysdk.odeonpay.OdeonPayClient.builder()
        .publicId("p").apiSecret(API_SECRET).signatureKey("sk_test_signature_key_42").build();
    try (client) {
      assertThat(client.notifications().parse(PAYMENT_SUCCESS, PAYMENT_SUCCESS_HMAC))
          .isInstanceOf(Notification.PaymentSuccess.class);
    }
  }

  /** Keeps the independent HMAC helper reachable without a server. */
  private static final class OdeonPayServerTestHmac extends OdeonPayServerTest {
    static String of(String key, String body) {
      return independentHmac(key, body.getBytes(StandardCharsets.UTF_8));
    }
  }
}
