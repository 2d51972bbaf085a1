package io.github.paysdk.reliability.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.odeo.OdeoClient;
import io.github.paysdk.odeo.disbursement.CreateDisbursementRequest;
import io.github.paysdk.odeo.disbursement.Disbursement;
import io.github.paysdk.odeo.disbursement.DisbursementStatus;
import io.github.paysdk.testing.RecordedCall;
import io.github.paysdk.testing.odeo.OdeoSimulator;
import java.util.List;

/** Odeo: look a disbursement up by reference id (read); create a disbursement (money, sent once). */
final class OdeoCalls {
  private OdeoCalls() {}

  static CallUnderTest<OdeoSimulator, OdeoClient> getDisbursementByReferenceId() {
    return new Base("getDisbursementByReferenceId", CallKind.READ, "GET",
        "/dg/v1/disbursements/reference-id") {
      @Override
      String prepare(OdeoSimulator simulator, OdeoClient client) {
        String referenceId = newKey();
        client.disbursement().createDisbursement(order(referenceId));
        return referenceId;
      }

      @Override
      Object invoke(OdeoClient client, String key) {
        return client.disbursement().getDisbursementByReferenceId(key);
      }
    };
  }

  static CallUnderTest<OdeoSimulator, OdeoClient> createDisbursement() {
    return new Base("createDisbursement", CallKind.MONEY_ONCE, "POST", "/dg/v1/disbursements") {
      @Override
      int moneyMoved(OdeoSimulator simulator, String key) {
        return simulator.disbursementCount();
      }

      @Override
      String prepare(OdeoSimulator simulator, OdeoClient client) {
        return null;
      }

      @Override
      Object invoke(OdeoClient client, String key) {
        return client.disbursement().createDisbursement(order(key));
      }
    };
  }

  private static CreateDisbursementRequest order(String referenceId) {
    return CreateDisbursementRequest.builder()
        .accountNumber("1234567890").amount(150_000).bankId(1).customerName("Budi Santoso")
        .referenceId(referenceId).description("fault matrix").build();
  }

  private abstract static class Base extends CallUnderTest<OdeoSimulator, OdeoClient> {
    @Override
    List<String> secrets(OdeoSimulator simulator) {
      return List.of(simulator.clientSecret(), simulator.signingKey());
    }

    /** A 401 makes the SDK drop its access token, fetch a new one and send the request once more. */
    @Override
    Expected expected(Scenario scenario) {
      return scenario == Scenario.UNAUTHORIZED_ONCE ? Expected.Succeeds.at(2) : super.expected(scenario);
    }

    @Override
    ProviderError providerError() {
      return new ProviderError("{\"error_code\":10000,\"message\":\"General error\"}", "10000", "General error");
    }

    Base(String operation, CallKind kind, String method, String path) {
      super("Odeo", operation, kind, method, path);
    }

    @Override
    OdeoSimulator startSimulator() {
      return new OdeoSimulator().start();
    }

    @Override
    OdeoClient client(OdeoSimulator simulator, String baseUrl, ClientSettings settings) {
      return settings.applyTo(OdeoClient.builder()
          .clientId(simulator.clientId())
          .clientSecret(simulator.clientSecret())
          .signingKey(simulator.signingKey())
          .baseUrl(baseUrl)).build();
    }

    @Override
    void warmUp(OdeoClient client) {
      client.disbursement().getBanks(); // fetches the access token
    }

    @Override
    String keyOf(RecordedCall call) {
      return FaultJson.field(call.body(), "reference_id");
    }

    @Override
    void putUnknownEnumValue(ObjectNode normal) {
      normal.put("status", 77777);
    }

    @Override
    boolean toleratedUnknown(Object result) {
      return result instanceof Disbursement d && d.status() == DisbursementStatus.UNKNOWN;
    }

    @Override
    JsonNode withNullObject(ObjectNode normal) {
      return NullNode.instance;
    }
  }
}
