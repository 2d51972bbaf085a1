package io.github.paysdk.testing.momo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.testing.CallbackSender;
import io.github.paysdk.testing.SimulatorServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * An in-process MTN MoMo sandbox. It checks what MTN checks, with its own code: the product's
 * {@code Ocp-Apim-Subscription-Key}, Basic API user and key on {@code /token/}, Bearer tokens (which
 * expire), {@code X-Target-Environment: sandbox}, UUID v4 {@code X-Reference-Id}s (a reused one is
 * answered 409), EUR only, messages of at most 160 characters without apostrophes, and
 * {@code Content-Length} on bodyless POSTs (411 otherwise).
 *
 * <p>Create calls answer 202; each status query then advances the transaction as MTN's sandbox numbers
 * say: {@code 46733123450} FAILED (INTERNAL_PROCESSING_ERROR), {@code 46733123451} FAILED
 * (APPROVAL_REJECTED), {@code 46733123452} FAILED (EXPIRED), all immediately; {@code 46733123454}
 * CREATED, then PENDING, never final until {@link #settle}; any other number PENDING on the first query,
 * SUCCESSFUL on the next. When a transaction becomes final and carried an {@code X-Callback-Url}, the
 * callback is delivered there (POST for V1 operations, PUT for V2 ones). Covers token, disbursement,
 * collection request to pay and withdraw, invoices (and their cancellation), payments (amount 2000
 * fails), pre-approvals, remittance transfer and cash transfer, balances, user info, account-holder
 * checks, the consent flow (bc-authorize; the first token poll answers {@code authorization_pending};
 * login hint {@code 46733123451} is refused, {@code 46733123452} stays pending) and sandbox provisioning.
 */
public final class MomoSimulator extends SimulatorServer {
  /** The collection subscription key the simulator accepts. */
  public static final String COLLECTION_SUBSCRIPTION_KEY = "sim-collection-subscription-key";
  /** The disbursement subscription key the simulator accepts. */
  public static final String DISBURSEMENT_SUBSCRIPTION_KEY = "sim-disbursement-subscription-key";
  /** The remittance subscription key the simulator accepts. */
  public static final String REMITTANCE_SUBSCRIPTION_KEY = "sim-remittance-subscription-key";
  /** The preloaded API user (valid for every product). */
  public static final String API_USER = "2f6c9e4a-8d1b-4c3e-9a5f-7b0d1e2c3a4b";
  /** The preloaded API user's key. */
  public static final String API_KEY = "5e0c2a9b7d4f4e1a8c6b3d2f1e0a9b8c";

  private static final String DUPLICATE =
      "{\"message\":\"Duplicated reference id. Creation of resource failed.\",\"code\":\"RESOURCE_ALREADY_EXIST\"}";
  private static final String NOT_FOUND =
      "{\"message\":\"Requested resource was not found.\",\"code\":\"RESOURCE_NOT_FOUND\"}";

  private final ObjectMapper json = new ObjectMapper();
  private final Clock clock;
  private final CallbackSender sender = new CallbackSender();
  private final AtomicLong ids = new AtomicLong(1_573_250_700L);
  private final Map<String, String> subscriptionKeys = new HashMap<>();
  private final Map<String, ApiUserState> apiUsers = new HashMap<>();
  private final Map<String, TokenState> tokens = new HashMap<>();
  private final Map<String, Integer> tokensIssued = new HashMap<>();
  private final Map<String, Transaction> transactions = new LinkedHashMap<>();
  private final Map<String, BigDecimal> balances = new HashMap<>();
  private final List<SentCallback> callbacks = new ArrayList<>();
  private final Map<String, ConsentState> consents = new HashMap<>();
  private final Map<String, String> consentTokens = new HashMap<>();
  private Duration tokenLifetime = Duration.ofHours(1);

  /** A simulator on the system clock. */
  public MomoSimulator() {
    this(Clock.systemUTC());
  }

  /** @param clock decides token expiry (tests pass one they move) */
  public MomoSimulator(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    subscriptionKeys.put("collection", COLLECTION_SUBSCRIPTION_KEY);
    subscriptionKeys.put("disbursement", DISBURSEMENT_SUBSCRIPTION_KEY);
    subscriptionKeys.put("remittance", REMITTANCE_SUBSCRIPTION_KEY);
    apiUsers.put(API_USER, new ApiUserState(null, API_KEY));
    balances.put("collection", new BigDecimal("0"));
    balances.put("disbursement", new BigDecimal("1000000"));
    balances.put("remittance", new BigDecimal("1000000"));
  }

  @Override
  public synchronized MomoSimulator start() {
    super.start();
    return this;
  }

  /** @param lifetime the {@code expires_in} of new tokens (default one hour) */
  public synchronized void tokenLifetime(Duration lifetime) {
    this.tokenLifetime = Objects.requireNonNull(lifetime, "lifetime");
  }

  /** Makes every token issued so far invalid, as if it had expired. */
  public synchronized void expireTokens() {
    tokens.clear();
  }

  /**
   * @param product collection, disbursement or remittance
   * @return how many tokens were issued for it
   */
  public synchronized int tokensIssued(String product) {
    return tokensIssued.getOrDefault(product, 0);
  }

  /** @return the callbacks delivered so far, in order */
  public synchronized List<SentCallback> callbacks() {
    return List.copyOf(callbacks);
  }

  /**
   * @param referenceId a transaction's reference id
   * @return its status now (without advancing it), or null if unknown
   */
  public synchronized String statusOf(String referenceId) {
    Transaction transaction = find(referenceId);
    return transaction == null ? null : transaction.current().status;
  }

  /**
   * @param product collection, disbursement or remittance
   * @return the product account's balance in EUR
   */
  public synchronized BigDecimal balance(String product) {
    return balances.get(product);
  }

  /**
   * Moves a transaction to its final status now (a pending one ends FAILED/EXPIRED) and delivers its
   * callback.
   *
   * @param referenceId the reference id
   */
  public synchronized void settle(String referenceId) {
    Transaction transaction = find(referenceId);
    if (transaction == null) {
      throw new IllegalArgumentException("No transaction " + referenceId);
    }
    if (transaction.current().isFinal()) {
      return;
    }
    if (!transaction.script.get(transaction.script.size() - 1).isFinal()) {
      transaction.script.add(new Step("FAILED", "EXPIRED"));
    }
    transaction.position = transaction.script.size() - 1;
    transaction.polls = transaction.script.size();
    reached(transaction);
  }

  @Override
  protected MockResponse handle(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    String[] parts = path.substring(1).split("/", -1);
    try {
      if (parts.length >= 2 && parts[0].equals("v1_0") && parts[1].equals("apiuser")) {
        return provisioning(request, parts);
      }
      String product = parts[0];
      if (!subscriptionKeys.containsKey(product)) {
        return json(404, NOT_FOUND);
      }
      if (!subscriptionKeys.get(product).equals(request.getHeaders().get("Ocp-Apim-Subscription-Key"))) {
        return json(401, "{\"statusCode\":401,\"message\":\"Access denied due to invalid subscription key."
            + " Make sure to provide a valid key for an active subscription.\"}");
      }
      if (path.equals("/" + product + "/token/")) {
        return token(request, product);
      }
      if (path.equals("/" + product + "/oauth2/token/") && request.getMethod().equals("POST")) {
        return consentToken(request, product);
      }
      if (path.equals("/" + product + "/oauth2/v1_0/userinfo") && request.getMethod().equals("GET")) {
        return userInfo(request, product);
      }
      TokenState token = tokens.get(bearer(request));
      if (token == null || !token.product.equals(product) || !clock.instant().isBefore(token.expiresAt)) {
        return json(401, "{\"statusCode\":401,\"message\":\"Access denied due to invalid or expired access token.\"}");
      }
      if (!"sandbox".equals(request.getHeaders().get("X-Target-Environment"))) {
        return json(500, "{\"message\":\"Value passed in header X-Target-Environment is incorrect\","
            + "\"code\":\"NOT_ALLOWED_TARGET_ENVIRONMENT\"}");
      }
      String rest = path.substring(product.length() + 1);
      if (request.getMethod().equals("POST") && rest.equals("/v1_0/bc-authorize")) {
        return bcAuthorize(request, product);
      }
      if (request.getMethod().equals("DELETE") && rest.startsWith("/v2_0/invoice/")) {
        return cancelInvoice(request, rest.substring("/v2_0/invoice/".length()));
      }
      if (request.getMethod().equals("POST")) {
        String callbackMethod = createCallbackMethod(product, rest);
        if (callbackMethod != null) {
          return create(request, product, rest, callbackMethod, token.apiUser);
        }
      }
      if (request.getMethod().equals("GET")) {
        return read(product, rest);
      }
      return json(404, NOT_FOUND);
    } catch (IOException | RuntimeException e) {
      return json(400, "{\"message\":\"Bad request: " + e.getClass().getSimpleName() + "\",\"code\":\"VALIDATION_ERROR\"}");
    }
  }

  private MockResponse provisioning(RecordedRequest request, String[] parts) throws IOException {
    if (!subscriptionKeys.containsValue(request.getHeaders().get("Ocp-Apim-Subscription-Key"))) {
      return json(401, "{\"statusCode\":401,\"message\":\"Access denied due to invalid subscription key.\"}");
    }
    if (parts.length == 2 && request.getMethod().equals("POST")) {
      String id = request.getHeaders().get("X-Reference-Id");
      if (!isUuidV4(id)) {
        return new MockResponse.Builder().code(400).build();
      }
      if (apiUsers.containsKey(id)) {
        return json(409, DUPLICATE);
      }
      JsonNode body = json.readTree(bodyOf(request));
      String host = body.path("providerCallbackHost").asText("");
      if (host.isEmpty() || host.contains("/") || host.contains(":")) {
        return new MockResponse.Builder().code(400).build();
      }
      apiUsers.put(id, new ApiUserState(host, null));
      return new MockResponse.Builder().code(201).build();
    }
    ApiUserState user = parts.length >= 3 ? apiUsers.get(parts[2]) : null;
    if (user == null) {
      return json(404, NOT_FOUND);
    }
    if (parts.length == 4 && parts[3].equals("apikey") && request.getMethod().equals("POST")) {
      if (request.getHeaders().get("Content-Length") == null) {
        return lengthRequired();
      }
      user.apiKey = UUID.randomUUID().toString().replace("-", "");
      return json(201, "{\"apiKey\":\"" + user.apiKey + "\"}");
    }
    if (parts.length == 3 && request.getMethod().equals("GET")) {
      ObjectNode node = json.createObjectNode();
      node.put("providerCallbackHost", user.callbackHost);
      node.put("targetEnvironment", "sandbox");
      return json(200, node.toString());
    }
    return json(404, NOT_FOUND);
  }

  private MockResponse token(RecordedRequest request, String product) {
    if (!request.getMethod().equals("POST")) {
      return json(404, NOT_FOUND);
    }
    if (request.getHeaders().get("Content-Length") == null) {
      return lengthRequired();
    }
    if (request.getBodySize() > 0) {
      return new MockResponse.Builder().code(400).build();
    }
    String user = basicUser(request.getHeaders().get("Authorization"));
    if (user == null) {
      return json(401, "{\"error\":\"login_failed\"}");
    }
    String value = "sim." + UUID.randomUUID();
    tokens.put(value, new TokenState(product, user, clock.instant().plus(tokenLifetime)));
    tokensIssued.merge(product, 1, Integer::sum);
    return json(200, "{\"access_token\":\"" + value + "\",\"token_type\":\"access_token\",\"expires_in\":"
        + tokenLifetime.getSeconds() + "}");
  }

  /** @return the callback verb of a create path, or null if the path does not create */
  private static String createCallbackMethod(String product, String rest) {
    return switch (product + rest) {
      case "disbursement/v1_0/transfer", "disbursement/v1_0/deposit", "disbursement/v1_0/refund",
          "collection/v1_0/requesttopay", "collection/v1_0/requesttowithdraw",
          "remittance/v1_0/transfer" -> "POST";
      case "disbursement/v2_0/deposit", "disbursement/v2_0/refund", "collection/v2_0/requesttowithdraw",
          "remittance/v2_0/cashtransfer", "collection/v2_0/invoice", "collection/v2_0/payment",
          "collection/v2_0/preapproval" -> "PUT";
      default -> null;
    };
  }

  private MockResponse create(RecordedRequest request, String product, String rest,
      String callbackMethod, String apiUser) throws IOException {
    String referenceId = request.getHeaders().get("X-Reference-Id");
    if (!isUuidV4(referenceId) || referenceId.equals(apiUser)) {
      return new MockResponse.Builder().code(400).build();
    }
    JsonNode parsed = json.readTree(bodyOf(request));
    if (!(parsed instanceof ObjectNode body)) {
      return new MockResponse.Builder().code(400).build();
    }
    String kind = rest.substring(rest.lastIndexOf('/') + 1);
    JsonNode amountNode = body.has("money") ? body.path("money").path("amount") : body.path("amount");
    BigDecimal amount = kind.equals("preapproval") ? BigDecimal.ZERO : new BigDecimal(amountNode.asText("0"));
    if ((!kind.equals("preapproval") && (amount.signum() <= 0 || !amountNode.isTextual()))
        || !validMessage(body, "payerMessage") || !validMessage(body, "payeeNote")
        || !validMessage(body, "receiverMessage") || !validMessage(body, "senderNote")) {
      return new MockResponse.Builder().code(400).build();
    }
    String key = product + ":" + referenceId;
    if (transactions.containsKey(key)) {
      return json(409, DUPLICATE);
    }
    String currency = body.has("money") ? body.path("money").path("currency").asText()
        : body.has("payerCurrency") ? body.path("payerCurrency").asText() : body.path("currency").asText();
    if (!"EUR".equals(currency)) {
      return json(500, "{\"message\":\"Currency not supported.\",\"code\":\"INVALID_CURRENCY\"}");
    }
    String callbackUrl = request.getHeaders().get("X-Callback-Url");
    ApiUserState user = apiUsers.get(apiUser);
    if (callbackUrl != null && user != null && user.callbackHost != null
        && !user.callbackHost.equalsIgnoreCase(URI.create(callbackUrl).getHost())) {
      return json(500, "{\"message\":\"Callback URL does not match the configured value.\","
          + "\"code\":\"INVALID_CALLBACK_URL_HOST\"}");
    }
    boolean v2Resource = Set.of("cashtransfer", "invoice", "payment", "preapproval").contains(kind);
    String statusPrefix = (v2Resource ? "/v2_0/" : "/v1_0/") + kind + "/";
    if (kind.equals("invoice") || kind.equals("payment")) {
      body.put("referenceId", referenceId);
    }
    Transaction transaction = new Transaction(product, statusPrefix, referenceId, body, amount,
        callbackUrl, callbackMethod, kind.equals("payment") ? paymentScript(amount) : script(party(body, kind)));
    transactions.put(key, transaction);
    if (transaction.current().isFinal()) {
      reached(transaction);
    }
    return new MockResponse.Builder().code(202).build();
  }

  private String party(ObjectNode body, String kind) {
    JsonNode party = body.has("payer") ? body.get("payer")
        : body.has("intendedPayer") ? body.get("intendedPayer") : body.get("payee");
    if (party == null && kind.equals("refund")) {
      Transaction original = transactions.get("collection:" + body.path("referenceIdToRefund").asText());
      party = original == null ? null : original.body.get("payer");
    }
    return party == null ? "" : party.path("partyId").asText();
  }

  private static List<Step> script(String number) {
    List<Step> steps = new ArrayList<>();
    switch (number) {
      case "46733123450" -> steps.add(new Step("FAILED", "INTERNAL_PROCESSING_ERROR"));
      case "46733123451" -> steps.add(new Step("FAILED", "APPROVAL_REJECTED"));
      case "46733123452" -> steps.add(new Step("FAILED", "EXPIRED"));
      case "46733123454" -> {
        steps.add(new Step("CREATED", null));
        steps.add(new Step("PENDING", null));
      }
      default -> {
        steps.add(new Step("PENDING", null));
        steps.add(new Step("SUCCESSFUL", null));
      }
    }
    return steps;
  }

  /** Payments follow MTN's sandbox amounts: 2000 fails, anything else succeeds after a pending query. */
  private static List<Step> paymentScript(BigDecimal amount) {
    return amount.compareTo(new BigDecimal("2000")) == 0
        ? new ArrayList<>(List.of(new Step("FAILED", "PAYMENT_NOT_APPROVED")))
        : script("");
  }

  private MockResponse cancelInvoice(RecordedRequest request, String invoiceId) throws IOException {
    if (!isUuidV4(request.getHeaders().get("X-Reference-Id"))) {
      return new MockResponse.Builder().code(400).build();
    }
    Transaction invoice = transactions.get("collection:" + invoiceId);
    if (invoice == null || !invoice.statusPrefix.equals("/v2_0/invoice/")) {
      return json(404, NOT_FOUND);
    }
    if (!invoice.current().isFinal()) {
      invoice.script.add(new Step("FAILED", "TRANSACTION_CANCELED"));
      invoice.position = invoice.script.size() - 1;
      invoice.polls = invoice.script.size();
    }
    JsonNode body = json.readTree(bodyOf(request));
    return json(200, "{\"externalId\":" + json.writeValueAsString(body.path("externalId").asText()) + "}");
  }

  private MockResponse bcAuthorize(RecordedRequest request, String product) {
    Map<String, String> form = form(request);
    String hint = form.getOrDefault("login_hint", "");
    if (!hint.startsWith("ID:") || form.get("scope") == null) {
      return new MockResponse.Builder().code(400).build();
    }
    String id = UUID.randomUUID().toString();
    consents.put(id, new ConsentState(product, hint.substring(3, hint.indexOf('/') < 0 ? hint.length() : hint.indexOf('/'))));
    return json(200, "{\"auth_req_id\":\"" + id + "\",\"interval\":1,\"expires_in\":300}");
  }

  private MockResponse consentToken(RecordedRequest request, String product) {
    if (basicUser(request.getHeaders().get("Authorization")) == null) {
      return json(401, "{\"error\":\"login_failed\"}");
    }
    Map<String, String> form = form(request);
    ConsentState consent = consents.get(form.getOrDefault("auth_req_id", ""));
    if (!"urn:openid:params:grant-type:ciba".equals(form.get("grant_type")) || consent == null
        || !consent.product.equals(product)) {
      return json(400, "{\"error\":\"invalid_grant\"}");
    }
    if (consent.msisdn.equals("46733123451")) {
      return json(400, "{\"error\":\"access_denied\"}");
    }
    if (consent.polls++ == 0 || consent.msisdn.equals("46733123452")) {
      return json(400, "{\"error\":\"authorization_pending\"}");
    }
    String value = "consent." + UUID.randomUUID();
    consentTokens.put(value, product);
    return json(200, "{\"access_token\":\"" + value + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
        + "\"scope\":\"profile\"}");
  }

  private MockResponse userInfo(RecordedRequest request, String product) {
    if (!product.equals(consentTokens.get(bearer(request)))) {
      return json(401, "{\"statusCode\":401,\"message\":\"Access denied due to invalid consent token.\"}");
    }
    return json(200, "{\"sub\":\"0\",\"name\":\"Sand Box\",\"given_name\":\"Sand\",\"family_name\":\"Box\","
        + "\"birthdate\":\"1976-08-13\",\"locale\":\"sv_SE\",\"status\":\"ACTIVE\",\"gender\":\"MALE\","
        + "\"address\":{\"formatted\":\"Street 17\\n123 45 Karlskrona\",\"locality\":\"Karlskrona\"},"
        + "\"credit_score\":123,\"active\":true}");
  }

  private static Map<String, String> form(RecordedRequest request) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : new String(bodyOf(request), StandardCharsets.UTF_8).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return fields;
  }

  private MockResponse read(String product, String rest) {
    if (rest.equals("/v1_0/account/balance") || rest.equals("/v1_0/account/balance/EUR")) {
      return json(200, "{\"availableBalance\":\"" + balances.get(product).toPlainString()
          + "\",\"currency\":\"EUR\"}");
    }
    if (rest.startsWith("/v1_0/account/balance/")) {
      return json(500, "{\"message\":\"Currency not supported.\",\"code\":\"INVALID_CURRENCY\"}");
    }
    if (rest.startsWith("/v1_0/accountholder/")) {
      return accountHolder(rest.substring("/v1_0/accountholder/".length()).split("/"));
    }
    for (Transaction transaction : transactions.values()) {
      if (transaction.product.equals(product)
          && rest.equals(transaction.statusPrefix + transaction.referenceId)) {
        boolean wasFinal = transaction.current().isFinal();
        transaction.position = Math.min(transaction.polls++, transaction.script.size() - 1);
        if (!wasFinal && transaction.current().isFinal()) {
          reached(transaction);
        }
        return json(200, transaction.render().toString());
      }
    }
    return json(404, NOT_FOUND);
  }

  private MockResponse accountHolder(String[] parts) {
    if (parts.length != 3) {
      return json(404, NOT_FOUND);
    }
    String id = parts[1];
    if (id.equals("46733123450") || id.equals("notfound@email.com")) {
      return json(404, "{\"message\":\"Account holder is not found\",\"code\":\"RESOURCE_NOT_FOUND\"}");
    }
    if (parts[2].equals("active")) {
      boolean active = !(id.equals("46733123451") || id.equals("notactive@email.com"));
      return json(200, "{\"result\":" + active + "}");
    }
    if (parts[2].equals("basicuserinfo")) {
      return json(200, "{\"given_name\":\"Sand\",\"family_name\":\"Box\",\"birthdate\":\"1976-08-13\","
          + "\"locale\":\"sv_SE\",\"gender\":\"MALE\"}");
    }
    return json(404, NOT_FOUND);
  }

  /** A transaction reached its final status: money moves and its callback goes out. */
  private void reached(Transaction transaction) {
    Step step = transaction.current();
    if (step.status.equals("SUCCESSFUL")) {
      if (transaction.statusPrefix.equals("/v2_0/invoice/")) {
        transaction.body.put("paymentReference", Long.toString(ids.incrementAndGet()));
      } else if (!transaction.statusPrefix.contains("deposit")
          && !transaction.statusPrefix.contains("preapproval")) {
        transaction.financialTransactionId = Long.toString(ids.incrementAndGet());
      }
      BigDecimal sign = transaction.product.equals("collection") ? BigDecimal.ONE : BigDecimal.ONE.negate();
      balances.merge(transaction.product, transaction.amount.multiply(sign), BigDecimal::add);
    }
    if (transaction.callbackUrl != null && !transaction.callbackSent) {
      transaction.callbackSent = true;
      String body = transaction.render().toString();
      int status;
      try {
        status = sender.send(transaction.callbackMethod, transaction.callbackUrl,
            Map.of("User-Agent", "LWAC Http Client 1.0"), body.getBytes(StandardCharsets.UTF_8));
      } catch (RuntimeException unreachable) {
        status = -1;
      }
      callbacks.add(new SentCallback(transaction.callbackMethod, transaction.callbackUrl, body, status));
    }
  }

  private Transaction find(String referenceId) {
    for (Transaction transaction : transactions.values()) {
      if (transaction.referenceId.equals(referenceId)) {
        return transaction;
      }
    }
    return null;
  }

  private String basicUser(String authorization) {
    if (authorization == null || !authorization.startsWith("Basic ")) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return null;
    }
    ApiUserState user = apiUsers.get(decoded.substring(0, colon));
    return user != null && user.apiKey != null && user.apiKey.equals(decoded.substring(colon + 1))
        ? decoded.substring(0, colon) : null;
  }

  private static String bearer(RecordedRequest request) {
    String authorization = request.getHeaders().get("Authorization");
    return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
  }

  private static boolean isUuidV4(String value) {
    return value != null && value.matches(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}");
  }

  private static boolean validMessage(JsonNode body, String field) {
    String text = body.path(field).asText("");
    return text.length() <= 160 && text.indexOf('\'') < 0;
  }

  private static byte[] bodyOf(RecordedRequest request) {
    return request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
  }

  private static MockResponse lengthRequired() {
    return new MockResponse.Builder().code(411).setHeader("Content-Type", "text/html")
        .body("<html><body><h1>Length Required</h1></body></html>").build();
  }

  private static final class ApiUserState {
    final String callbackHost;
    String apiKey;

    ApiUserState(String callbackHost, String apiKey) {
      this.callbackHost = callbackHost;
      this.apiKey = apiKey;
    }
  }

  private static final class ConsentState {
    final String product;
    final String msisdn;
    int polls;

    ConsentState(String product, String msisdn) {
      this.product = product;
      this.msisdn = msisdn;
    }
  }

  private record TokenState(String product, String apiUser, Instant expiresAt) {}

  private record Step(String status, String reason) {
    boolean isFinal() {
      return status.equals("SUCCESSFUL") || status.equals("FAILED");
    }
  }

  private static final class Transaction {
    final String product;
    final String statusPrefix;
    final String referenceId;
    final ObjectNode body;
    final BigDecimal amount;
    final String callbackUrl;
    final String callbackMethod;
    final List<Step> script;
    int position;
    int polls;
    String financialTransactionId;
    boolean callbackSent;

    Transaction(String product, String statusPrefix, String referenceId, ObjectNode body,
        BigDecimal amount, String callbackUrl, String callbackMethod, List<Step> script) {
      this.product = product;
      this.statusPrefix = statusPrefix;
      this.referenceId = referenceId;
      this.body = body;
      this.amount = amount;
      this.callbackUrl = callbackUrl;
      this.callbackMethod = callbackMethod;
      this.script = script;
    }

    Step current() {
      return script.get(position);
    }

    ObjectNode render() {
      ObjectNode out = body.deepCopy();
      if (financialTransactionId != null) {
        out.put("financialTransactionId", financialTransactionId);
      }
      out.put("status", current().status);
      if (current().reason != null) {
        out.put(statusPrefix.equals("/v2_0/invoice/") ? "errorReason" : "reason", current().reason);
      }
      return out;
    }
  }
}
