package io.github.paysdk.oy.virtualaccount;

import io.github.paysdk.oy.internal.OyHttp;
import java.util.Objects;

/** Placeholder. */
public final class VirtualAccountService {
  private final OyHttp http;

  /** @param http the OY transport (internal) */
  public VirtualAccountService(OyHttp http) {
    this.http = Objects.requireNonNull(http, "http");
  }
}
