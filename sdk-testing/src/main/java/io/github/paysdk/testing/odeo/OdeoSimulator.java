package io.github.paysdk.testing.odeo;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paysdk.testing.CallbackSender;
import io.github.paysdk.testing.SimulatorServer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * An in-process fake of the Odeo For Business API for your tests. It issues OAuth2 tokens for its
 * credentials, checks every request's bearer token, {@code X-Odeo-Timestamp} and
 * {@code X-Odeo-Signature} as the real server does (an unknown or expired token, a stale timestamp or a
 * wrong signature get a 401), keeps state, and answers with Odeo's error envelope and codes.
 *
 * <p>State: the main account ({@code me}, user id {@value SimLedger#MAIN_USER_ID}) starts with
 * 100,000,000 IDR. Banks 1-4 exist (BCA, Mandiri, BRI, BNI). An inquiry costs
 * {@value SimDisbursements#INQUIRY_FEE} IDR, a disbursement {@value SimDisbursements#DISBURSEMENT_FEE} IDR
 * on top of its amount. A disbursement starts pending ({@code 10000}) and moves one step on each look-up:
 * in progress ({@code 30000}), then completed ({@code 50000}), or {@code 90001} (refunded) when the account
 * number ends in {@code 0000}. Reference ids are unique ({@code 10000 "<ref> reference id exists"}).
 * Lists are paged by {@link #setPageSize(int)} with opaque page tokens.
 *
 * <pre>{@code
 * try (OdeoSimulator odeo = new OdeoSimulator().start()) {
 *   OdeoClient client = OdeoClient.builder().baseUrl(odeo.baseUrl())
 *       .clientId(odeo.clientId()).clientSecret(odeo.clientSecret()).signingKey(odeo.signingKey())
 *       .build();
 *   ...
 * }
 * }</pre>
 */
public final class OdeoSimulator extends SimulatorServer {
  /** The client id {@link #OdeoSimulator()} accepts. */
  public static final String DEFAULT_CLIENT_ID = "sim-client-id";
  /** The client secret {@link #OdeoSimulator()} accepts. */
  public static final String DEFAULT_CLIENT_SECRET = "sim-client-secret";
  /** The signing key {@link #OdeoSimulator()} checks signatures with. */
  public static final String DEFAULT_SIGNING_KEY = "sim-signing-key";
  /** The main account's opening balance, in IDR. */
  public static final long OPENING_BALANCE = 100_000_000;

  private final String clientId;
  private final String clientSecret;
  private final String signingKey;
  private final SimAuth auth;
  private final SimLedger ledger;
  private final SimDisbursements disbursements;
  private final SimCash cash;
  private final SimSubUsers subUsers;

  /** A simulator accepting {@link #DEFAULT_CLIENT_ID}, {@link #DEFAULT_CLIENT_SECRET}, {@link #DEFAULT_SIGNING_KEY}. */
  public OdeoSimulator() {
    this(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_SIGNING_KEY);
  }

  /**
   * @param clientId the client id to accept
   * @param clientSecret the client secret to accept
   * @param signingKey the signing key signatures are checked with
   */
  public OdeoSimulator(String clientId, String clientSecret, String signingKey) {
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
    this.signingKey = Objects.requireNonNull(signingKey, "signingKey");
    this.auth = new SimAuth(clientId, clientSecret, signingKey);
    this.ledger = new SimLedger(Clock.systemUTC(), OPENING_BALANCE);
    this.disbursements = new SimDisbursements(ledger);
    this.cash = new SimCash(ledger);
    this.subUsers = new SimSubUsers(ledger);
  }

  @Override
  public synchronized OdeoSimulator start() {
    super.start();
    return this;
  }

  /** @return the client id this simulator accepts */
  public String clientId() {
    return clientId;
  }

  /** @return the client secret this simulator accepts */
  public String clientSecret() {
    return clientSecret;
  }

  /** @return the signing key this simulator checks signatures with (and signs callbacks with) */
  public String signingKey() {
    return signingKey;
  }

  /**
   * @param clock the clock for token expiry, timestamp checks and {@code created_at} (default: system)
   * @return this simulator
   */
  public synchronized OdeoSimulator setClock(Clock clock) {
    auth.clock(clock);
    ledger.clock(clock);
    return this;
  }

  /**
   * @param lifetime the {@code expires_in} of issued tokens (default 30 minutes)
   * @return this simulator
   */
  public synchronized OdeoSimulator setTokenLifetime(Duration lifetime) {
    auth.tokenLifetime(lifetime);
    return this;
  }

  /**
   * @param tolerance how far {@code X-Odeo-Timestamp} may be from the simulator's clock (default 5
   *     minutes); null accepts any timestamp
   * @return this simulator
   */
  public synchronized OdeoSimulator setTimestampTolerance(Duration tolerance) {
    auth.timestampTolerance(tolerance);
    return this;
  }

  /**
   * @param size the items per page of every list endpoint (default 10)
   * @return this simulator
   */
  public synchronized OdeoSimulator setPageSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1");
    }
    cash.pageSize(size);
    subUsers.pageSize(size);
    return this;
  }

  /** Forgets every issued token, as if they expired: the next API call gets a 401. */
  public synchronized void revokeTokens() {
    auth.revokeAll();
  }

  /**
   * @param amount the main account's cash balance in IDR
   * @return this simulator
   */
  public synchronized OdeoSimulator setBalance(long amount) {
    ledger.setBalance(SimLedger.MAIN_USER_ID, amount);
    return this;
  }

  /** @return the main account's cash balance in IDR */
  public synchronized long balance() {
    return ledger.balance(SimLedger.MAIN_USER_ID);
  }

  /**
   * @param userId a sub user's id
   * @return that user's cash balance in IDR
   */
  public synchronized long balance(long userId) {
    return ledger.balance(userId);
  }

  /** @return how many disbursements were created */
  public synchronized int disbursementCount() {
    return disbursements.count();
  }

  /**
   * Adds a payment-gateway payment that {@code getPayment} can find.
   *
   * @param referenceId its reference id
   * @param amount its amount in IDR
   * @param fee its fee in IDR
   * @param status its status code, e.g. {@code 50000}
   * @return its payment id
   */
  public synchronized String addPayment(String referenceId, long amount, long fee, int status) {
    return disbursements.addPayment(referenceId, amount, fee, status);
  }

  /**
   * Pays a pending VA top-up, crediting its amount.
   *
   * @param userId the user whose top-up is paid ({@value SimLedger#MAIN_USER_ID} for the main account)
   * @return false if that user has no pending top-up
   */
  public synchronized boolean payVaTopup(long userId) {
    return cash.payTopup(userId);
  }

  /**
   * Signs a callback body as Odeo does: the API signature with an empty access token and no query.
   *
   * @param path the path of the callback URL
   * @param timestamp the {@code X-Odeo-Timestamp} value, epoch seconds
   * @param body the exact body bytes
   * @return the {@code X-Odeo-Signature} value
   */
  public String signCallback(String path, long timestamp, byte[] body) {
    return SimSignature.expected("POST", path, "", "", Long.toString(timestamp), body, signingKey);
  }

  /**
   * Sends a signed {@code va_inquiry} callback to your endpoint, timestamped now.
   *
   * @param callbackUrl your callback URL (no query string)
   * @param vaCode the virtual account number asked about
   * @return your endpoint's HTTP status
   */
  public int sendVaInquiryCallback(String callbackUrl, String vaCode) {
    byte[] body = ("{\"notify_type\":\"va_inquiry\",\"va_code\":\"" + vaCode + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    long timestamp;
    synchronized (this) {
      timestamp = ledger.now().getEpochSecond();
    }
    String path = HttpUrl.get(callbackUrl).encodedPath();
    return new CallbackSender().send("POST", callbackUrl, Map.of(
        "X-Odeo-Timestamp", Long.toString(timestamp),
        "X-Odeo-Signature", signCallback(path, timestamp, body)), body);
  }

  @Override
  protected MockResponse handle(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    String path = "/" + String.join("/", url.pathSegments());
    String method = request.getMethod();
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    SimReply reply;
    if (method.equals("POST") && path.equals("/oauth2/token")) {
      reply = auth.token(body);
    } else {
      reply = auth.check(method, path, url, request.getHeaders(), body);
      if (reply == null) {
        try {
          reply = route(method, path, url, body);
        } catch (SimReply.Failure failure) {
          reply = failure.reply();
        }
      }
    }
    return json(reply.status(), reply.body());
  }

  private SimReply route(String method, String path, HttpUrl url, byte[] body) {
    String[] parts = path.substring(1).split("/");
    boolean get = method.equals("GET");
    boolean post = method.equals("POST");
    if (get && path.equals("/dg/v1/banks")) {
      return disbursements.banks();
    }
    if (post && path.equals("/dg/v1/bank-account-inquiry")) {
      return disbursements.inquire(SimInput.body(body));
    }
    if (post && path.equals("/dg/v1/disbursements")) {
      return disbursements.create(SimInput.body(body));
    }
    if (get && path.startsWith("/dg/v1/disbursements/reference-id/") && parts.length == 5) {
      return disbursements.get(null, parts[4]);
    }
    if (get && path.startsWith("/dg/v1/disbursements/") && parts.length == 4) {
      return disbursements.get(parts[3], null);
    }
    if (get && path.startsWith("/pg/v1/payment/reference-id/") && parts.length == 5) {
      return disbursements.payment(null, parts[4]);
    }
    if (get && path.startsWith("/pg/v1/payment/") && parts.length == 4) {
      return disbursements.payment(parts[3], null);
    }
    if (post && path.equals("/cash/bulk-transfer")) {
      return cash.bulkTransfer(SimInput.body(body));
    }
    if (get && path.equals("/cash/transfers")) {
      return cash.listTransfers(url);
    }
    if (post && path.equals("/cash/va-topup")) {
      return cash.createTopup(SimInput.body(body));
    }
    if (get && path.equals("/cash/va-topup/active")) {
      return cash.activeTopup(SimInput.queryLong(url.queryParameter("user_id"), "user_id"));
    }
    if (post && path.equals("/cash/va-topup/cancel")) {
      return cash.cancelTopup(SimInput.body(body));
    }
    if (get && path.equals("/cash/transactions")) {
      return cash.history(url, false);
    }
    if (get && path.equals("/cash/sub-user-transactions")) {
      return cash.history(url, true);
    }
    if (get && parts.length == 3 && parts[0].equals("cash") && parts[2].equals("balance")) {
      return cash.balance(parts[1]);
    }
    if (get && path.equals("/sub-users")) {
      return subUsers.list(url.queryParameter("page_token"));
    }
    if (post && path.equals("/sub-users")) {
      return subUsers.create(SimInput.body(body));
    }
    if (method.equals("PUT") && parts.length == 2 && parts[0].equals("sub-users")) {
      Long id = SimInput.queryLong(parts[1], "user_id");
      return subUsers.update(id, SimInput.body(body));
    }
    return SimReply.plain(404, "Not found");
  }

  /** @return the JSON body of the disbursement with this reference id, or null (for assertions) */
  public synchronized JsonNode disbursement(String referenceId) {
    return disbursements.find(referenceId);
  }
}
