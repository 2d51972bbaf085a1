package io.github.paysdk.examples.odero;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.examples.Env;
import io.github.paysdk.odero.model.PaymentStatus;
import io.github.paysdk.odero.model.RefundStatus;
import io.github.paysdk.odero.reporting.PaymentDetail;
import io.github.paysdk.odero.reporting.PaymentTransactionRefund;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OderoExampleTest {
  @Test
  void runsTheWholeFlowAgainstTheSimulator() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PaymentDetail after;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      after = OderoExample.run(Env.of(Map.of()), out);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);

    assertThat(after.paymentStatus()).isEqualTo(PaymentStatus.SUCCESS);
    PaymentTransactionRefund refund = after.paymentTransactions().get(0).paymentTransactionRefunds().get(0);
    assertThat(refund.price()).isEqualByComparingTo("15.00");
    assertThat(refund.refundStatus()).isEqualTo(RefundStatus.SUCCESS);
    assertThat(printed).contains("3-D Secure complete").contains("6. reporting shows refund")
        .doesNotContain("5258640000000001").doesNotContain("demo-secret-key").doesNotContain("x-signature");
  }
}
