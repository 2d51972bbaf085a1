package io.github.paysdk.examples.oy;

import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.examples.Env;
import io.github.paysdk.oy.OyClient;
import io.github.paysdk.oy.OyEnvironment;
import io.github.paysdk.oy.accountinquiry.AccountInquiry;
import io.github.paysdk.oy.callback.OyCallbacks;
import io.github.paysdk.oy.callback.VaPaymentCallback;
import io.github.paysdk.oy.checkout.CreatePaymentLinkRequest;
import io.github.paysdk.oy.checkout.PaymentLink;
import io.github.paysdk.oy.checkout.PaymentStatus;
import io.github.paysdk.oy.disbursement.CreateDisbursementRequest;
import io.github.paysdk.oy.disbursement.Disbursement;
import io.github.paysdk.oy.virtualaccount.CreateVirtualAccountRequest;
import io.github.paysdk.oy.virtualaccount.VaTransaction;
import io.github.paysdk.oy.virtualaccount.VirtualAccount;
import io.github.paysdk.testing.oy.OySimulator;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

/**
 * OY! Indonesia: an account inquiry, a disbursement followed to its final status, a static VA receiving
 * a payment, and a payment link.
 *
 * <p>Without {@code OY_USERNAME} and {@code OY_API_KEY} in the environment it runs against the
 * in-process {@link OySimulator}, which also plays the payer. With them it runs against
 * {@code OY_BASE_URL} if set, else OY's staging server; paying the VA and the link is then up to you
 * (OY's staging dashboard), so the example prints what to pay and checks the status once.
 */
public final class OyExample {
  private OyExample() {}

  /**
   * @param args ignored
   */
  public static void main(String[] args) {
    run(Env.system(), System.out);
  }

  /**
   * Runs the flow.
   *
   * @param env where credentials come from
   * @param out where each step is printed
   */
  public static void run(Env env, PrintStream out) {
    if (env.hasAll("OY_USERNAME", "OY_API_KEY")) {
      String baseUrl = env.get("OY_BASE_URL");
      out.println("Using OY at " + (baseUrl != null ? baseUrl : OyEnvironment.STAGING.baseUrl()));
      OyClient.Builder builder = OyClient.builder()
          .username(env.get("OY_USERNAME"))
          .apiKey(env.get("OY_API_KEY"))
          .environment(OyEnvironment.STAGING);
      if (baseUrl != null) {
        builder.baseUrl(baseUrl);
      }
      try (OyClient oy = builder.build()) {
        flow(oy, null, out, Duration.ofSeconds(10));
      }
      return;
    }
    try (OySimulator simulator = OySimulator.startDefault()) {
      out.println("Using the in-process OY simulator at " + simulator.baseUrl());
      try (OyClient oy = OyClient.builder()
          .username(simulator.username())
          .apiKey(simulator.apiKey())
          .baseUrl(simulator.baseUrl())
          .build()) {
        flow(oy, simulator, out, Duration.ZERO);
      }
    }
  }

  private static void flow(OyClient oy, OySimulator simulator, PrintStream out, Duration pollEvery) {
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    AccountInquiry account = oy.accountInquiry().inquire("014", "1239812390");
    out.println("1. Account inquiry 014/1239812390: "
        + (account.accountFound() ? "holder " + account.accountName() : "not found")
        + " (code " + account.status().code() + ")");

    String partnerTrxId = "example-" + run;
    Disbursement disbursement = oy.disbursement().create(CreateDisbursementRequest.builder()
        .recipientBank("014").recipientAccount("1239812390").amount(15_000)
        .note("paysdk example").partnerTrxId(partnerTrxId).build());
    out.println("2. Disbursement " + partnerTrxId + " created: " + disbursement.outcome()
        + " (code " + disbursement.code() + ")");
    for (int poll = 1; !disbursement.isFinal() && poll <= 12; poll++) {
      sleep(pollEvery);
      try {
        disbursement = oy.disbursement().status(partnerTrxId);
        out.println("   status check " + poll + ": " + disbursement.outcome()
            + " (code " + disbursement.code() + ")");
      } catch (PaySdkException e) {
        out.println("   status check " + poll + " failed, will retry: " + e.getMessage());
      }
    }

    VirtualAccount va = oy.virtualAccounts().create(CreateVirtualAccountRequest.builder()
        .partnerUserId("customer-" + run).bankCode("002").amount(50_000).open(false)
        .singleUse(true).usernameDisplay("paysdk example").partnerTrxId("va-" + run).build());
    out.println("3. Static VA " + va.vaNumber() + " at bank " + va.bankCode() + " for "
        + va.amount().toPlainString() + ": " + va.vaStatus());
    if (simulator != null) {
      byte[] callbackBody = simulator.payVirtualAccount(va.vaNumber(), new BigDecimal("50000"));
      VaPaymentCallback callback = OyCallbacks.parseVaPayment(callbackBody);
      VaTransaction confirmed = oy.callbacks().verifyVaPayment(callback, va.id());
      out.println("   payment callback for " + callback.amount().toPlainString()
          + " confirmed by re-query (settlement " + confirmed.settlementStatus() + "); VA is now "
          + oy.virtualAccounts().get(va.id()).vaStatus());
    } else {
      out.println("   pay it from OY's staging dashboard; the VA callback will follow");
    }

    String partnerTxId = "link" + run;
    PaymentLink link = oy.checkout().createPaymentLink(CreatePaymentLinkRequest.builder()
        .partnerTxId(partnerTxId).senderName("Budi Santoso").amount(25_000).open(false)
        .includeAdminFee(false).description("paysdk example").build());
    out.println("4. Payment link " + partnerTxId + ": " + link.url());
    if (simulator != null) {
      PaymentStatus callback = OyCallbacks.parsePaymentLink(
          simulator.payPaymentLink(partnerTxId, "VA"));
      PaymentStatus confirmed = oy.callbacks().verifyPaymentLink(callback);
      out.println("   paid by " + confirmed.paymentMethod() + "; status " + confirmed.status()
          + " confirmed by re-query");
    } else {
      out.println("   status now: " + oy.checkout().status(partnerTxId).status());
    }
    out.println("Done.");
  }

  private static void sleep(Duration duration) {
    if (duration.isZero()) {
      return;
    }
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while polling", e);
    }
  }
}
