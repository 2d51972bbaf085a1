package io.github.paysdk.examples.odero;

import io.github.paysdk.core.logging.Redactor;
import io.github.paysdk.examples.Env;
import io.github.paysdk.odero.OderoClient;
import io.github.paysdk.odero.OderoEnvironment;
import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.PaymentGroup;
import io.github.paysdk.odero.payment.Card;
import io.github.paysdk.odero.payment.CreatePaymentRequest;
import io.github.paysdk.odero.payment.InitThreeDsPaymentRequest;
import io.github.paysdk.odero.payment.Payment;
import io.github.paysdk.odero.payment.PaymentItem;
import io.github.paysdk.odero.payment.ThreeDsInit;
import io.github.paysdk.odero.refund.RefundTransactionRequest;
import io.github.paysdk.odero.refund.TransactionRefund;
import io.github.paysdk.odero.reporting.PaymentDetail;
import io.github.paysdk.odero.reporting.PaymentTransactionDetail;
import io.github.paysdk.odero.reporting.PaymentTransactionRefund;
import io.github.paysdk.testing.odero.OderoSimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Odero: a 3-D Secure card payment, read back through payment reporting, one of its transactions
 * refunded in part, and the refund shown in the payment.
 *
 * <p>Without {@code ODERO_API_KEY} and {@code ODERO_SECRET_KEY} it runs against the in-process
 * {@link OderoSimulator}, which also plays the buyer at the bank. With them it uses the AZ sandbox (or
 * {@code ODERO_BASE_URL}): it writes the bank's 3-D Secure page to a file for you to open, and asks for the
 * payment id the bank posts to the callback URL.
 */
public final class OderoExample {
  private static final String TEST_CARD = "5258640000000001";

  private OderoExample() {}

  /**
   * @param args ignored
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    run(Env.system(), System.out);
  }

  /**
   * Runs the flow.
   *
   * @param env where the credentials come from
   * @param out where the steps are printed
   * @return the payment as reporting shows it after the refund
   * @throws IOException if the 3-D Secure page cannot be written or the payment id not read
   */
  public static PaymentDetail run(Env env, PrintStream out) throws IOException {
    boolean live = env.hasAll("ODERO_API_KEY", "ODERO_SECRET_KEY");
    OderoSimulator simulator = live ? null : OderoSimulator.started("demo-api-key", "demo-secret-key");
    OderoClient.Builder builder = OderoClient.builder();
    if (live) {
      builder.apiKey(env.get("ODERO_API_KEY")).secretKey(env.get("ODERO_SECRET_KEY"))
          .environment(OderoEnvironment.AZ_SANDBOX);
      if (env.get("ODERO_BASE_URL") != null) {
        builder.baseUrl(env.get("ODERO_BASE_URL"));
      }
      out.println("Using Odero at " + (env.get("ODERO_BASE_URL") != null
          ? env.get("ODERO_BASE_URL") : OderoEnvironment.AZ_SANDBOX.baseUrl()));
    } else {
      builder.apiKey("demo-api-key").secretKey("demo-secret-key").baseUrl(simulator.baseUrl());
      out.println("No ODERO_API_KEY/ODERO_SECRET_KEY: using the in-process Odero simulator");
    }
    try (OderoClient odero = builder.build()) {
      String conversationId = "example-" + UUID.randomUUID();
      CreatePaymentRequest payment = CreatePaymentRequest.builder()
          .price(new BigDecimal("100.00")).paidPrice(new BigDecimal("100.00"))
          .currency(Currency.AZN).paymentGroup(PaymentGroup.PRODUCT).installment(1)
          .conversationId(conversationId)
          .card(Card.builder().cardHolderName("Aysel Mammadova").cardNumber(TEST_CARD)
              .expireYear("2044").expireMonth("07").cvc("000").build())
          .addItem(PaymentItem.of("Book", new BigDecimal("40.00"), "book-1"))
          .addItem(PaymentItem.of("Lamp", new BigDecimal("60.00"), "lamp-1"))
          .build();

      out.println("1. 3-D Secure init: 100.00 AZN on card " + Redactor.maskCardNumber(TEST_CARD)
          + ", conversationId " + conversationId);
      ThreeDsInit init = odero.payments().init3dsPayment(
          InitThreeDsPaymentRequest.of(payment, "https://shop.example/odero/3ds-callback"));
      out.println("   bank page received (" + init.html().length() + " characters of HTML)");

      long paymentId;
      if (simulator != null) {
        paymentId = init.paymentId();
        simulator.authenticate3ds(paymentId);
        out.println("2. the buyer passes 3-D Secure at the (simulated) bank; payment " + paymentId);
      } else {
        Path page = Files.createTempFile("odero-3ds-", ".html");
        Files.writeString(page, init.html(), StandardCharsets.UTF_8);
        out.println("2. open " + page.toUri() + " in a browser, pass 3-D Secure, then type the paymentId "
            + "posted to the callback URL" + (init.paymentId() != null ? " (" + init.paymentId() + ")" : "")
            + ":");
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isBlank()) {
          throw new IOException("No payment id given");
        }
        paymentId = Long.parseLong(line.trim());
      }

      Payment completed = odero.payments().complete3dsPayment(paymentId);
      out.println("3. 3-D Secure complete: payment " + completed.id() + " is " + completed.paymentStatus());

      PaymentDetail detail = odero.paymentReporting().retrievePayment(paymentId);
      out.println("4. reporting: " + detail.paidPrice().toPlainString() + " " + detail.currency() + ", "
          + detail.paymentStatus() + ", 3-D Secure " + detail.paymentCard().threeDS() + ", card "
          + detail.paymentCard().binNumber() + "******" + detail.paymentCard().lastFourDigits());
      for (PaymentTransactionDetail t : detail.paymentTransactions()) {
        out.println("   transaction " + t.id() + " (" + t.externalId() + "): " + t.paidPrice().toPlainString());
      }

      PaymentTransactionDetail book = detail.paymentTransactions().get(0);
      TransactionRefund refund = odero.refunds().refundTransaction(RefundTransactionRequest.builder()
          .paymentTransactionId(book.id()).refundPrice(new BigDecimal("15.00"))
          .conversationId(conversationId + "-refund-1").build());
      out.println("5. refunded " + refund.refundPrice().toPlainString() + " of transaction " + book.id()
          + ": refund " + refund.id() + " " + refund.status());

      PaymentDetail after = odero.paymentReporting().retrievePayment(paymentId);
      for (PaymentTransactionDetail t : after.paymentTransactions()) {
        for (PaymentTransactionRefund r : t.paymentTransactionRefunds()) {
          out.println("6. reporting shows refund " + r.id() + " of transaction " + t.id() + ": "
              + r.price().toPlainString() + " " + r.refundStatus() + " to " + r.refundDestinationType());
        }
      }
      return after;
    } finally {
      if (simulator != null) {
        simulator.close();
      }
    }
  }
}
