package io.github.paysdk.odeo.callback;

/**
 * A verified callback from Odeo. Switch on the type: {@link VaInquiryCallback} is the one payload Odeo's
 * published material documents; anything else arrives as {@link UnknownCallback} with its raw body.
 */
public sealed interface OdeoCallback permits VaInquiryCallback, UnknownCallback {
  /** @return the {@code notify_type}, or null if the payload has none */
  String notifyType();
}
