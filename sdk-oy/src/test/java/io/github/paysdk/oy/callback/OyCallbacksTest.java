package io.github.paysdk.oy.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.MalformedPayloadException;
import io.github.paysdk.oy.model.OyOutcome;
import io.github.paysdk.oy.OyTestSupport;
import io.github.paysdk.oy.model.SettlementStatus;
import io.github.paysdk.oy.checkout.PaymentLinkStatus;
import io.github.paysdk.oy.checkout.PaymentMethod;
import io.github.paysdk.oy.checkout.PaymentStatus;
import io.github.paysdk.oy.checkout.SettlementType;
import io.github.paysdk.oy.disbursement.Disbursement;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OyCallbacksTest {
  private static byte[] bytes(String fixture) {
    return OyTestSupport.fixtureText(fixture).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void parsesTheDisbursementCallback() {
    Disbursement callback = OyCallbacks.parseDisbursement(bytes("callback/disbursement.json"));

    assertThat(callback.outcome()).isEqualTo(OyOutcome.SUCCESS);
    assertThat(callback.partnerTrxId()).isEqualTo("1234-asde");
    assertThat(callback.trxId()).isEqualTo("ABC-456");
    assertThat(callback.txStatusDescription()).isEqualTo("Force Credit");
    assertThat(callback.amount()).isEqualByComparingTo("125000");
    assertThat(callback.lastUpdatedDate()).isEqualTo(Instant.parse("2020-01-24T06:48:39Z"));
  }

  @Test
  void aPending301CallbackIsNotFinal() {
    Disbursement callback = OyCallbacks.parseDisbursement(("{\"status\":{\"code\":\"301\","
        + "\"message\":\"Pending\"},\"partner_trx_id\":\"p1\",\"amount\":10000.0000}")
        .getBytes(StandardCharsets.UTF_8));

    assertThat(callback.outcome()).isEqualTo(OyOutcome.PENDING);
    assertThat(callback.isFinal()).isFalse();
  }

  @Test
  void parsesTheVaPaymentCallbackWithItsOffsetTimes() {
    VaPaymentCallback callback = OyCallbacks.parseVaPayment(bytes("callback/va-payment.json"));

    assertThat(callback.vaNumber()).isEqualTo("1234567");
    assertThat(callback.amount()).isEqualByComparingTo("100000");
    assertThat(callback.partnerUserId()).isEqualTo("oy0000000001");
    assertThat(callback.success()).isTrue();
    assertThat(callback.txDate()).isEqualTo(Instant.parse("2020-01-31T01:01:01Z"));
    assertThat(callback.usernameDisplay()).isEqualTo("VA Name");
    assertThat(callback.trxExpirationDate()).isEqualTo(Instant.parse("2020-01-31T01:01:01Z"));
    assertThat(callback.partnerTrxId()).isEqualTo("TRX0002");
    assertThat(callback.trxId()).isEqualTo("12345-12345-12453-12455");
    assertThat(callback.settlementTime()).isEqualTo(Instant.parse("2020-02-01T15:00:00Z"));
    assertThat(callback.settlementStatus()).isEqualTo(SettlementStatus.WAITING);
    assertThat(callback.idempotencyKey()).isEqualTo("12345-12345-12453-12455:WAITING");
  }

  @Test
  void aLifetimeVaCallbackHasNoTransactionExpiry() {
    VaPaymentCallback callback = OyCallbacks.parseVaPayment(("{\"va_number\":\"1\",\"trx_id\":\"t\","
        + "\"trx_expiration_date\":null,\"settlement_status\":\"success\"}")
        .getBytes(StandardCharsets.UTF_8));

    assertThat(callback.trxExpirationDate()).isNull();
    assertThat(callback.settlementStatus()).isEqualTo(SettlementStatus.SUCCESS);
  }

  @Test
  void parsesThePaymentLinkCallbackInWib() {
    PaymentStatus callback = OyCallbacks.parsePaymentLink(bytes("callback/payment-link.json"));

    assertThat(callback.partnerTxId()).isEqualTo("938bca2f-7771-47a1-9315-13507cf7bba3");
    assertThat(callback.status()).isEqualTo(PaymentLinkStatus.COMPLETE);
    assertThat(callback.status().isPaid()).isTrue();
    assertThat(callback.amount()).isEqualByComparingTo("60000");
    assertThat(callback.paidAmount()).isEqualByComparingTo("70000");
    assertThat(callback.paymentMethod()).isEqualTo(PaymentMethod.VA);
    assertThat(callback.settlementType()).isEqualTo(SettlementType.NON_REALTIME);
    assertThat(callback.created()).isEqualTo(Instant.parse("2020-09-29T13:57:41Z"));
    assertThat(callback.settlementTime()).isEqualTo(Instant.parse("2020-09-30T08:00:00Z"));
    assertThat(callback.settlementStatus()).isEqualTo(SettlementStatus.WAITING);
    assertThat(callback.isInvoice()).isFalse();
    assertThat(callback.invoiceId()).isNull();
  }

  @Test
  void parsesTheInvoiceCallbackWithItsCapitalisedInvoiceId() {
    PaymentStatus callback = OyCallbacks.parsePaymentLink(bytes("callback/invoice.json"));

    assertThat(callback.isInvoice()).isTrue();
    assertThat(callback.invoiceId()).isEqualTo("inv-7788");
    assertThat(callback.fullName()).isEqualTo("John Doe");
  }

  @Test
  void rejectsBodiesThatAreNotTheCallback() {
    assertThatThrownBy(() -> OyCallbacks.parseDisbursement(new byte[0]))
        .isInstanceOf(MalformedPayloadException.class);
    assertThatThrownBy(() -> OyCallbacks.parseDisbursement("{\"status\":{\"code\":\"000\"}}"
        .getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("partner_trx_id");
    assertThatThrownBy(() -> OyCallbacks.parseVaPayment("<html>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedPayloadException.class);
    assertThatThrownBy(() -> OyCallbacks.parsePaymentLink(("{\"partner_tx_id\":\"p\",\"amount\":"
        + "\"lots\",\"status\":\"complete\"}").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedPayloadException.class);
  }

  @Test
  void aFailureNeverQuotesTheCallbackContent() {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> OyCallbacks.parsePaymentLink(
        ("{\"partner_tx_id\":\"p\",\"amount\":\"4111111111111111x\",\"status\":\"complete\"}")
            .getBytes(StandardCharsets.UTF_8)));

    assertThat(thrown).isInstanceOf(MalformedPayloadException.class)
        .hasCauseInstanceOf(io.github.paysdk.core.json.JsonFailure.class);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      assertThat(t.toString()).doesNotContain("4111111111111111");
    }
  }

  @Test
  void anUndocumentedDateFormatIsReadAsNullNotAFailure() {
    VaPaymentCallback callback = OyCallbacks.parseVaPayment(("{\"va_number\":\"1\",\"trx_id\":"
        + "\"t\",\"tx_date\":\"yesterday\",\"amount\":10000}").getBytes(StandardCharsets.UTF_8));

    assertThat(callback.txDate()).isNull();
    assertThat(callback.amount()).isEqualByComparingTo("10000");
  }
}
