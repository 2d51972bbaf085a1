package io.github.paysdk.reliability.secrets;

import io.github.paysdk.core.testing.CapturedLogs;
import io.github.paysdk.odero.OderoClient;
import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.PaymentGroup;
import io.github.paysdk.odero.payment.Card;
import io.github.paysdk.odero.payment.CreatePaymentRequest;
import io.github.paysdk.odero.payment.PaymentItem;
import io.github.paysdk.testing.odero.OderoSimulator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Odero: card payment, reporting and installments, under faults, with invalid cards and a wrong secret
 * key; no API key, secret key, signature, card number or CVC anywhere.
 */
class OderoSecretsTest extends CapturedTraceTest {
  private static final String API_KEY = "odero-audit-api-key-77c0";
  private static final String SECRET_KEY = "odero-audit-secret-key-1b9f";
  private static final String WRONG_SECRET = "odero-audit-wrong-secret-e5a3";
  private static final String CARD = "5258640000000001";
  private static final String CVC = "842";

  @Test
  void noSecretOrCardDataInLogsExceptionsOrToString() {
    AuditRun run = new AuditRun();
    run.echoed = API_KEY;
    run.audit.secret("API key", API_KEY).secret("secret key", SECRET_KEY)
        .secret("wrong secret key", WRONG_SECRET).card(CARD).cvv(CVC);
    try (OderoSimulator simulator = OderoSimulator.started(API_KEY, SECRET_KEY)) {
      CapturedLogs.clear();
      OderoClient.Builder builder = OderoClient.builder().apiKey(API_KEY).secretKey(SECRET_KEY)
          .baseUrl(simulator.baseUrl()).sleeper(wait -> { });
      try (OderoClient odero = builder.build()) {
        run.audit.objects("builder", builder).objects("client", odero);
        CreatePaymentRequest payment = payment("odero-audit-1", card(CARD, CVC));
        run.audit.objects("payment request", payment);
        long id = run.ok("createPayment", () -> odero.payments().createPayment(payment)).id();
        run.ok("retrievePayment", () -> odero.paymentReporting().retrievePayment(id));
        run.ok("retrieveBin", () -> odero.installments().retrieveBin("525864"));
        Runnable warmUp = () -> odero.installments().retrieveBin("525864");
        run.underFaults("retrievePayment", simulator, warmUp,
            () -> odero.paymentReporting().retrievePayment(id));
        int[] n = {2};
        run.underFaults("createPayment", simulator, warmUp,
            () -> odero.payments().createPayment(payment("odero-audit-" + n[0]++, card(CARD, CVC))));
        run.either("unknown payment", () -> odero.paymentReporting().retrievePayment(987_654_321L));
        run.fails("bad CVC", () -> card(CARD, "84x"));
        run.fails("card number with a letter", () -> card("525864000000000x", CVC));
        run.fails("month 13", () -> Card.builder().cardHolderName("Aysel Mammadova").cardNumber(CARD)
            .expireYear("2044").expireMonth("13").cvc(CVC).build());
        run.audit.objects("client after run", odero);
      }
      try (OderoClient wrong = OderoClient.builder().apiKey(API_KEY).secretKey(WRONG_SECRET)
          .baseUrl(simulator.baseUrl()).sleeper(wait -> { }).build()) {
        run.fails("wrong secret key", () -> wrong.installments().retrieveBin("525864"));
      }
      run.audit.harvest(simulator.calls());
      run.assertNoLeak("Odero flow + faults", "--> POST");
    }
  }

  private static Card card(String number, String cvc) {
    return Card.builder().cardHolderName("Aysel Mammadova").cardNumber(number).expireYear("2044")
        .expireMonth("07").cvc(cvc).build();
  }

  private static CreatePaymentRequest payment(String conversationId, Card card) {
    return CreatePaymentRequest.builder().price(new BigDecimal("100.00")).paidPrice(new BigDecimal("100.00"))
        .currency(Currency.AZN).paymentGroup(PaymentGroup.PRODUCT).installment(1)
        .conversationId(conversationId).card(card)
        .addItem(PaymentItem.of("Book", new BigDecimal("40.00"), "book-1"))
        .addItem(PaymentItem.of("Lamp", new BigDecimal("60.00"), "lamp-1"))
        .build();
  }
}
