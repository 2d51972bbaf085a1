package io.github.paysdk.oy.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.SignatureVerificationException;
import io.github.paysdk.oy.model.OyOutcome;
import io.github.paysdk.oy.OyTestSupport;
import io.github.paysdk.oy.checkout.PaymentLinkStatus;
import io.github.paysdk.oy.checkout.PaymentStatus;
import io.github.paysdk.oy.disbursement.Disbursement;
import io.github.paysdk.oy.virtualaccount.VaTransaction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CallbackVerifierTest extends OyTestSupport {
  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aDisbursementCallbackIsConfirmedByRemitStatus() {
    Disbursement callback = OyCallbacks.parseDisbursement(bytes(fixture("callback/disbursement.json")));
    enqueueFixture("disbursement/remit-status.json");

    Disbursement confirmed = oy.callbacks().verifyDisbursement(callback);

    takeJsonRequest("POST", "/api/remit-status",
        "{\"partner_trx_id\":\"1234-asde\",\"send_callback\":false}");
    assertThat(confirmed.outcome()).isEqualTo(OyOutcome.SUCCESS);
  }

  @Test
  void aForgedDisbursementCallbackIsRejected() {
    Disbursement forged = OyCallbacks.parseDisbursement(bytes(fixture("callback/disbursement.json")
        .replace("125000", "999000")));
    enqueueFixture("disbursement/remit-status.json");

    assertThatThrownBy(() -> oy.callbacks().verifyDisbursement(forged))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("1234-asde");
  }

  @Test
  void theQueriedStatusWinsOverTheCallbacks() {
    Disbursement callback = OyCallbacks.parseDisbursement(bytes(fixture("callback/disbursement.json")));
    enqueueJson(200, fixture("disbursement/remit-status.json").replace("\"000\"", "\"101\""));

    assertThat(oy.callbacks().verifyDisbursement(callback).outcome()).isEqualTo(OyOutcome.PENDING);
  }

  @Test
  void aPaymentLinkCallbackIsConfirmedByPaymentStatus() {
    PaymentStatus callback = OyCallbacks.parsePaymentLink(bytes(fixture("callback/payment-link.json")));
    enqueueJson(200, fixture("callback/payment-link.json"));

    PaymentStatus confirmed = oy.callbacks().verifyPaymentLink(callback);

    takeRequest("GET", "/api/payment-checkout/status?partner_tx_id="
        + "938bca2f-7771-47a1-9315-13507cf7bba3&send_callback=false");
    assertThat(confirmed.status()).isEqualTo(PaymentLinkStatus.COMPLETE);
  }

  @Test
  void aForgedPaymentLinkCallbackIsRejected() {
    PaymentStatus forged = OyCallbacks.parsePaymentLink(bytes(fixture("callback/payment-link.json")
        .replace("\"paid_amount\": 70000", "\"paid_amount\": 7000000")));
    enqueueJson(200, fixture("callback/payment-link.json"));

    assertThatThrownBy(() -> oy.callbacks().verifyPaymentLink(forged))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void aVaCallbackIsFoundInTheVasHistory() {
    VaPaymentCallback callback = OyCallbacks.parseVaPayment(bytes("{\"va_number\":"
        + "\"123456000000000001\",\"amount\":10000,\"trx_id\":\"d9c2963f-be14-4558-9380-5ba1db8ed156\","
        + "\"settlement_status\":\"WAITING\"}"));
    enqueueJson(200, "{\"id\":\"va1\",\"status\":{\"code\":\"000\"},"
        + "\"va_number\":\"123456000000000001\"}");
    enqueueFixture("virtualaccount/transactions.json");

    VaTransaction tx = oy.callbacks().verifyVaPayment(callback, "va1");

    takeRequest("GET", "/api/static-virtual-account/va1");
    takeRequest("GET", "/api/va-tx-history/va1?offset=0&limit=20");
    assertThat(tx.id()).isEqualTo("d9c2963f-be14-4558-9380-5ba1db8ed156");
  }

  @Test
  void aVaCallbackForAnotherNumberOrAnUnknownPaymentIsRejected() {
    VaPaymentCallback callback = OyCallbacks.parseVaPayment(bytes("{\"va_number\":\"999\","
        + "\"amount\":10000,\"trx_id\":\"x\"}"));
    enqueueJson(200, "{\"id\":\"va1\",\"status\":{\"code\":\"000\"},\"va_number\":\"123\"}");

    assertThatThrownBy(() -> oy.callbacks().verifyVaPayment(callback, "va1"))
        .isInstanceOf(SignatureVerificationException.class);

    VaPaymentCallback unknown = OyCallbacks.parseVaPayment(bytes("{\"va_number\":"
        + "\"123456000000000001\",\"amount\":55000,\"trx_id\":\"x\"}"));
    enqueueJson(200, "{\"id\":\"va1\",\"status\":{\"code\":\"000\"},"
        + "\"va_number\":\"123456000000000001\"}");
    enqueueFixture("virtualaccount/transactions.json");

    assertThatThrownBy(() -> oy.callbacks().verifyVaPayment(unknown, "va1"))
        .isInstanceOf(SignatureVerificationException.class);
  }
}
