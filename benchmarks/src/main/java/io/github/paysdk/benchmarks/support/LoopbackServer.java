package io.github.paysdk.benchmarks.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.paysdk.benchmarks.raw.RawOdeo;
import io.github.paysdk.odeo.OdeoClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * A local HTTP/1.1 server (the JDK's {@code com.sun.net.httpserver}) answering the Odeo token and
 * disbursement calls with the provider's own examples. Counts requests and distinct client connections
 * (by remote port), so a benchmark can show whether connections are reused.
 */
public final class LoopbackServer implements AutoCloseable {
  static {
    // The JDK server writes headers and body separately; with Nagle on, a client's delayed ACK stalls
    // every answer by ~40 ms, and the benchmark would measure TCP timers instead of the client.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService workers;
  private final Set<InetSocketAddress> connections = ConcurrentHashMap.newKeySet();
  private final AtomicLong requests = new AtomicLong();
  private final byte[] token = Fixtures.bytes("odeo-token.json");
  private final byte[] disbursement = Fixtures.bytes("odeo-disbursement.json");

  /**
   * Starts the server on an ephemeral loopback port.
   *
   * @param workerThreads threads handling exchanges
   * @throws IOException if it cannot bind
   */
  public LoopbackServer(int workerThreads) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    workers = Executors.newFixedThreadPool(workerThreads, runnable -> {
      Thread thread = new Thread(runnable, "loopback-server");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(workers);
    server.createContext("/", this::handle);
    server.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    connections.add(exchange.getRemoteAddress());
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    String path = exchange.getRequestURI().getPath();
    byte[] body = path.startsWith("/oauth2/token") ? token
        : path.startsWith("/dg/v1/disbursements") ? disbursement : null;
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    if (body == null) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** @return the base URL, e.g. {@code http://127.0.0.1:41234/} */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** @return requests answered so far */
  public long requests() {
    return requests.get();
  }

  /** @return distinct client connections seen so far */
  public int connections() {
    return connections.size();
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }

  /**
   * Starts a server with the worker pool the loopback benchmarks use (four per core, at least eight).
   *
   * @return the started server
   * @throws IOException if it cannot bind
   */
  public static LoopbackServer start() throws IOException {
    return new LoopbackServer(Math.max(8, Runtime.getRuntime().availableProcessors() * 4));
  }

  /**
   * @return an OkHttpClient whose pool keeps up to 256 idle connections, so that 128 callers can each
   *     keep one (OkHttp's default keeps 5); both sides of a loopback benchmark use one like it
   */
  public static OkHttpClient pooledClient() {
    return new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(256, 5, TimeUnit.MINUTES))
        .build();
  }

  /**
   * @param http the OkHttpClient to share
   * @return the SDK's Odeo client pointed at this server
   */
  public OdeoClient odeoSdk(OkHttpClient http) {
    return OdeoClient.builder().clientId(Credentials.ODEO_CLIENT_ID)
        .clientSecret(Credentials.ODEO_CLIENT_SECRET).signingKey(Credentials.ODEO_SIGNING_KEY)
        .httpClient(http).baseUrl(baseUrl()).build();
  }

  /**
   * @param http the OkHttpClient to share
   * @return the raw Odeo baseline pointed at this server, its token already fetched
   */
  public RawOdeo odeoRaw(OkHttpClient http) {
    RawOdeo raw = new RawOdeo(http, baseUrl(), Credentials.ODEO_CLIENT_ID,
        Credentials.ODEO_CLIENT_SECRET, Credentials.ODEO_SIGNING_KEY);
    raw.fetchToken();
    return raw;
  }
}
