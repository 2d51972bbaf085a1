package io.github.paysdk.examples.momo;

import io.github.paysdk.examples.Env;
import io.github.paysdk.momo.MomoClient;
import io.github.paysdk.momo.MomoEnvironment;
import io.github.paysdk.momo.MomoSandbox;
import io.github.paysdk.momo.ProductCredentials;
import io.github.paysdk.momo.TargetEnvironments;
import io.github.paysdk.momo.collection.RequestToPayRequest;
import io.github.paysdk.momo.model.Accepted;
import io.github.paysdk.momo.model.Party;
import io.github.paysdk.momo.model.StatusPoller;
import io.github.paysdk.momo.model.TransactionResult;
import io.github.paysdk.momo.model.TransferRequest;
import io.github.paysdk.testing.momo.MomoSimulator;
import java.io.PrintStream;
import java.time.Duration;

/**
 * MTN MoMo: a collection request to pay and a disbursement transfer, each polled to a final status.
 *
 * <p>Without credentials it runs against the in-process {@link MomoSimulator}. With
 * {@code MOMO_COLLECTION_SUBSCRIPTION_KEY}, {@code MOMO_COLLECTION_API_USER},
 * {@code MOMO_COLLECTION_API_KEY}, the same three {@code MOMO_DISBURSEMENT_*} variables and
 * {@code MOMO_TARGET_ENVIRONMENT} set (plus optional {@code MOMO_BASE_URL}, {@code MOMO_CURRENCY},
 * {@code MOMO_PAYER_MSISDN}, {@code MOMO_PAYEE_MSISDN}) it runs against that server: the MTN sandbox
 * when the target environment is {@code sandbox}, production otherwise. No secret is ever printed.
 */
public final class MomoExample {
  static final String[] CREDENTIALS = {
      "MOMO_COLLECTION_SUBSCRIPTION_KEY", "MOMO_COLLECTION_API_USER", "MOMO_COLLECTION_API_KEY",
      "MOMO_DISBURSEMENT_SUBSCRIPTION_KEY", "MOMO_DISBURSEMENT_API_USER", "MOMO_DISBURSEMENT_API_KEY",
      "MOMO_TARGET_ENVIRONMENT"};

  private MomoExample() {}

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
   * @param out where steps are printed
   * @return the two final results: request to pay, then transfer
   */
  public static TransactionResult[] run(Env env, PrintStream out) {
    if (env.hasAll(CREDENTIALS)) {
      out.println("MoMo: using MOMO_* credentials, target environment "
          + env.get("MOMO_TARGET_ENVIRONMENT"));
      try (MomoClient momo = fromEnv(env)) {
        return flow(momo, momo.poller(), env, out, Duration.ofMinutes(6));
      }
    }
    out.println("MoMo: no MOMO_* credentials set, running against the in-process simulator");
    try (MomoSimulator simulator = new MomoSimulator().start();
        MomoClient momo = MomoClient.builder()
            .environment(MomoEnvironment.SANDBOX)
            .baseUrl(simulator.baseUrl())
            .collection(ProductCredentials.of(MomoSimulator.COLLECTION_SUBSCRIPTION_KEY,
                MomoSimulator.API_USER, MomoSimulator.API_KEY))
            .disbursement(ProductCredentials.of(MomoSimulator.DISBURSEMENT_SUBSCRIPTION_KEY,
                MomoSimulator.API_USER, MomoSimulator.API_KEY))
            .build()) {
      StatusPoller quick = momo.poller().withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));
      return flow(momo, quick, env, out, Duration.ofSeconds(30));
    }
  }

  private static MomoClient fromEnv(Env env) {
    String target = env.get("MOMO_TARGET_ENVIRONMENT");
    MomoClient.Builder builder = MomoClient.builder()
        .environment(TargetEnvironments.SANDBOX.equals(target)
            ? MomoEnvironment.SANDBOX : MomoEnvironment.PRODUCTION)
        .targetEnvironment(target)
        .collection(ProductCredentials.of(env.get("MOMO_COLLECTION_SUBSCRIPTION_KEY"),
            env.get("MOMO_COLLECTION_API_USER"), env.get("MOMO_COLLECTION_API_KEY")))
        .disbursement(ProductCredentials.of(env.get("MOMO_DISBURSEMENT_SUBSCRIPTION_KEY"),
            env.get("MOMO_DISBURSEMENT_API_USER"), env.get("MOMO_DISBURSEMENT_API_KEY")));
    if (env.get("MOMO_BASE_URL") != null) {
      builder.baseUrl(env.get("MOMO_BASE_URL"));
    }
    return builder.build();
  }

  private static TransactionResult[] flow(MomoClient momo, StatusPoller poller, Env env,
      PrintStream out, Duration timeout) {
    String currency = env.get("MOMO_CURRENCY") != null ? env.get("MOMO_CURRENCY") : MomoSandbox.CURRENCY;
    String payer = env.get("MOMO_PAYER_MSISDN") != null ? env.get("MOMO_PAYER_MSISDN") : MomoSandbox.SUCCESS;
    String payee = env.get("MOMO_PAYEE_MSISDN") != null ? env.get("MOMO_PAYEE_MSISDN") : MomoSandbox.SUCCESS;

    out.println("1. Collection balance: " + momo.collection().balance().availableBalance() + " " + currency);

    RequestToPayRequest pay = RequestToPayRequest.builder()
        .amount("100").currency(currency).externalId("order-1001")
        .payer(Party.msisdn(payer)).payerMessage("Order 1001").payeeNote("paysdk example")
        .build();
    out.println("2. Request to pay " + pay.amount() + " " + currency + ", reference id "
        + pay.referenceId() + " (persist it before sending)");
    Accepted accepted = momo.collection().requestToPay(pay);
    out.println("   accepted (202); waiting for the payer's approval");
    TransactionResult paid = poller.awaitFinal(
        () -> momo.collection().requestToPayStatus(accepted.referenceId()), timeout);
    out.println("   final status: " + describe(paid));

    TransferRequest transfer = TransferRequest.builder()
        .amount("40").currency(currency).externalId("payout-2002")
        .payee(Party.msisdn(payee)).payerMessage("Payout 2002").payeeNote("paysdk example")
        .build();
    out.println("3. Disbursement transfer " + transfer.amount() + " " + currency + ", reference id "
        + transfer.referenceId());
    Accepted sent = momo.disbursement().transfer(transfer);
    TransactionResult done = poller.awaitFinal(
        () -> momo.disbursement().transferStatus(sent.referenceId()), timeout);
    out.println("   final status: " + describe(done));
    return new TransactionResult[] {paid, done};
  }

  private static String describe(TransactionResult result) {
    String text = result.status().name();
    if (result.financialTransactionId() != null) {
      text += ", financial transaction id " + result.financialTransactionId();
    }
    if (result.reason() != null) {
      text += ", reason " + result.reason().code();
    }
    return result.isFinal() ? text : text + " (not final yet: query again later)";
  }
}
