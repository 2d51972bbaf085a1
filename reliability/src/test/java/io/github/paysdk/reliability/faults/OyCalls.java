package io.github.paysdk.reliability.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.oy.OyClient;
import io.github.paysdk.oy.disbursement.CreateDisbursementRequest;
import io.github.paysdk.oy.disbursement.Disbursement;
import io.github.paysdk.oy.model.OyOutcome;
import io.github.paysdk.testing.RecordedCall;
import io.github.paysdk.testing.oy.OySimulator;
import java.util.List;

/**
 * OY!: remit-status (read); remit (money, deduplicated: OY answers a repeated partner_trx_id with a
 * duplicate code, which the SDK turns into a status lookup).
 */
final class OyCalls {
  private OyCalls() {}

  static CallUnderTest<OySimulator, OyClient> remitStatus() {
    return new Base("remit-status", CallKind.READ, "/api/remit-status") {
      @Override
      String prepare(OySimulator simulator, OyClient client) {
        String partnerTrxId = newKey();
        client.disbursement().create(order(partnerTrxId));
        return partnerTrxId;
      }

      @Override
      Object invoke(OyClient client, String key) {
        return client.disbursement().status(key);
      }
    };
  }

  static CallUnderTest<OySimulator, OyClient> remit() {
    return new Base("remit", CallKind.MONEY_DEDUPLICATED, "/api/remit") {
      @Override
      int moneyMoved(OySimulator simulator, String key) {
        return simulator.disbursementCount();
      }

      @Override
      String prepare(OySimulator simulator, OyClient client) {
        return null;
      }

      @Override
      Object invoke(OyClient client, String key) {
        return client.disbursement().create(order(key));
      }
    };
  }

  private static CreateDisbursementRequest order(String partnerTrxId) {
    return CreateDisbursementRequest.builder().recipientBank("014").recipientAccount("1239812390")
        .amount(15_000).note("fault matrix").partnerTrxId(partnerTrxId).build();
  }

  private abstract static class Base extends CallUnderTest<OySimulator, OyClient> {
    @Override
    List<String> secrets(OySimulator simulator) {
      return List.of(simulator.apiKey());
    }

    @Override
    ProviderError providerError() {
      return new ProviderError("{\"status\":{\"code\":\"999\",\"message\":\"Internal Server Error\"}}", "999", "Internal Server Error");
    }

    Base(String operation, CallKind kind, String path) {
      super("OY", operation, kind, "POST", path);
    }

    /**
     * OY's "enum" is its status code table; the SDK classifies a code it does not know as
     * OUTCOME_UNKNOWN and throws it as an ApiException carrying the code (for remit: outcome unknown,
     * look it up by partner_trx_id), rather than guessing.
     */
    @Override
    Expected expected(Scenario scenario) {
      return scenario == Scenario.UNKNOWN_VALUES
          ? new Expected.Fails(ApiException.class, 200, kind().movesMoney(), 1, null)
          : super.expected(scenario);
    }

    @Override
    String expectedProviderCode(Scenario scenario) {
      return scenario == Scenario.UNKNOWN_VALUES ? "777" : super.expectedProviderCode(scenario);
    }

    @Override
    OySimulator startSimulator() {
      return OySimulator.startDefault();
    }

    @Override
    OyClient client(OySimulator simulator, String baseUrl, ClientSettings settings) {
      return settings.applyTo(OyClient.builder()
          .username(simulator.username()).apiKey(simulator.apiKey()).baseUrl(baseUrl)).build();
    }

    @Override
    String keyOf(RecordedCall call) {
      return FaultJson.field(call.body(), "partner_trx_id");
    }

    @Override
    void putUnknownEnumValue(ObjectNode normal) {
      ((ObjectNode) normal.get("status")).put("code", "777").put("message", "A code from the future");
    }

    @Override
    boolean toleratedUnknown(Object result) {
      return result instanceof Disbursement d && d.outcome() == OyOutcome.OUTCOME_UNKNOWN;
    }

    @Override
    JsonNode withNullObject(ObjectNode normal) {
      return normal.putNull("status");
    }
  }
}
