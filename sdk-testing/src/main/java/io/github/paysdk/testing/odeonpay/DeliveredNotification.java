package io.github.paysdk.testing.odeonpay;

/**
 * A notification the simulator sent.
 *
 * @param url where it went
 * @param body the exact JSON body
 * @param contentHmac the {@code Content-HMAC} it carried (keyed with the API secret)
 * @param attempts how many times it was sent (OdeonPay resends up to 5 times after a non-200 answer)
 * @param lastStatus the receiver's last HTTP status, or -1 if it could not be reached
 */
public record DeliveredNotification(String url, String body, String contentHmac, int attempts, int lastStatus) {
  @Override
  public String toString() {
    return "DeliveredNotification{url=" + url + ", attempts=" + attempts + ", lastStatus=" + lastStatus + "}";
  }
}
