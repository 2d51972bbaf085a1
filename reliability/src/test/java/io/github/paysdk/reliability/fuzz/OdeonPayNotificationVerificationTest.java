package io.github.paysdk.reliability.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.SignatureVerificationException;
import io.github.paysdk.odeonpay.notifications.Notification;
import io.github.paysdk.odeonpay.notifications.OdeonPayNotifications;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * OdeonPay notifications ({@code Content-HMAC} = Base64 of the lower-case hex HMAC-SHA256 of the body, keyed
 * with the API secret) signed here with the JDK alone. OdeonPay sends no timestamp, so a replayed
 * notification cannot be told apart by its signature (handlers must be idempotent on the transaction id);
 * this suite proves that nothing altered, unsigned or signed with another key gets through.
 */
class OdeonPayNotificationVerificationTest {
  private static final String API_SECRET = "site-api-secret";
  private static final byte[] BODY = utf8("{\"transactionId\":524,\"amount\":40.11,\"currency\":\"EUR\","
      + "\"invoiceId\":\"9276334\",\"operationTypeCode\":1,\"operationType\":\"Payment\","
      + "\"status\":\"Completed\",\"statusCode\":4,\"cardFirstSix\":\"424242\",\"cardLastFour\":\"4242\"}");

  private final OdeonPayNotifications notifications = OdeonPayNotifications.create(API_SECRET);

  @Test
  void untouchedNotificationIsAccepted() {
    assertThat(notifications.parse(BODY, contentHmac(API_SECRET, BODY)))
        .isInstanceOf(Notification.PaymentSuccess.class)
        .extracting(Notification::transactionId).isEqualTo(524L);
  }

  @Test
  void tamperedBodyIsRejected() {
    String header = contentHmac(API_SECRET, BODY);
    byte[] amountRaised = utf8(new String(BODY, StandardCharsets.UTF_8).replace("40.11", "4011"));

    assertRejected(amountRaised, header);
    assertRejected(utf8(new String(BODY, StandardCharsets.UTF_8) + "\n"), header);
  }

  @Test
  void tamperedSignatureIsRejected() {
    String header = contentHmac(API_SECRET, BODY);
    String hex = new String(Base64.getDecoder().decode(header), StandardCharsets.US_ASCII);

    assertRejected(BODY, (header.charAt(0) == 'A' ? "B" : "A") + header.substring(1));
    assertRejected(BODY, header.substring(0, header.length() - 4));
    assertRejected(BODY, hex);
    assertRejected(BODY, Base64.getEncoder().encodeToString(utf8(hex.toUpperCase(java.util.Locale.ROOT))));
  }

  @Test
  void missingHeaderIsRejected() {
    assertRejected(BODY, null);
    assertRejected(BODY, "");
    assertRejected(BODY, "   ");
  }

  @Test
  void wrongKeyIsRejected() {
    assertRejected(BODY, contentHmac("another-sites-secret", BODY));
    assertRejected(BODY, contentHmac("site-signature-key", BODY));
  }

  private void assertRejected(byte[] body, String header) {
    assertThatThrownBy(() -> notifications.parse(body, header))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageNotContaining(API_SECRET);
  }

  /** OdeonPay's Content-HMAC, written out from the spec with the JDK's own primitives. */
  private static String contentHmac(String key, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(utf8(key), "HmacSHA256"));
      String hex = HexFormat.of().formatHex(mac.doFinal(body));
      return Base64.getEncoder().encodeToString(hex.getBytes(StandardCharsets.US_ASCII));
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
