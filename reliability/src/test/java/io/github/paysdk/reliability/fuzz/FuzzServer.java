package io.github.paysdk.reliability.fuzz;

import com.code_intelligence.jazzer.api.BugDetectors;
import io.github.paysdk.core.testing.CapturedLogs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A loopback MockWebServer that answers every request with the current fuzz input, except paths given a
 * fixed answer (token endpoints, so that a call under test gets as far as its own response). One per test
 * class; fuzzing runs one input at a time, so a single volatile slot is enough.
 */
final class FuzzServer implements AutoCloseable {
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");
  private static final Set<Integer> PORTS = ConcurrentHashMap.newKeySet();
  private static final BiPredicate<String, Integer> LOOPBACK_PORTS =
      (host, port) -> LOOPBACK.contains(host) && PORTS.contains(port);

  private final MockWebServer server = new MockWebServer();
  private final Map<String, MockResponse> fixed = new LinkedHashMap<>();
  private volatile MockResponse next = new MockResponse.Builder().code(500).build();

  /**
   * @param pathPrefix requests whose path starts with this get {@code json} with status 200
   * @param json the fixed answer
   * @return this server
   */
  FuzzServer fixed(String pathPrefix, String json) {
    fixed.put(pathPrefix, new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "application/json").body(json).build());
    return this;
  }

  /** @return this server, listening on a free loopback port */
  FuzzServer start() {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        for (Map.Entry<String, MockResponse> entry : fixed.entrySet()) {
          if (path.startsWith(entry.getKey())) {
            return entry.getValue();
          }
        }
        return next;
      }
    });
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PORTS.add(server.getPort());
    return this;
  }

  /** @return the base URL, without a trailing slash */
  String baseUrl() {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  /**
   * Serves the answer encoded in a fuzz input: line 0 the status, line 1 the content type (empty for
   * none), the rest the body.
   *
   * @param input the input, split with at least two lines
   */
  void answerWith(FuzzInput input) {
    answer(input.status(0, 200), input.headerLine(1), input.body());
  }

  /**
   * @param status the status
   * @param contentType the content type, or empty for none
   * @param body the body bytes
   */
  void answer(int status, String contentType, byte[] body) {
    allowLoopbackConnections();
    CapturedLogs.clear();
    MockResponse.Builder response = new MockResponse.Builder().code(status)
        .body(new Buffer().write(body));
    if (!contentType.isEmpty()) {
      response.setHeader("Content-Type", contentType);
    }
    next = response.build();
  }

  @Override
  public void close() {
    server.close();
  }

  /**
   * Jazzer's SSRF detector flags every connection; the fuzz servers' own loopback ports are the only
   * destinations these tests reach. Jazzer does not keep the allowance from one input to the next, so it is
   * given again with each input.
   */
  private static void allowLoopbackConnections() {
    try {
      BugDetectors.allowNetworkConnections(LOOPBACK_PORTS);
    } catch (IllegalStateException noSanitizers) {
      // Jazzer runs without its bug detectors: nothing to allow
    }
  }

  /**
   * Accepts sockets with Nagle's algorithm off: MockWebServer writes headers and body separately, and with
   * Nagle on every answer waits for a delayed ACK (about 40 ms), which would cap fuzzing at ~25 inputs/s.
   */
  private static final class NoDelayServerSocketFactory extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket socket = super.accept();
          socket.setTcpNoDelay(true);
          return socket;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
      throw new UnsupportedOperationException();
    }
  }
}
