package io.github.paysdk.examples.odeonpay;

import io.github.paysdk.examples.Env;
import io.github.paysdk.odeonpay.OdeonPayClient;
import io.github.paysdk.odeonpay.checkout.CheckoutLinkRequest;
import io.github.paysdk.odeonpay.checkout.Link;
import io.github.paysdk.odeonpay.model.Transaction;
import io.github.paysdk.odeonpay.model.TransactionStatus;
import io.github.paysdk.odeonpay.payments.Card;
import io.github.paysdk.odeonpay.payments.ChargeRequest;
import io.github.paysdk.odeonpay.payments.ChargeResult;
import io.github.paysdk.odeonpay.payments.Refund;
import io.github.paysdk.odeonpay.payouts.CardPayoutRequest;
import io.github.paysdk.testing.odeonpay.OdeonPaySimulator;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A card payment with 3-D Secure, a partial refund, a payout to a card and a checkout link.
 *
 * <p>Without {@code ODEONPAY_PUBLIC_ID} and {@code ODEONPAY_API_SECRET} it runs against the in-process
 * {@link OdeonPaySimulator}, which also plays the cardholder on the 3-D Secure page. With them (plus the
 * optional {@code ODEONPAY_SIGNATURE_KEY} and {@code ODEONPAY_BASE_URL}) it runs against that server, using
 * OdeonPay's test cards; open the printed 3-D Secure URL in a browser and type the passphrase "4".
 */
public final class OdeonPayExample {
  private static final String REDIRECT_3DS_TEST_CARD = "4200000000000000";
  private static final String PAYOUT_TEST_CARD = "4242424242424242";

  private OdeonPayExample() {}

  /**
   * @param args ignored
   * @throws InterruptedException if interrupted while waiting for 3-D Secure
   */
  public static void main(String[] args) throws InterruptedException {
    run(Env.system(), System.out);
  }

  /**
   * Runs the flow.
   *
   * @param env where the credentials come from
   * @param out where each step is printed (never a secret, full card number or CVV)
   * @return the payment's final status
   * @throws InterruptedException if interrupted while waiting for 3-D Secure
   */
  public static TransactionStatus run(Env env, PrintStream out) throws InterruptedException {
    if (env.hasAll("ODEONPAY_PUBLIC_ID", "ODEONPAY_API_SECRET")) {
      out.println("Running against " + (env.get("ODEONPAY_BASE_URL") != null ? env.get("ODEONPAY_BASE_URL")
          : "https://api.odeonpay.com"));
      OdeonPayClient.Builder builder = OdeonPayClient.builder()
          .publicId(env.get("ODEONPAY_PUBLIC_ID"))
          .apiSecret(env.get("ODEONPAY_API_SECRET"))
          .signatureKey(env.get("ODEONPAY_SIGNATURE_KEY"));
      if (env.get("ODEONPAY_BASE_URL") != null) {
        builder.baseUrl(env.get("ODEONPAY_BASE_URL"));
      }
      try (OdeonPayClient odeonPay = builder.build()) {
        return flow(odeonPay, null, out);
      }
    }
    out.println("No ODEONPAY_PUBLIC_ID/ODEONPAY_API_SECRET: running against the OdeonPay simulator");
    try (OdeonPaySimulator simulator = new OdeonPaySimulator("pbid_example", "example-api-secret")
            .requireSignatureKey("example-signature-key")
            .start();
        OdeonPayClient odeonPay = OdeonPayClient.builder()
            .publicId("pbid_example")
            .apiSecret("example-api-secret")
            .signatureKey("example-signature-key")
            .baseUrl(simulator.baseUrl())
            .build()) {
      return flow(odeonPay, simulator, out);
    }
  }

  private static TransactionStatus flow(OdeonPayClient odeonPay, OdeonPaySimulator simulator, PrintStream out)
      throws InterruptedException {
    out.println("1. API test: " + odeonPay.test());

    String orderId = "example-" + UUID.randomUUID().toString().substring(0, 8);
    Card card = Card.of(REDIRECT_3DS_TEST_CARD, "123", 12, 2049);
    out.println("2. Charging 25.00 EUR to " + card.maskedPan() + " for order " + orderId);
    ChargeResult result = odeonPay.payments().charge(ChargeRequest.builder()
        .amount(new BigDecimal("25.00"))
        .currency("EUR")
        .name("Jane Roe")
        .description("Example order " + orderId)
        .invoiceId(orderId)
        .accountId("jane.roe@example.com")
        .ip("203.0.113.10")
        .card(card)
        .successRedirectUrl("https://shop.example/payment/success")
        .failureRedirectUrl("https://shop.example/payment/failure")
        .pendingRedirectUrl("https://shop.example/payment/pending")
        .build());

    long paymentId = result.transactionId();
    if (result instanceof ChargeResult.Requires3dsRedirect redirect) {
      out.println("   3-D Secure required: send the payer to " + redirect.url());
      if (simulator != null) {
        String landing = simulator.completeRedirect3ds(redirect.url(), OdeonPaySimulator.PASSPHRASE);
        out.println("   (simulated cardholder typed the passphrase; browser lands on " + landing + ")");
      } else {
        out.println("   Open it in a browser and type the passphrase 4; waiting up to 2 minutes...");
      }
    } else if (result instanceof ChargeResult.Requires3dsAcs acs) {
      out.println("   Advanced 3-D Secure required: POST PaReq and MD " + acs.md() + " to " + acs.acsUrl());
      if (simulator != null) {
        result = odeonPay.payments().post3ds(acs.transactionId(),
            simulator.acsPaRes(acs.paReq(), OdeonPaySimulator.PASSPHRASE));
      }
    } else {
      out.println("   Charge answered without 3-D Secure: " + result.getClass().getSimpleName());
    }

    Transaction payment = awaitFinalStatus(odeonPay, paymentId, out);
    out.println("3. Payment " + paymentId + " is " + payment.status()
        + (payment.isDeclined() ? " (" + payment.reasonCode() + " " + payment.reason() + ")" : ""));

    if (payment.transactionStatus() == TransactionStatus.COMPLETED) {
      Refund refund = odeonPay.payments().refund(paymentId, new BigDecimal("5.00"));
      Transaction refundStatus = odeonPay.payments().status(refund.transactionId());
      out.println("4. Refund of 5.00 EUR requested: refund " + refund.transactionId() + " is "
          + refundStatus.status() + " (the final status also arrives as a notification)");
    } else {
      out.println("4. No refund: the payment did not complete");
    }

    Transaction payout = odeonPay.payouts().toCard(CardPayoutRequest.builder()
        .pan(PAYOUT_TEST_CARD)
        .name("Jane Roe")
        .amount(new BigDecimal("10.00"))
        .currency("EUR")
        .invoiceId(orderId + "-payout")
        .build());
    out.println("5. Payout of 10.00 EUR to 424242******4242: transaction " + payout.transactionId() + " is "
        + payout.status());

    Link link = odeonPay.checkout().checkoutLink(CheckoutLinkRequest.builder()
        .amount(new BigDecimal("19.90"))
        .currency("EUR")
        .description("Example checkout " + orderId)
        .invoiceId(orderId + "-checkout")
        .successUrl("https://shop.example/payment/success")
        .failureUrl("https://shop.example/payment/failure")
        .cancelUrl("https://shop.example/cart")
        .locale("en_US")
        .build());
    out.println("6. Checkout link: " + link.action());
    return payment.transactionStatus();
  }

  private static Transaction awaitFinalStatus(OdeonPayClient odeonPay, long paymentId, PrintStream out)
      throws InterruptedException {
    Transaction payment = odeonPay.payments().status(paymentId);
    for (int i = 0; i < 24 && payment.transactionStatus() == TransactionStatus.AWAITING_AUTHENTICATION; i++) {
      Thread.sleep(5_000);
      payment = odeonPay.payments().status(paymentId);
    }
    return payment;
  }
}
