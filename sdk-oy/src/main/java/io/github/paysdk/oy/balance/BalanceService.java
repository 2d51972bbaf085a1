package io.github.paysdk.oy.balance;

import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.oy.model.OyCodeTable;
import io.github.paysdk.oy.internal.OyHttp;
import java.util.Objects;

/** The partner balance: {@code GET /api/balance}. */
public final class BalanceService {
  private final OyHttp http;

  /** @param http the OY transport (internal) */
  public BalanceService(OyHttp http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  /**
   * @return the balance
   * @throws io.github.paysdk.core.error.AuthenticationException for 201/208,
   *     {@link io.github.paysdk.core.error.PermissionException} for 202/207 (IP not registered)
   */
  public Balance get() {
    return http.statusObject(http.request(HttpMethod.GET, "/api/balance").build(),
        OyCodeTable.BALANCE, Balance.class, Balance::status);
  }
}
