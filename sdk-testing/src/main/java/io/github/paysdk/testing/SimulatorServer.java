package io.github.paysdk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * The common part of every provider simulator: a MockWebServer on loopback, a record of every call, and
 * a queue of {@link Fault}s served to the next requests. Subclasses implement {@link #handle} with the
 * provider's behaviour; calls to it are serialized, so simulator state needs no further locking.
 */
public abstract class SimulatorServer implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final Deque<Fault> faults = new ArrayDeque<>();
  private final List<RecordedCall> calls = new ArrayList<>();
  private boolean started;

  /** Creates a stopped simulator; call {@link #start()}. */
  protected SimulatorServer() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return dispatchRecorded(request);
      }
    });
  }

  /**
   * Starts listening on a free loopback port.
   *
   * @return this simulator
   */
  public synchronized SimulatorServer start() {
    if (!started) {
      try {
        server.start(InetAddress.getLoopbackAddress(), 0);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start simulator", e);
      }
      started = true;
    }
    return this;
  }

  /** @return the base URL to give the SDK client, without a trailing slash */
  public String baseUrl() {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  /**
   * Serves {@code fault} to the next request instead of the normal answer.
   *
   * @param fault the fault
   */
  public void enqueueFault(Fault fault) {
    enqueueFault(fault, 1);
  }

  /**
   * Serves {@code fault} to each of the next {@code times} requests.
   *
   * @param fault the fault
   * @param times how many requests get it
   */
  public synchronized void enqueueFault(Fault fault, int times) {
    for (int i = 0; i < times; i++) {
      faults.addLast(fault);
    }
  }

  /** Drops faults not yet served. */
  public synchronized void clearFaults() {
    faults.clear();
  }

  /** @return a copy of every call received so far, in order */
  public synchronized List<RecordedCall> calls() {
    return List.copyOf(calls);
  }

  /**
   * @param method an HTTP method
   * @param pathPrefix a path prefix, e.g. {@code /dg/v1/disbursements}
   * @return how many calls matched
   */
  public synchronized int callCount(String method, String pathPrefix) {
    int count = 0;
    for (RecordedCall call : calls) {
      if (call.method().equals(method) && call.path().startsWith(pathPrefix)) {
        count++;
      }
    }
    return count;
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.close();
  }

  /**
   * The provider's behaviour: answer one request. Called one request at a time.
   *
   * @param request the request
   * @return the response
   */
  protected abstract MockResponse handle(RecordedRequest request);

  /**
   * @param status HTTP status
   * @param json a JSON body
   * @return a response with {@code Content-Type: application/json}
   */
  protected static MockResponse json(int status, String json) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(json)
        .build();
  }

  private synchronized MockResponse dispatchRecorded(RecordedRequest request) {
    Fault fault = faults.pollFirst();
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    calls.add(new RecordedCall(request.getMethod(), request.getUrl(), request.getHeaders(), body, fault));
    if (fault == null) {
      return handle(request);
    }
    MockResponse normal = fault.afterProcessing() ? handle(request) : null;
    return fault.apply(normal);
  }
}
