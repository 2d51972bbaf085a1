package io.github.paysdk.oy.checkout;

import io.github.paysdk.oy.internal.OyHttp;
import java.util.Objects;

/** Placeholder. */
public final class PaymentCheckoutService {
  private final OyHttp http;

  /** @param http the OY transport (internal) */
  public PaymentCheckoutService(OyHttp http) {
    this.http = Objects.requireNonNull(http, "http");
  }
}
