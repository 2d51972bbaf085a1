package io.github.paysdk.oy.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.InvalidRequestException;
import io.github.paysdk.core.error.PermissionException;
import io.github.paysdk.oy.OyTestSupport;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BalanceServiceTest extends OyTestSupport {

  @Test
  void getsTheBalanceAndKeepsEveryDecimal() {
    enqueueFixture("balance/balance.json");

    Balance balance = oy.balance().get();

    takeRequest("GET", "/api/balance");
    assertThat(balance.status().code()).isEqualTo("000");
    assertThat(balance.balance()).isEqualTo(new BigDecimal("100000000.0000"));
    assertThat(balance.overdraftBalance()).isEqualTo(new BigDecimal("500000.0000"));
    assertThat(balance.overbookingBalance()).isEqualTo(new BigDecimal("200000.0000"));
    assertThat(balance.pendingBalance()).isEqualTo(new BigDecimal("2000000.0000"));
    assertThat(balance.availableBalance()).isEqualTo(new BigDecimal("98500000.0000"));
    assertThat(balance.timestamp()).isEqualTo(Instant.parse("2019-12-10T12:15:37Z"));
  }

  @Test
  void ipNotRegisteredIsAPermissionError() {
    enqueueStatus("207", "Request is Rejected (Request IP Address is not Registered)");

    assertThatThrownBy(() -> oy.balance().get()).isInstanceOf(PermissionException.class);
  }

  @Test
  void theDocumentedTypo900MeansInvalidFormat() {
    enqueueStatus("900", "Request is Rejected (Invalid Format)");

    assertThatThrownBy(() -> oy.balance().get()).isInstanceOf(InvalidRequestException.class);
  }
}
