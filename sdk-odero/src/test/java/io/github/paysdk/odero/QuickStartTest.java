package io.github.paysdk.odero;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.PaymentGroup;
import io.github.paysdk.odero.payment.Card;
import io.github.paysdk.odero.payment.CreatePaymentRequest;
import io.github.paysdk.odero.payment.Payment;
import io.github.paysdk.odero.payment.PaymentItem;
import io.github.paysdk.odero.refund.RefundTransactionRequest;
import io.github.paysdk.odero.reporting.PaymentDetail;
import io.github.paysdk.testing.odero.OderoSimulator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The quick start of the README, against the simulator instead of the sandbox. */
class QuickStartTest {
  @Test
  void quickStartRuns() {
    try (OderoSimulator simulator = OderoSimulator.started("key", "secret");
         OderoClient odero = OderoClient.builder()
             .apiKey("key")
             .secretKey("secret")
             .baseUrl(simulator.baseUrl())
             .build()) {
      CreatePaymentRequest payment = CreatePaymentRequest.builder()
          .price(new BigDecimal("100.00")).paidPrice(new BigDecimal("100.00"))
          .currency(Currency.AZN).paymentGroup(PaymentGroup.PRODUCT)
          .conversationId("order-42")
          .card(Card.builder().cardHolderName("Aysel Mammadova").cardNumber("5258640000000001")
              .expireYear("2044").expireMonth("07").cvc("000").build())
          .addItem(PaymentItem.of("Book", new BigDecimal("100.00"), "book-1"))
          .build();
      Payment paid = odero.payments().createPayment(payment);
      PaymentDetail detail = odero.paymentReporting().retrievePayment(paid.id());
      odero.refunds().refundTransaction(RefundTransactionRequest.builder()
          .paymentTransactionId(detail.paymentTransactions().get(0).id())
          .refundPrice(new BigDecimal("15.00")).conversationId("order-42-refund-1").build());

      assertThat(odero.paymentReporting().retrievePayment(paid.id()).paymentTransactions().get(0)
          .paymentTransactionRefunds()).hasSize(1);
    }
  }
}
