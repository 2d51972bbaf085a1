package io.github.paysdk.odeo.callback;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code notify_type = va_inquiry}: Odeo asks about a payment-gateway virtual account, e.g.
 * {@code {"notify_type":"va_inquiry","va_code":"8991000012345678"}}. Answer as Odeo's payment gateway
 * documentation says.
 *
 * @param notifyType always {@value #NOTIFY_TYPE}
 * @param vaCode the virtual account number asked about
 */
public record VaInquiryCallback(
    @JsonProperty("notify_type") String notifyType,
    @JsonProperty("va_code") String vaCode) implements OdeoCallback {

  /** The {@code notify_type} of this callback. */
  public static final String NOTIFY_TYPE = "va_inquiry";
}
