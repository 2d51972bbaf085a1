package io.github.paysdk.reliability.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.testing.RecordedCall;
import io.github.paysdk.testing.SimulatorServer;
import java.util.UUID;

/**
 * One SDK call the fault matrix drives, as a provider adapter: how to start the provider's simulator,
 * build a client, set up what the call needs, make the call, and recognise its attempts on the server.
 *
 * @param <S> the simulator type
 * @param <C> the client type
 */
abstract class CallUnderTest<S extends SimulatorServer, C extends AutoCloseable> {
  private final String provider;
  private final String operation;
  private final CallKind kind;
  private final String method;
  private final String path;

  /**
   * @param provider the provider, e.g. "Odeo"
   * @param operation the SDK method, e.g. "createDisbursement"
   * @param kind what the call does to money
   * @param method the HTTP method of its attempts
   * @param path the path of its attempts, or a prefix followed by "/{id}"
   */
  CallUnderTest(String provider, String operation, CallKind kind, String method, String path) {
    this.provider = provider;
    this.operation = operation;
    this.kind = kind;
    this.method = method;
    this.path = path;
  }

  String provider() {
    return provider;
  }

  String operation() {
    return operation;
  }

  CallKind kind() {
    return kind;
  }

  /** @return a started simulator */
  abstract S startSimulator();

  /**
   * @param simulator the simulator, for its credentials
   * @param baseUrl where the client sends requests (the simulator's, or a dead port)
   * @param settings the transport settings
   * @return the client
   */
  abstract C client(S simulator, String baseUrl, ClientSettings settings);

  /**
   * Runs before any fault is queued, on a second client with the standard settings: creates what a read
   * reads.
   *
   * @param simulator the simulator
   * @param client a client with the standard settings
   * @return the id a read reads, or null for a money-moving call
   */
  abstract String prepare(S simulator, C client);

  /**
   * @param simulator the simulator, for its credentials
   * @return every credential and full card number the call uses; none may appear in what the user gets
   */
  abstract java.util.List<String> secrets(S simulator);

  /**
   * Runs on the client under test before any fault is queued, so that the fault hits the call itself:
   * providers with access tokens fetch one here.
   *
   * @param client the client under test
   */
  void warmUp(C client) {}

  /**
   * Makes the call.
   *
   * @param client the client
   * @param key for a read, what {@link #prepare} returned; for a money-moving call, a fresh key
   * @return what the SDK returned
   */
  abstract Object invoke(C client, String key);

  /**
   * How often the provider acted on a money-moving call: disbursements created, charges approved ...
   * Never more than one, and none when the SDK says the call failed with a known outcome.
   *
   * @param simulator the simulator
   * @param key the call's key
   * @return the number of money movements the simulator holds for the key
   */
  int moneyMoved(S simulator, String key) {
    return 0;
  }

  /** @return a fresh key (reference id, invoice id ...) for one money-moving call */
  String newKey() {
    return "fm-" + UUID.randomUUID().toString().substring(0, 18);
  }

  /**
   * @param call an attempt the server recorded
   * @return the key it carried (body field or header), for "every attempt carries the same key"
   */
  abstract String keyOf(RecordedCall call);

  /**
   * @param normal the answer the simulator gave; change one enum value to one the SDK cannot know
   */
  abstract void putUnknownEnumValue(ObjectNode normal);

  /**
   * @param result what the call returned for an answer with an unknown enum value
   * @return whether the SDK kept the answer and mapped the value to its UNKNOWN constant (or kept it raw)
   */
  abstract boolean toleratedUnknown(Object result);

  /**
   * @param normal the answer the simulator gave
   * @return it with the object the SDK needs set to null (or null itself for a flat answer)
   */
  abstract JsonNode withNullObject(ObjectNode normal);

  /** @return the provider's own error answer for an internal error, and the code it carries */
  abstract ProviderError providerError();

  /**
   * @param scenario a scenario whose answer is an error
   * @return the provider code the exception must carry; null when the answer has none, so the SDK must
   *     not invent one
   */
  String expectedProviderCode(Scenario scenario) {
    return scenario == Scenario.PROVIDER_ERROR_500 ? providerError().code() : null;
  }

  /**
   * A provider's error body.
   *
   * @param body the JSON body
   * @param code the provider code in it, or null if the provider sends none
   * @param message the provider message in it
   */
  record ProviderError(String body, String code, String message) {}

  /** @return whether the SDK parses the body of a successful answer (MoMo's 202s have none) */
  boolean readsSuccessBody() {
    return true;
  }

  /**
   * The behaviour this call is expected to show under a scenario; providers override where their protocol
   * differs from the general rule (e.g. MoMo accepts a transfer with an empty body).
   *
   * @param scenario the scenario
   * @return what the user gets
   */
  Expected expected(Scenario scenario) {
    return scenario.expected(kind);
  }

  /**
   * @param call a recorded request
   * @return whether it is an attempt of this call
   */
  boolean isAttempt(RecordedCall call) {
    return call.method().equals(method)
        && (call.path().equals(path) || call.path().startsWith(path + "/"));
  }

  /**
   * Opens a simulator, a set-up client with the standard settings, and the client under test with the
   * scenario's settings (pointing at a dead port for {@link Scenario#CONNECTION_REFUSED}).
   */
  Cell open(Scenario scenario, ClientSettings settings) {
    S simulator = startSimulator();
    C setup = client(simulator, simulator.baseUrl(), ClientSettings.standard());
    String baseUrl = scenario == Scenario.CONNECTION_REFUSED ? DeadPort.url() : simulator.baseUrl();
    return new Cell(simulator, setup, client(simulator, baseUrl, settings),
        scenario != Scenario.CONNECTION_REFUSED);
  }

  @Override
  public String toString() {
    return provider + " " + operation;
  }

  /** A simulator and its clients, for one scenario. */
  final class Cell implements AutoCloseable {
    private final S simulator;
    private final C setup;
    private final C target;
    private final boolean reachable;

    Cell(S simulator, C setup, C target, boolean reachable) {
      this.simulator = simulator;
      this.setup = setup;
      this.target = target;
      this.reachable = reachable;
    }

    SimulatorServer simulator() {
      return simulator;
    }

    /** @return what {@link CallUnderTest#prepare} returned */
    String prepare() {
      String id = CallUnderTest.this.prepare(simulator, setup);
      if (reachable) {
        warmUpPatiently();
      }
      return id;
    }

    /** The client under test may have a short deadline: give a slow machine three chances. */
    private void warmUpPatiently() {
      for (int attempt = 1; ; attempt++) {
        try {
          warmUp(target);
          return;
        } catch (io.github.paysdk.core.error.ApiTimeoutException slow) {
          if (attempt == 3) {
            throw slow;
          }
        }
      }
    }

    /** Like {@link #prepare()}, but leaves the client under test without an access token. */
    String prepareCold() {
      return CallUnderTest.this.prepare(simulator, setup);
    }

    Object invoke(String key) {
      return CallUnderTest.this.invoke(target, key);
    }

    int moneyMoved(String key) {
      return CallUnderTest.this.moneyMoved(simulator, key);
    }

    java.util.List<String> secrets() {
      return CallUnderTest.this.secrets(simulator);
    }

    @Override
    public void close() throws Exception {
      try (C a = setup; C b = target) {
        // closes both clients
      } finally {
        simulator.close();
      }
    }
  }
}
