package io.github.paysdk.oy.receivable;

import io.github.paysdk.oy.internal.OyHttp;
import java.util.Objects;

/** Placeholder. */
public final class AccountReceivableService {
  private final OyHttp http;

  /** @param http the OY transport (internal) */
  public AccountReceivableService(OyHttp http) {
    this.http = Objects.requireNonNull(http, "http");
  }
}
