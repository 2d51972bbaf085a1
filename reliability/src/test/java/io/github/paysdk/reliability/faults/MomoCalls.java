package io.github.paysdk.reliability.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.momo.MomoClient;
import io.github.paysdk.momo.MomoEnvironment;
import io.github.paysdk.momo.MomoSandbox;
import io.github.paysdk.momo.ProductCredentials;
import io.github.paysdk.momo.model.Party;
import io.github.paysdk.momo.model.TransactionResult;
import io.github.paysdk.momo.model.TransactionStatus;
import io.github.paysdk.momo.model.TransferRequest;
import io.github.paysdk.testing.RecordedCall;
import io.github.paysdk.testing.momo.MomoSimulator;
import java.util.UUID;
import java.util.List;

/**
 * MTN MoMo: disbursement transfer status (read); transfer (money, deduplicated: MTN keys on the
 * {@code X-Reference-Id} the SDK resends unchanged).
 */
final class MomoCalls {
  private static final String TRANSFER = "/disbursement/v1_0/transfer";

  private MomoCalls() {}

  static CallUnderTest<MomoSimulator, MomoClient> transferStatus() {
    return new Base("transferStatus", CallKind.READ, "GET") {
      @Override
      String prepare(MomoSimulator simulator, MomoClient client) {
        return client.disbursement().transfer(transfer(UUID.randomUUID().toString()))
            .referenceId().toString();
      }

      @Override
      Object invoke(MomoClient client, String key) {
        return client.disbursement().transferStatus(UUID.fromString(key));
      }
    };
  }

  static CallUnderTest<MomoSimulator, MomoClient> transfer() {
    return new Base("transfer", CallKind.MONEY_DEDUPLICATED, "POST") {
      @Override
      int moneyMoved(MomoSimulator simulator, String key) {
        return simulator.statusOf(key) == null ? 0 : 1;
      }

      @Override
      String prepare(MomoSimulator simulator, MomoClient client) {
        return null;
      }

      @Override
      Object invoke(MomoClient client, String key) {
        return client.disbursement().transfer(transfer(key));
      }

      @Override
      String newKey() {
        return UUID.randomUUID().toString();
      }

      @Override
      boolean readsSuccessBody() {
        return false;
      }

      @Override
      Expected expected(Scenario scenario) {
        switch (scenario) {
          // MTN accepts a transfer with 202 and no body: a 2xx is the answer, its body is not read.
          // With no body there is nothing to cut in the middle either.
          case RESET_MID_BODY, MALFORMED_JSON, TRUNCATED_JSON, EMPTY_BODY, UNKNOWN_VALUES, NULL_OBJECT:
            return Expected.Succeeds.at(1);
          case HUGE_BODY:
            return new Expected.Fails(MalformedResponseException.class, 200, true, 1, null);
          default:
            return super.expected(scenario);
        }
      }
    };
  }

  private static TransferRequest transfer(String referenceId) {
    return TransferRequest.builder().amount("40").currency("EUR").externalId("payout-2002")
        .payee(Party.msisdn(MomoSandbox.SUCCESS)).payerMessage("fault matrix").payeeNote("fault matrix")
        .referenceId(UUID.fromString(referenceId)).build();
  }

  private abstract static class Base extends CallUnderTest<MomoSimulator, MomoClient> {
    @Override
    List<String> secrets(MomoSimulator simulator) {
      return List.of(MomoSimulator.API_KEY, MomoSimulator.DISBURSEMENT_SUBSCRIPTION_KEY);
    }

    /** A 401 makes the SDK drop its access token, fetch a new one and send the request once more. */
    @Override
    Expected expected(Scenario scenario) {
      return scenario == Scenario.UNAUTHORIZED_ONCE ? Expected.Succeeds.at(2) : super.expected(scenario);
    }

    @Override
    ProviderError providerError() {
      return new ProviderError("{\"code\":\"INTERNAL_PROCESSING_ERROR\",\"message\":\"An internal error occurred\"}", "INTERNAL_PROCESSING_ERROR", "An internal error occurred");
    }

    Base(String operation, CallKind kind, String method) {
      super("MoMo", operation, kind, method, TRANSFER);
    }

    @Override
    MomoSimulator startSimulator() {
      return new MomoSimulator().start();
    }

    @Override
    MomoClient client(MomoSimulator simulator, String baseUrl, ClientSettings settings) {
      return settings.applyTo(MomoClient.builder()
          .environment(MomoEnvironment.SANDBOX)
          .baseUrl(baseUrl)
          .disbursement(ProductCredentials.of(MomoSimulator.DISBURSEMENT_SUBSCRIPTION_KEY,
              MomoSimulator.API_USER, MomoSimulator.API_KEY))).build();
    }

    @Override
    void warmUp(MomoClient client) {
      client.disbursement().balance(); // fetches the access token
    }

    @Override
    boolean isAttempt(RecordedCall call) {
      return super.isAttempt(call) && (call.method().equals("POST") ? call.path().equals(TRANSFER)
          : call.path().startsWith(TRANSFER + "/"));
    }

    @Override
    String keyOf(RecordedCall call) {
      return call.header("X-Reference-Id");
    }

    @Override
    void putUnknownEnumValue(ObjectNode normal) {
      normal.put("status", "TELEPORTED");
    }

    @Override
    boolean toleratedUnknown(Object result) {
      return result instanceof TransactionResult r && r.status() == TransactionStatus.UNKNOWN;
    }

    @Override
    JsonNode withNullObject(ObjectNode normal) {
      return NullNode.instance;
    }
  }
}
