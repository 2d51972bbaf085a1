package io.github.paysdk.reliability.secrets;

import io.github.paysdk.core.testing.CapturedLogs;
import io.github.paysdk.odeonpay.OdeonPayClient;
import io.github.paysdk.odeonpay.payments.Card;
import io.github.paysdk.odeonpay.payments.ChargeRequest;
import io.github.paysdk.odeonpay.payouts.CardPayoutRequest;
import io.github.paysdk.testing.odeonpay.OdeonPaySimulator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * OdeonPay: card charge, status and card payout, under faults, with invalid cards and wrong credentials;
 * no Basic credential, signature key, card number or CVV anywhere.
 */
class OdeonPaySecretsTest extends CapturedTraceTest {
  private static final String PUBLIC_ID = "pbid_audit";
  private static final String API_SECRET = "odeonpay-audit-api-secret-9e4b";
  private static final String SIGNATURE_KEY = "odeonpay-audit-signature-key-5a17";
  private static final String WRONG_SECRET = "odeonpay-audit-wrong-secret-c3d2";
  private static final String CARD = "4200000000000000";
  private static final String PAYOUT_CARD = "4242424242424242";
  private static final String CVV = "739";

  @Test
  void noSecretOrCardDataInLogsExceptionsOrToString() {
    AuditRun run = new AuditRun();
    run.echoed = API_SECRET;
    run.audit.basic(PUBLIC_ID, API_SECRET).secret("signature key", SIGNATURE_KEY)
        .basic(PUBLIC_ID, WRONG_SECRET).card(CARD).card(PAYOUT_CARD).cvv(CVV);
    try (OdeonPaySimulator simulator = new OdeonPaySimulator(PUBLIC_ID, API_SECRET)
        .requireSignatureKey(SIGNATURE_KEY).start()) {
      CapturedLogs.clear();
      OdeonPayClient.Builder builder = OdeonPayClient.builder().publicId(PUBLIC_ID).apiSecret(API_SECRET)
          .signatureKey(SIGNATURE_KEY).baseUrl(simulator.baseUrl()).sleeper(wait -> { });
      try (OdeonPayClient odeonPay = builder.build()) {
        run.audit.objects("builder", builder).objects("client", odeonPay);
        run.ok("test", odeonPay::test);
        ChargeRequest charge = charge("odeonpay-audit-1", Card.of(CARD, CVV, 12, 2049));
        run.audit.objects("charge request", charge);
        long id = run.ok("charge", () -> odeonPay.payments().charge(charge)).transactionId();
        run.ok("status", () -> odeonPay.payments().status(id));
        CardPayoutRequest payout = payout("odeonpay-audit-payout-1");
        run.audit.objects("payout request", payout);
        run.ok("payout", () -> odeonPay.payouts().toCard(payout));
        Runnable warmUp = odeonPay::test;
        run.underFaults("status", simulator, warmUp, () -> odeonPay.payments().status(id));
        int[] n = {2};
        run.underFaults("charge", simulator, warmUp, () -> odeonPay.payments().charge(
            charge("odeonpay-audit-" + n[0]++, Card.of(CARD, CVV, 12, 2049))));
        run.underFaults("payout", simulator, warmUp,
            () -> odeonPay.payouts().toCard(payout("odeonpay-audit-payout-" + n[0]++)));
        run.either("charge declined by the provider", () -> odeonPay.payments().charge(
            charge("odeonpay-audit-decline", Card.of("4000000000000002", CVV, 12, 2049))));
        run.fails("expired card", () -> Card.of(CARD, CVV, 1, 2001));
        run.fails("bad CVV", () -> Card.of(CARD, "7a9", 12, 2049));
        run.fails("bad card number", () -> Card.of("4200000000000001", CVV, 12, 2049));
        run.fails("payout without amount", () -> CardPayoutRequest.builder().pan(PAYOUT_CARD)
            .name("Jane Roe").currency("EUR").invoiceId("x").build());
        run.audit.objects("client after run", odeonPay);
      }
      try (OdeonPayClient wrong = OdeonPayClient.builder().publicId(PUBLIC_ID).apiSecret(WRONG_SECRET)
          .signatureKey(SIGNATURE_KEY).baseUrl(simulator.baseUrl()).sleeper(wait -> { }).build()) {
        run.fails("wrong API secret", wrong::test);
      }
      run.audit.harvest(simulator.calls());
      run.assertNoLeak("OdeonPay flow + faults", "--> POST");
    }
  }

  private static ChargeRequest charge(String invoiceId, Card card) {
    return ChargeRequest.builder().amount(new BigDecimal("25.00")).currency("EUR").name("Jane Roe")
        .description("audit").invoiceId(invoiceId).accountId("jane.roe@example.com").ip("203.0.113.10")
        .card(card).successRedirectUrl("https://shop.example/ok")
        .failureRedirectUrl("https://shop.example/fail").pendingRedirectUrl("https://shop.example/wait")
        .build();
  }

  private static CardPayoutRequest payout(String invoiceId) {
    return CardPayoutRequest.builder().pan(PAYOUT_CARD).name("Jane Roe").amount(new BigDecimal("10.00"))
        .currency("EUR").invoiceId(invoiceId).build();
  }
}
