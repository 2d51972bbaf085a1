package io.github.paysdk.reliability.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.odeonpay.OdeonPayClient;
import io.github.paysdk.odeonpay.error.DuplicateInvoiceException;
import io.github.paysdk.odeonpay.model.Transaction;
import io.github.paysdk.odeonpay.model.TransactionStatus;
import io.github.paysdk.odeonpay.payments.Card;
import io.github.paysdk.odeonpay.payments.ChargeRequest;
import io.github.paysdk.odeonpay.payments.ChargeResult;
import io.github.paysdk.testing.RecordedCall;
import io.github.paysdk.testing.odeonpay.OdeonPaySimulator;
import java.math.BigDecimal;
import java.util.List;

/**
 * OdeonPay: a transaction's status (read); a card charge (money, sent once: without the account's
 * invoice duplicate protection OdeonPay does not deduplicate).
 */
final class OdeonPayCalls {
  private static final String PUBLIC_ID = "pbid_faults";
  private static final String API_SECRET = "fault-matrix-api-secret";
  /** Completes without 3-D Secure in the simulator. */
  private static final String CARD = "4242424242424242";
  private static final int DUPLICATE_INVOICE = 6002;

  private OdeonPayCalls() {}

  static CallUnderTest<OdeonPaySimulator, OdeonPayClient> status() {
    return new Base("status", CallKind.READ, "POST", "/payments/status") {
      @Override
      String prepare(OdeonPaySimulator simulator, OdeonPayClient client) {
        return String.valueOf(client.payments().charge(charge(newKey())).transactionId());
      }

      @Override
      Object invoke(OdeonPayClient client, String key) {
        return client.payments().status(Long.parseLong(key));
      }
    };
  }

  static CallUnderTest<OdeonPaySimulator, OdeonPayClient> charge() {
    return new Base("charge", CallKind.MONEY_ONCE, "POST", "/payments/charge/card") {
      @Override
      String prepare(OdeonPaySimulator simulator, OdeonPayClient client) {
        return null;
      }

      @Override
      Object invoke(OdeonPayClient client, String key) {
        return client.payments().charge(charge(key));
      }
    };
  }

  /**
   * With invoice duplicate protection on (account setting and client option), OdeonPay declines a second
   * charge with the same invoice id (reason 6002), so the SDK may resend the same bytes.
   */
  static CallUnderTest<OdeonPaySimulator, OdeonPayClient> chargeWithDuplicateProtection() {
    return new Base("charge (duplicate protection)", CallKind.MONEY_DEDUPLICATED, "POST",
        "/payments/charge/card") {
      @Override
      OdeonPaySimulator startSimulator() {
        return super.startSimulator().duplicateProtection(true);
      }

      @Override
      OdeonPayClient client(OdeonPaySimulator simulator, String baseUrl, ClientSettings settings) {
        return settings.applyTo(OdeonPayClient.builder().invoiceDuplicateProtection(true)
            .publicId(PUBLIC_ID).apiSecret(API_SECRET).baseUrl(baseUrl)).build();
      }

      @Override
      String prepare(OdeonPaySimulator simulator, OdeonPayClient client) {
        return null;
      }

      @Override
      Object invoke(OdeonPayClient client, String key) {
        return client.payments().charge(charge(key));
      }

      /**
       * When the first attempt was processed and its answer lost, the resent charge is declined as a
       * duplicate: the SDK cannot rebuild the first answer (it may have been a 3-D Secure redirect), so it
       * says the outcome is unknown and names the invoice id to look it up by (statusByInvoice).
       */
      @Override
      Expected expected(Scenario scenario) {
        switch (scenario) {
          case RESET_BEFORE_RESPONSE, RESET_MID_BODY:
            return new Expected.Fails(DuplicateInvoiceException.class, 200, true, 2, null);
          case READ_TIMEOUT:
            return new Expected.Fails(DuplicateInvoiceException.class, 200, true, 2, 3, null);
          default:
            return super.expected(scenario);
        }
      }

      @Override
      String expectedProviderCode(Scenario scenario) {
        return expected(scenario) instanceof Expected.Fails f && f.type() == DuplicateInvoiceException.class
            ? String.valueOf(DUPLICATE_INVOICE) : super.expectedProviderCode(scenario);
      }
    };
  }

  private static ChargeRequest charge(String invoiceId) {
    return ChargeRequest.builder()
        .amount(new BigDecimal("25.00")).currency("EUR").name("Jane Roe")
        .description("fault matrix").invoiceId(invoiceId).accountId("jane.roe@example.com")
        .ip("203.0.113.10").card(Card.of(CARD, "123", 12, 2049)).build();
  }

  private abstract static class Base extends CallUnderTest<OdeonPaySimulator, OdeonPayClient> {
    @Override
    List<String> secrets(OdeonPaySimulator simulator) {
      return List.of(API_SECRET, CARD);
    }

    @Override
    ProviderError providerError() {
      return new ProviderError("{\"success\":false,\"message\":\"Internal error\"}", null, "Internal error");
    }

    Base(String operation, CallKind kind, String method, String path) {
      super("OdeonPay", operation, kind, method, path);
    }

    @Override
    OdeonPaySimulator startSimulator() {
      return new OdeonPaySimulator(PUBLIC_ID, API_SECRET).start();
    }

    @Override
    OdeonPayClient client(OdeonPaySimulator simulator, String baseUrl, ClientSettings settings) {
      return settings.applyTo(OdeonPayClient.builder()
          .publicId(PUBLIC_ID).apiSecret(API_SECRET).baseUrl(baseUrl)).build();
    }

    @Override
    String keyOf(RecordedCall call) {
      return FaultJson.field(call.body(), "invoiceId");
    }

    /** Charges held for the invoice id, not counting declines as a duplicate (reason 6002). */
    @Override
    int moneyMoved(OdeonPaySimulator simulator, String key) {
      return (int) simulator.transactions().stream()
          .filter(t -> key.equals(t.invoiceId()) && !Integer.valueOf(DUPLICATE_INVOICE).equals(t.reasonCode()))
          .count();
    }

    @Override
    void putUnknownEnumValue(ObjectNode normal) {
      ((ObjectNode) normal.get("model")).put("statusCode", 987).put("status", "BrandNewStatus");
    }

    @Override
    boolean toleratedUnknown(Object result) {
      Transaction transaction = result instanceof Transaction t ? t
          : result instanceof ChargeResult.Completed c ? c.transaction()
          : result instanceof ChargeResult.Declined d ? d.transaction()
          : result instanceof ChargeResult.Pending p ? p.transaction() : null;
      return transaction != null && transaction.transactionStatus() == TransactionStatus.UNKNOWN;
    }

    @Override
    JsonNode withNullObject(ObjectNode normal) {
      return normal.putNull("model");
    }
  }
}
