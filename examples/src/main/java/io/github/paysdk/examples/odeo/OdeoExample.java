package io.github.paysdk.examples.odeo;

import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.paging.Page;
import io.github.paysdk.examples.Env;
import io.github.paysdk.odeo.OdeoClient;
import io.github.paysdk.odeo.OdeoEnvironment;
import io.github.paysdk.odeo.cash.Balance;
import io.github.paysdk.odeo.cash.CashTransaction;
import io.github.paysdk.odeo.disbursement.Bank;
import io.github.paysdk.odeo.disbursement.BankAccount;
import io.github.paysdk.odeo.disbursement.BankAccountInquiryRequest;
import io.github.paysdk.odeo.disbursement.CreateDisbursementRequest;
import io.github.paysdk.odeo.disbursement.Disbursement;
import io.github.paysdk.testing.odeo.OdeoSimulator;
import java.io.PrintStream;
import java.util.List;

/**
 * Odeo For Business: list banks, inquire an account, disburse, look the disbursement up, check the
 * balance and page through the transaction history.
 *
 * <p>Without {@code ODEO_CLIENT_ID}, {@code ODEO_CLIENT_SECRET} and {@code ODEO_SIGNING_KEY} in the
 * environment it runs against the in-process {@link OdeoSimulator}. With them it runs against
 * {@code ODEO_BASE_URL} if set, else Odeo's development server.
 */
public final class OdeoExample {
  private OdeoExample() {}

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
    if (env.hasAll("ODEO_CLIENT_ID", "ODEO_CLIENT_SECRET", "ODEO_SIGNING_KEY")) {
      String baseUrl = env.get("ODEO_BASE_URL");
      out.println("Using Odeo at " + (baseUrl != null ? baseUrl : OdeoEnvironment.DEVELOPMENT.baseUrl()));
      OdeoClient.Builder builder = OdeoClient.builder()
          .clientId(env.get("ODEO_CLIENT_ID"))
          .clientSecret(env.get("ODEO_CLIENT_SECRET"))
          .signingKey(env.get("ODEO_SIGNING_KEY"))
          .environment(OdeoEnvironment.DEVELOPMENT);
      if (baseUrl != null) {
        builder.baseUrl(baseUrl);
      }
      try (OdeoClient odeo = builder.build()) {
        flow(odeo, out);
      }
      return;
    }
    try (OdeoSimulator simulator = new OdeoSimulator().start()) {
      simulator.setPageSize(1); // small pages, so the history below spans several
      out.println("No ODEO_* credentials set: using the in-process Odeo simulator at " + simulator.baseUrl());
      try (OdeoClient odeo = OdeoClient.builder()
          .clientId(simulator.clientId())
          .clientSecret(simulator.clientSecret())
          .signingKey(simulator.signingKey())
          .baseUrl(simulator.baseUrl())
          .build()) {
        flow(odeo, out);
      }
    }
  }

  private static void flow(OdeoClient odeo, PrintStream out) {
    List<Bank> banks = odeo.disbursement().getBanks();
    out.println("1. " + banks.size() + " banks, e.g. " + banks.get(0).name() + " (bank_id "
        + banks.get(0).bankId() + ")");
    Bank bank = banks.get(0);

    BankAccount account = odeo.disbursement().bankAccountInquiry(BankAccountInquiryRequest.builder()
        .accountNumber("1234567890").bankId(bank.bankId()).customerName("Budi Santoso")
        .withValidation(true).build());
    out.println("2. Inquiry: account " + account.accountNumber() + " holder '" + account.accountName()
        + "', status " + account.status() + ", fee " + account.fee() + " IDR");

    String referenceId = "paysdk-example-" + System.currentTimeMillis();
    CreateDisbursementRequest request = CreateDisbursementRequest.builder()
        .accountNumber(account.accountNumber()).amount(150_000).bankId(bank.bankId())
        .customerName("Budi Santoso").referenceId(referenceId).description("paysdk example").build();
    Disbursement disbursement;
    try {
      disbursement = odeo.disbursement().createDisbursement(request);
    } catch (PaySdkException e) {
      if (!e.isOutcomeUnknown()) {
        throw e;
      }
      // The money may have moved: never resend blindly, look the order up by its reference id.
      out.println("   Outcome unknown (" + e.getMessage() + "); looking it up by " + e.lookupKey());
      disbursement = odeo.disbursement().getDisbursementByReferenceId(e.lookupKey());
    }
    out.println("3. Disbursed " + disbursement.amount() + " IDR (fee " + disbursement.fee()
        + "), id " + disbursement.disbursementId() + ", status " + disbursement.status());

    Disbursement found = odeo.disbursement().getDisbursementByReferenceId(referenceId);
    out.println("4. Looked up by reference id " + referenceId + ": status " + found.status());

    Balance balance = odeo.cash().getBalance();
    out.println("5. Balance: " + balance.cash().formattedAmount() + " (locked "
        + balance.lockedCash().formattedAmount() + ")");

    Page<CashTransaction> page = odeo.cash().getTransactionsHistory();
    int number = 1;
    while (true) {
      out.println("6. History page " + number + ":");
      for (CashTransaction transaction : page.items()) {
        out.println("     " + transaction.createdAt() + " " + transaction.transactionType() + " "
            + transaction.amount() + " IDR -> balance " + transaction.balanceAfter());
      }
      if (!page.hasNextPage() || number == 5) {
        break;
      }
      page = page.nextPage();
      number++;
    }
    out.println("Done.");
  }
}
