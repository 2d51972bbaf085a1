package io.github.paysdk.odeonpay.notifications;

import java.nio.charset.StandardCharsets;

/**
 * The answer OdeonPay expects to a notification: HTTP {@value #HTTP_STATUS} with JSON {@code {"code":0}}.
 * Anything else makes OdeonPay resend the notification (5 times). For a Payment Check, code 0 approves the
 * payment and any other number rejects it.
 *
 * @param code 0 to acknowledge or approve; any other number rejects a Payment Check
 */
public record NotificationReply(int code) {
  /** The HTTP status to answer with. */
  public static final int HTTP_STATUS = 200;
  /** The content type of {@link #body()}. */
  public static final String CONTENT_TYPE = "application/json";

  private static final NotificationReply OK = new NotificationReply(0);

  /** @return {@code {"code":0}}: notification received */
  public static NotificationReply ok() {
    return OK;
  }

  /** @return {@code {"code":0}}: for a Payment Check, let the payment proceed */
  public static NotificationReply approve() {
    return OK;
  }

  /**
   * @param code any number but 0
   * @return a reply rejecting a Payment Check
   * @throws IllegalArgumentException if code is 0
   */
  public static NotificationReply reject(int code) {
    if (code == 0) {
      throw new IllegalArgumentException("code 0 approves; a rejection needs another number");
    }
    return new NotificationReply(code);
  }

  /** @return whether this approves or acknowledges */
  public boolean isOk() {
    return code == 0;
  }

  /** @return the JSON body, e.g. {@code {"code":0}} */
  public String body() {
    return "{\"code\":" + code + "}";
  }

  /** @return {@link #body()} as UTF-8 bytes */
  public byte[] bodyBytes() {
    return body().getBytes(StandardCharsets.UTF_8);
  }
}
