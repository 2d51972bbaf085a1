package io.github.paysdk.odeo.paymentgateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A payment received through Odeo's payment gateway.
 *
 * @param paymentId Odeo's id (sent as a number or a string; kept as text, e.g. {@code "123"})
 * @param amount the amount in IDR
 * @param fee the fee in IDR
 * @param statusCode the raw {@code status} code; see {@link #status()}
 * @param referenceId your reference id
 */
public record Payment(
    @JsonProperty("payment_id") String paymentId,
    @JsonProperty("amount") long amount,
    @JsonProperty("fee") long fee,
    @JsonProperty("status") Integer statusCode,
    @JsonProperty("reference_id") String referenceId) {

  /** @return the status; {@link PaymentStatus#UNKNOWN} for a code this SDK does not know */
  public PaymentStatus status() {
    return PaymentStatus.fromCode(statusCode);
  }
}
