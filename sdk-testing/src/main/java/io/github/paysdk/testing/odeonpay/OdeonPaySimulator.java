package io.github.paysdk.testing.odeonpay;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.core.validation.CardValidation;
import io.github.paysdk.testing.CallbackSender;
import io.github.paysdk.testing.SimulatorServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * OdeonPay in a MockWebServer. It checks {@code Authorization: Basic base64(publicId:apiSecret)} (401
 * otherwise) and, when {@link #requireSignatureKey(String)} is set, {@code Content-HMAC} over the exact body
 * (401 otherwise). The documented test cards behave as documented:
 *
 * <ul>
 *   <li>4242424242424242: no 3-D Secure; CVV 123 completes, any other CVV declines (5051). Refunds
 *       complete, payouts complete.
 *   <li>4111111111111111: Advanced 3-D Secure ({@code threeDsModel}); get the PaRes from
 *       {@link #acsPaRes(String, String)} with passphrase "4" and call post3ds; CVV 123 then completes,
 *       333 declines. Refunds and payouts are always declined.
 *   <li>4200000000000000: Redirect 3-D Secure ({@code threeDsRedirectModel}); play the cardholder with
 *       {@link #completeRedirect3ds(String, String)}. Refunds and payouts stay Created.
 *   <li>Any other card number is declined (reason 5000, a simulator code). Expiry dates are not checked.
 * </ul>
 *
 * APM payouts of type 2 complete for {@code personId} "success@bank" and fail for "failure@bank", by
 * notification. Duplicate protection by invoice id is off by default, as at OdeonPay. Notifications are
 * POSTed to {@link #notifyTo(String)} signed with the API secret. The simulator logs nothing; its call
 * record ({@link #calls()}) holds request bodies as sent, card data included, for assertions only.
 */
public final class OdeonPaySimulator extends SimulatorServer {
  /** The 3-D Secure passphrase of the test environment. */
  public static final String PASSPHRASE = "4";
  /** A simulator reason code for a card number that is not one of the documented test cards. */
  public static final int NOT_A_TEST_CARD = 5000;
  /** A simulator reason code for a payment the merchant rejected in its Payment Check reply. */
  public static final int REJECTED_BY_PAYMENT_CHECK = 5099;

  private static final String SUCCESS_CARD = "4242424242424242";
  private static final String ADVANCED_3DS_CARD = "4111111111111111";
  private static final String REDIRECT_3DS_CARD = "4200000000000000";
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final ObjectMapper json = JsonMapper.builder()
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();
  private final String publicId;
  private final String apiSecret;
  private final String expectedAuthorization;
  private final Map<Long, Txn> transactions = new LinkedHashMap<>();
  private final Map<String, Txn> tokens = new LinkedHashMap<>();
  private final Set<String> usedInvoiceIds = new HashSet<>();
  private final List<DeliveredNotification> notifications = new ArrayList<>();
  private final CallbackSender sender = new CallbackSender();
  private String signatureKey;
  private boolean duplicateProtection;
  private String notifyUrl;
  private String paymentCheckUrl;
  private final OkHttpClient checkClient = new OkHttpClient.Builder()
      .callTimeout(10, java.util.concurrent.TimeUnit.SECONDS).build();
  private Clock clock = Clock.systemUTC();
  private long nextId = 1000;

  /**
   * @param publicId the merchant's public id (the Basic auth user)
   * @param apiSecret the API secret (the Basic auth password and the notification HMAC key)
   */
  public OdeonPaySimulator(String publicId, String apiSecret) {
    this.publicId = Objects.requireNonNull(publicId, "publicId");
    this.apiSecret = Objects.requireNonNull(apiSecret, "apiSecret");
    this.expectedAuthorization = "Basic " + Base64.getEncoder()
        .encodeToString((publicId + ":" + apiSecret).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    super.close();
    checkClient.dispatcher().executorService().shutdown();
    checkClient.connectionPool().evictAll();
  }

  @Override
  public OdeonPaySimulator start() {
    super.start();
    return this;
  }

  /**
   * @param key the signature key every request's {@code Content-HMAC} must be computed with; null to
   *     accept requests without one
   * @return this simulator
   */
  public synchronized OdeonPaySimulator requireSignatureKey(String key) {
    this.signatureKey = key;
    return this;
  }

  /**
   * @param enabled whether a second request with an already used invoice id is declined (reason 6002)
   * @return this simulator
   */
  public synchronized OdeonPaySimulator duplicateProtection(boolean enabled) {
    this.duplicateProtection = enabled;
    return this;
  }

  /**
   * @param url where notifications are POSTed (signed with the API secret), or null for none
   * @return this simulator
   */
  public synchronized OdeonPaySimulator notifyTo(String url) {
    this.notifyUrl = url;
    return this;
  }

  /**
   * Sends a signed Payment Check to this URL before a payment is approved; a reply other than HTTP 200 with
   * {@code {"code":0}} declines it (reason {@value #REJECTED_BY_PAYMENT_CHECK}). OdeonPay documents the
   * check for its payment form; the simulator also runs it for API charges.
   *
   * @param url the merchant's Payment Check URL, or null for none
   * @return this simulator
   */
  public synchronized OdeonPaySimulator paymentCheckTo(String url) {
    this.paymentCheckUrl = url;
    return this;
  }

  /**
   * @param clock the clock for creation dates and notification times
   * @return this simulator
   */
  public synchronized OdeonPaySimulator clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** @return the notifications sent so far, in order */
  public synchronized List<DeliveredNotification> notifications() {
    return List.copyOf(notifications);
  }

  /** @return a snapshot of every transaction, in creation order */
  public synchronized List<SimulatedTransaction> transactions() {
    List<SimulatedTransaction> out = new ArrayList<>();
    for (Txn t : transactions.values()) {
      out.add(t.snapshot());
    }
    return out;
  }

  /**
   * Plays the issuer's ACS for Advanced 3-D Secure: the cardholder types the passphrase.
   *
   * @param paReq the paReq from the charge's {@code threeDsModel}
   * @param passphrase what the cardholder typed ("4" passes)
   * @return the PaRes to pass to post3ds
   * @throws IllegalArgumentException if the paReq is not one this simulator issued
   */
  public synchronized String acsPaRes(String paReq, String passphrase) {
    Txn txn = null;
    for (Txn t : transactions.values()) {
      if (paReq != null && paReq.equals(t.paReq)) {
        txn = t;
      }
    }
    if (txn == null) {
      throw new IllegalArgumentException("Unknown paReq");
    }
    String verdict = PASSPHRASE.equals(passphrase) ? "authenticated" : "failed";
    return Base64.getEncoder().encodeToString(
        ("pares:" + txn.id + ":" + verdict).getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Plays the cardholder on the Redirect 3-D Secure page: the transaction completes or is declined.
   *
   * @param url the {@code url} of the charge's {@code threeDsRedirectModel}
   * @param passphrase what the cardholder typed ("4" passes)
   * @return where the payer's browser lands: the charge's success or failure redirect URL (may be null)
   * @throws IllegalArgumentException if the URL is not one this simulator issued
   */
  public synchronized String completeRedirect3ds(String url, String passphrase) {
    HttpUrl parsed = HttpUrl.parse(url);
    String reference = parsed == null ? null : parsed.queryParameter("link_reference");
    for (Txn t : transactions.values()) {
      if (reference != null && reference.equals(t.linkReference)
          && t.status == Status.AWAITING_AUTHENTICATION) {
        finish3ds(t, PASSPHRASE.equals(passphrase));
        return t.status == Status.COMPLETED ? t.successUrl : t.failureUrl;
      }
    }
    throw new IllegalArgumentException("Unknown or finished 3-D Secure redirect");
  }

  @Override
  protected MockResponse handle(RecordedRequest request) {
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    String path = request.getUrl().encodedPath();
    if (request.getMethod().equals("GET") && path.startsWith("/payments/redirect/")) {
      return hostedRedirectPage(request.getUrl());
    }
    if (!expectedAuthorization.equals(request.getHeaders().get("Authorization"))) {
      return reply(401, error("Unauthorized"));
    }
    if (signatureKey != null && !OdeonPayHmac.matches(signatureKey, body, request.getHeaders().get("Content-HMAC"))) {
      return reply(401, error("Invalid Content-HMAC"));
    }
    if (path.equals("/payments/balance")) {
      return request.getMethod().equals("GET") ? balance() : reply(405, error("Method not allowed"));
    }
    if (!request.getMethod().equals("POST")) {
      return reply(405, error("Method not allowed"));
    }
    JsonNode in;
    try {
      in = body.length == 0 ? json.createObjectNode() : json.readTree(body);
    } catch (IOException e) {
      return reply(400, error("Invalid JSON"));
    }
    if (in == null || !in.isObject()) {
      return reply(400, error("Invalid JSON"));
    }
    switch (path) {
      case "/test":
        return reply(200, envelope(true, "Test message success"));
      case "/payments/charge/card":
        return charge(in);
      case "/payments/post3ds":
        return post3ds(in);
      case "/payments/refund":
        return refund(in);
      case "/payments/payout":
        return payoutByToken(in);
      case "/payments/payout/card":
        return payoutToCard(in);
      case "/payments/status":
        return status(in);
      case "/payments/status/invoice":
        return statusByInvoice(in);
      case "/payments/list":
        return list(in);
      case "/payments/link":
        return paymentLink(in);
      case "/checkout/link":
        return checkoutLink(in);
      case "/payments/apm/payout":
        return apmPayout(in);
      case "/payments/apm/refund":
        return apmRefund(in);
      default:
        return reply(404, error("Not found"));
    }
  }

  // ---- endpoints ----

  private MockResponse charge(JsonNode in) {
    if (!publicId.equals(text(in, "publicId"))) {
      return rejected("Invalid publicId");
    }
    BigDecimal amount = positiveAmount(in);
    JsonNode card = in.path("card");
    String pan = text(card, "pan");
    if (amount == null) {
      return rejected("Invalid Amount value");
    }
    if (text(in, "currency") == null) {
      return rejected("Invalid Currency value");
    }
    if (pan == null || !luhn(pan)) {
      return rejected("Invalid card number");
    }
    Txn txn = newTxn(1, amount, in);
    txn.name = text(in, "name");
    txn.description = text(in, "description");
    txn.card(pan, card.path("expiryMonth").asInt(), card.path("expiryYear").asInt());
    txn.approve = "123".equals(text(card, "cvv"));
    txn.successUrl = text(in, "successRedirectUrl");
    txn.failureUrl = text(in, "failureRedirectUrl");
    if (isDuplicate(txn)) {
      return declinedDuplicate(txn);
    }
    switch (pan) {
      case SUCCESS_CARD:
        settlePayment(txn, txn.approve);
        return transactionReply(txn);
      case ADVANCED_3DS_CARD: {
        txn.status = Status.AWAITING_AUTHENTICATION;
        txn.paReq = Base64.getEncoder().encodeToString(
            ("simulated-pareq:" + txn.id + ":" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII));
        ObjectNode out = envelope(false, "Requires 3DS authentication");
        ObjectNode model = out.putObject("threeDsModel");
        model.put("transactionId", txn.id).put("method", "post").put("paReq", txn.paReq)
            .put("acsUrl", baseUrl() + "/acs?id=" + txn.id)
            .put("statusCode", Status.AWAITING_AUTHENTICATION.code).put("status", "AwaitingAuthentication");
        return reply(200, out);
      }
      case REDIRECT_3DS_CARD: {
        txn.status = Status.AWAITING_AUTHENTICATION;
        txn.linkReference = UUID.randomUUID().toString().replace("-", "");
        ObjectNode out = envelope(false, "Requires 3DS authentication");
        ObjectNode model = out.putObject("threeDsRedirectModel");
        model.put("url", baseUrl() + "/redirect/?link_reference=" + txn.linkReference)
            .put("transactionId", txn.id)
            .put("statusCode", Status.AWAITING_AUTHENTICATION.code).put("status", "AwaitingAuthentication");
        return reply(200, out);
      }
      default:
        txn.decline(NOT_A_TEST_CARD, "Not a test card", now());
        notifyPayment(txn);
        return transactionReply(txn);
    }
  }

  private MockResponse post3ds(JsonNode in) {
    Txn txn = transactions.get(in.path("transactionId").asLong(-1));
    if (txn == null || txn.status != Status.AWAITING_AUTHENTICATION || txn.paReq == null) {
      return rejected("Transaction not found");
    }
    String paRes = text(in, "paRes");
    String decoded;
    try {
      decoded = paRes == null ? "" : new String(Base64.getDecoder().decode(paRes), StandardCharsets.US_ASCII);
    } catch (IllegalArgumentException e) {
      decoded = "";
    }
    if (!decoded.startsWith("pares:" + txn.id + ":")) {
      return rejected("Invalid PaRes");
    }
    finish3ds(txn, decoded.endsWith(":authenticated"));
    return transactionReply(txn);
  }

  private MockResponse refund(JsonNode in) {
    Txn payment = transactions.get(in.path("transactionId").asLong(-1));
    if (payment == null || payment.operation != 1) {
      return rejected("Transaction not found");
    }
    if (payment.status != Status.COMPLETED) {
      return rejected("Transaction cannot be refunded");
    }
    BigDecimal remaining = payment.amount.subtract(payment.refunded);
    BigDecimal amount = in.hasNonNull("amount") ? positiveAmount(in) : remaining;
    if (amount == null || amount.compareTo(remaining) > 0 || amount.signum() <= 0) {
      return rejected("Invalid Amount value");
    }
    Txn refund = newTxn(2, amount, null);
    refund.currency = payment.currency;
    refund.invoiceId = payment.invoiceId;
    refund.accountId = payment.accountId;
    refund.paymentTransactionId = payment.id;
    refund.copyCard(payment);
    switch (payment.cardKind()) {
      case SUCCESS_CARD:
        refund.complete(Status.REFUND_COMPLETED, now());
        payment.refunded = payment.refunded.add(amount);
        notifyRefund(refund);
        break;
      case ADVANCED_3DS_CARD:
        refund.decline(5001, "Refund declined", now());
        notifyRefund(refund);
        break;
      default:
        refund.status = Status.CREATED;
    }
    ObjectNode out = json.createObjectNode();
    out.putObject("model").put("transactionId", refund.id);
    out.put("success", true).putNull("message");
    return reply(200, out);
  }

  private MockResponse payoutByToken(JsonNode in) {
    Txn tokenCard = tokens.get(text(in, "token"));
    if (tokenCard == null) {
      return rejected("Token not found");
    }
    BigDecimal amount = positiveAmount(in);
    if (amount == null) {
      return rejected("Invalid Amount value");
    }
    Txn payout = newTxn(3, amount, in);
    payout.name = tokenCard.name;
    payout.copyCard(tokenCard);
    return cardPayout(payout);
  }

  private MockResponse payoutToCard(JsonNode in) {
    String pan = text(in, "pan");
    if (pan == null || !luhn(pan)) {
      return rejected("Invalid card number");
    }
    BigDecimal amount = positiveAmount(in);
    if (amount == null) {
      return rejected("Invalid Amount value");
    }
    Txn payout = newTxn(3, amount, in);
    payout.accountId = null;
    payout.name = text(in, "name");
    payout.card(pan, 0, 0);
    return cardPayout(payout);
  }

  private MockResponse cardPayout(Txn payout) {
    if (isDuplicate(payout)) {
      return declinedDuplicate(payout);
    }
    switch (payout.cardKind()) {
      case SUCCESS_CARD:
        payout.complete(Status.PAYOUT_COMPLETED, now());
        notifyPayout(payout);
        break;
      case REDIRECT_3DS_CARD:
        payout.status = Status.CREATED;
        break;
      default:
        payout.decline(5002, "Payout declined", now());
        notifyPayout(payout);
    }
    return transactionReply(payout);
  }

  private MockResponse status(JsonNode in) {
    Txn txn = transactions.get(in.path("transactionId").asLong(-1));
    if (txn == null) {
      return rejected("Transaction not found");
    }
    ObjectNode out = envelope(true, null);
    out.set("model", txn.model(json, true));
    return reply(200, out);
  }

  private MockResponse statusByInvoice(JsonNode in) {
    String invoiceId = text(in, "invoiceId");
    ObjectNode out = envelope(true, null);
    ArrayNode list = out.putArray("transactions");
    for (Txn txn : transactions.values()) {
      if (invoiceId != null && invoiceId.equals(txn.invoiceId)) {
        list.add(txn.model(json, true));
      }
    }
    return reply(200, out);
  }

  private MockResponse list(JsonNode in) {
    LocalDate date;
    ZoneId zone;
    try {
      date = LocalDate.parse(Objects.requireNonNullElse(text(in, "date"), ""));
      zone = text(in, "timezone") == null ? ZoneOffset.UTC : ZoneId.of(text(in, "timezone"));
    } catch (DateTimeException e) {
      return rejected("Invalid date or timezone");
    }
    ObjectNode out = envelope(true, null);
    ArrayNode list = out.putArray("transactions");
    for (Txn txn : transactions.values()) {
      if (Instant.ofEpochMilli(txn.created).atZone(zone).toLocalDate().equals(date)) {
        list.add(txn.listItem(json));
      }
    }
    return reply(200, out);
  }

  private MockResponse paymentLink(JsonNode in) {
    BigDecimal amount = positiveAmount(in);
    if (amount == null) {
      return rejected("Invalid Amount value");
    }
    if (text(in, "currency") == null || text(in, "description") == null || text(in, "accountId") == null) {
      return rejected("Invalid request");
    }
    Txn txn = newTxn(1, amount, in);
    txn.description = text(in, "description");
    if (isDuplicate(txn)) {
      return declinedDuplicate(txn);
    }
    txn.status = Status.CREATED;
    ObjectNode out = envelope(true, null);
    out.set("model", txn.model(json, false));
    out.putObject("link").put("method", "get")
        .put("action", baseUrl() + "/checkout/?" + UUID.randomUUID());
    return reply(200, out);
  }

  private MockResponse checkoutLink(JsonNode in) {
    if (in.has("amount") && positiveAmount(in) == null) {
      return rejected("Invalid Amount value");
    }
    ObjectNode out = envelope(true, null);
    out.putObject("model");
    out.putObject("link").put("method", "get").put("action", baseUrl() + "/" + UUID.randomUUID());
    return reply(200, out);
  }

  private MockResponse apmPayout(JsonNode in) {
    BigDecimal amount = positiveAmount(in);
    if (amount == null) {
      return rejected("Invalid Amount value");
    }
    Txn payout = newTxn(3, amount, in);
    payout.name = text(in, "name");
    if (isDuplicate(payout)) {
      return declinedDuplicate(payout);
    }
    payout.status = Status.CREATED;
    ObjectNode out = envelope(true, null);
    out.set("model", payout.model(json, false));
    JsonNode data = in.path("data");
    if (data.path("paymentTypeId").asInt() == 2) {
      String personId = text(data, "personId");
      if ("success@bank".equals(personId)) {
        payout.complete(Status.PAYOUT_COMPLETED, now());
        notifyPayout(payout);
      } else if ("failure@bank".equals(personId)) {
        payout.decline(5003, "APM payout failed", now());
        notifyPayout(payout);
      }
    }
    return reply(200, out);
  }

  private MockResponse apmRefund(JsonNode in) {
    Txn payment = transactions.get(in.path("transactionId").asLong(-1));
    if (payment == null || payment.operation != 1) {
      return rejected("Transaction not found");
    }
    BigDecimal amount = positiveAmount(in);
    if (amount == null || amount.compareTo(payment.amount) > 0) {
      return rejected("Invalid Amount value");
    }
    Txn refund = newTxn(2, amount, null);
    refund.currency = payment.currency;
    refund.invoiceId = payment.invoiceId;
    refund.accountId = payment.accountId;
    refund.name = payment.name;
    refund.paymentTransactionId = payment.id;
    refund.status = Status.CREATED;
    ObjectNode out = envelope(true, null);
    out.set("model", refund.model(json, false));
    return reply(200, out);
  }

  private MockResponse balance() {
    Map<String, BigDecimal[]> byCurrency = new LinkedHashMap<>();
    for (Txn t : transactions.values()) {
      if (t.currency == null) {
        continue;
      }
      BigDecimal[] sums = byCurrency.computeIfAbsent(t.currency,
          c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      if (t.status == Status.COMPLETED) {
        sums[0] = sums[0].add(t.amount);
      } else if (t.status == Status.REFUND_COMPLETED || t.status == Status.PAYOUT_COMPLETED) {
        sums[0] = sums[0].subtract(t.amount);
      } else if (t.status == Status.CREATED && t.operation != 1) {
        sums[1] = sums[1].add(t.amount);
      }
    }
    ObjectNode out = envelope(true, null);
    ObjectNode account = out.putArray("balances").addObject().put("name", "The balance");
    ArrayNode currencies = account.putArray("currencies");
    byCurrency.forEach((currency, sums) -> currencies.addObject()
        .put("currency", currency).put("total", sums[0]).put("pending", sums[1])
        .put("hold", BigDecimal.ZERO).put("fee", BigDecimal.ZERO).put("pendingFee", BigDecimal.ZERO)
        .put("available", sums[0].subtract(sums[1])));
    return reply(200, out);
  }

  private MockResponse hostedRedirectPage(HttpUrl url) {
    String[] required = {"amount", "description", "currency", "successUrl", "failureUrl", "pendingUrl",
        "cancelUrl"};
    for (String name : required) {
      if (url.queryParameter(name) == null) {
        return new MockResponse.Builder().code(400).body("Missing " + name).build();
      }
    }
    if (!url.encodedPath().equals("/payments/redirect/" + publicId)) {
      return new MockResponse.Builder().code(404).body("Unknown site").build();
    }
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
        .body("<html><body>Simulated OdeonPay payment page</body></html>").build();
  }

  // ---- behaviour ----

  private void finish3ds(Txn txn, boolean authenticated) {
    if (!authenticated) {
      txn.decline(5020, "3-D Secure authentication failed", now());
      notifyPayment(txn);
      return;
    }
    settlePayment(txn, txn.approve);
  }

  private void settlePayment(Txn txn, boolean approve) {
    if (approve && !merchantApproves(txn)) {
      txn.decline(REJECTED_BY_PAYMENT_CHECK, "Rejected by merchant", now());
      notifyPayment(txn);
      return;
    }
    if (approve) {
      txn.complete(Status.COMPLETED, now());
      if (txn.accountId != null) {
        txn.token = String.format(Locale.ROOT, "%04d-SIM%d-%04d", txn.id % 10000, txn.id % 10, (txn.id * 7) % 10000);
        tokens.put(txn.token, txn);
      }
    } else {
      txn.decline(5051, "Insufficient Funds", now());
    }
    notifyPayment(txn);
  }

  private boolean isDuplicate(Txn txn) {
    if (txn.invoiceId == null) {
      return false;
    }
    String key = txn.operation + ":" + txn.invoiceId;
    boolean seen = !usedInvoiceIds.add(key);
    return duplicateProtection && seen;
  }

  private MockResponse declinedDuplicate(Txn txn) {
    txn.decline(6002, "Duplicate invoice ID", now());
    return transactionReply(txn);
  }

  private MockResponse transactionReply(Txn txn) {
    boolean ok = txn.status != Status.DECLINED;
    ObjectNode out = envelope(ok, ok ? null
        : txn.reasonCode == 5051 ? "Insufficient funds to process the transaction" : txn.reason);
    out.set("model", txn.model(json, false));
    return reply(200, out);
  }

  private Txn newTxn(int operation, BigDecimal amount, JsonNode in) {
    Txn txn = new Txn(nextId++, operation, amount, clock.millis());
    if (in != null) {
      txn.currency = text(in, "currency");
      txn.invoiceId = text(in, "invoiceId");
      txn.accountId = text(in, "accountId");
    }
    transactions.put(txn.id, txn);
    return txn;
  }

  private long now() {
    return clock.millis();
  }

  // ---- notifications ----

  private void notifyPayment(Txn txn) {
    ObjectNode n = common(txn);
    n.put("cardFirstSix", txn.firstSix).put("cardLastFour", txn.lastFour).put("cardType", "VISA")
        .put("cardExpDate", txn.expiry);
    if (txn.name != null) {
      n.put("name", txn.name);
    }
    if (txn.status == Status.COMPLETED && txn.token != null) {
      n.put("token", txn.token);
    }
    deliver(withReason(n, txn));
  }

  private boolean merchantApproves(Txn txn) {
    if (paymentCheckUrl == null) {
      return true;
    }
    ObjectNode check = common(txn).put("name", txn.name).put("status", Status.CREATED.wireName)
        .put("statusCode", Status.CREATED.code).put("cardFirstSix", txn.firstSix)
        .put("cardLastFour", txn.lastFour).put("cardType", "VISA").put("cardExpDate", txn.expiry);
    byte[] body = bytes(check);
    String hmac = OdeonPayHmac.of(apiSecret, body);
    Request request = new Request.Builder().url(paymentCheckUrl).header("Content-HMAC", hmac)
        .post(RequestBody.create(body, MediaType.get("application/json"))).build();
    int status = -1;
    boolean approved = false;
    try (Response response = checkClient.newCall(request).execute()) {
      status = response.code();
      JsonNode reply = json.readTree(response.body().bytes());
      approved = status == 200 && reply != null && reply.path("code").isInt() && reply.path("code").asInt() == 0;
    } catch (IOException unreachableOrNotJson) {
      approved = false;
    }
    notifications.add(new DeliveredNotification(paymentCheckUrl, new String(body, StandardCharsets.UTF_8),
        hmac, 1, status));
    return approved;
  }

  private void notifyRefund(Txn txn) {
    ObjectNode n = json.createObjectNode().put("paymentTransactionId", txn.paymentTransactionId);
    n.setAll(common(txn));
    deliver(withReason(n, txn));
  }

  private void notifyPayout(Txn txn) {
    deliver(withReason(common(txn), txn));
  }

  private ObjectNode common(Txn txn) {
    ObjectNode n = json.createObjectNode()
        .put("transactionId", txn.id).put("amount", txn.amount).put("currency", txn.currency)
        .put("dateTime", DATE_TIME.format(Instant.ofEpochMilli(now())));
    if (txn.invoiceId != null) {
      n.put("invoiceId", txn.invoiceId);
    }
    if (txn.accountId != null) {
      n.put("accountId", txn.accountId);
    }
    return n.put("operationTypeCode", txn.operation).put("operationType", operationName(txn.operation))
        .put("status", txn.status.wireName).put("statusCode", txn.status.code);
  }

  private static ObjectNode withReason(ObjectNode n, Txn txn) {
    if (txn.status == Status.DECLINED) {
      n.put("reasonCode", txn.reasonCode).put("reason", txn.reason);
    }
    return n;
  }

  private void deliver(ObjectNode notification) {
    if (notifyUrl == null) {
      return;
    }
    byte[] body = bytes(notification);
    String hmac = OdeonPayHmac.of(apiSecret, body);
    int attempts = 0;
    int status = -1;
    while (attempts < 6) { // the first send and up to 5 resends
      attempts++;
      try {
        status = sender.send("POST", notifyUrl, Map.of("Content-HMAC", hmac), body);
      } catch (UncheckedIOException unreachable) {
        status = -1;
      }
      if (status == 200) {
        break;
      }
    }
    notifications.add(new DeliveredNotification(notifyUrl, new String(body, StandardCharsets.UTF_8), hmac,
        attempts, status));
  }

  // ---- helpers ----

  private ObjectNode envelope(boolean success, String message) {
    ObjectNode out = json.createObjectNode().put("success", success);
    if (message == null) {
      out.putNull("message");
    } else {
      out.put("message", message);
    }
    return out;
  }

  private ObjectNode error(String message) {
    return envelope(false, message);
  }

  private MockResponse rejected(String message) {
    return reply(200, error(message));
  }

  private MockResponse reply(int status, ObjectNode body) {
    return json(status, new String(bytes(body), StandardCharsets.UTF_8));
  }

  private byte[] bytes(JsonNode node) {
    try {
      return json.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BigDecimal positiveAmount(JsonNode in) {
    JsonNode amount = in.path("amount");
    if (!amount.isNumber()) {
      return null;
    }
    BigDecimal value = amount.decimalValue();
    return value.signum() > 0 ? value : null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String operationName(int operation) {
    return operation == 1 ? "Payment" : operation == 2 ? "Refund" : "CardPayout";
  }

  private static boolean luhn(String digits) {
    return digits.matches("[0-9]{12,19}") && CardValidation.passesLuhn(digits);
  }

  private enum Status {
    AWAITING_AUTHENTICATION(1, "AwaitingAuthentication"),
    COMPLETED(4, "Completed"),
    REFUND_COMPLETED(5, "RefundCompleted"),
    PAYOUT_COMPLETED(7, "PayoutCompleted"),
    CREATED(10, "Created"),
    DECLINED(99, "Declined");

    final int code;
    final String wireName;

    Status(int code, String wireName) {
      this.code = code;
      this.wireName = wireName;
    }
  }

  /** One transaction. Keeps first six / last four and which test card it was, never the full number. */
  private static final class Txn {
    final long id;
    final int operation;
    final BigDecimal amount;
    final long created;
    Long completed;
    String currency;
    String invoiceId;
    String accountId;
    String description;
    String name;
    String token;
    Status status = Status.CREATED;
    Integer reasonCode = 0;
    String reason = "Approved";
    String firstSix;
    String lastFour;
    String testCard;
    String expiry;
    boolean approve;
    String paReq;
    String linkReference;
    String successUrl;
    String failureUrl;
    Long paymentTransactionId;
    BigDecimal refunded = BigDecimal.ZERO;

    Txn(long id, int operation, BigDecimal amount, long created) {
      this.id = id;
      this.operation = operation;
      this.amount = amount;
      this.created = created;
    }

    void card(String pan, int month, int year) {
      firstSix = pan.substring(0, 6);
      lastFour = pan.substring(pan.length() - 4);
      testCard = pan.equals(SUCCESS_CARD) || pan.equals(ADVANCED_3DS_CARD) || pan.equals(REDIRECT_3DS_CARD)
          ? pan : "other";
      expiry = month == 0 ? null : String.format(Locale.ROOT, "%02d/%04d", month, year);
    }

    void copyCard(Txn other) {
      firstSix = other.firstSix;
      lastFour = other.lastFour;
      testCard = other.testCard;
      expiry = other.expiry;
    }

    String cardKind() {
      return testCard == null ? "other" : testCard;
    }

    void complete(Status finalStatus, long at) {
      status = finalStatus;
      reasonCode = 0;
      reason = "Approved";
      completed = at;
    }

    void decline(int code, String why, long at) {
      status = Status.DECLINED;
      reasonCode = code;
      reason = why;
      completed = at;
    }

    ObjectNode model(ObjectMapper json, boolean withOperation) {
      ObjectNode m = json.createObjectNode().put("transactionId", id).put("amount", amount)
          .put("currency", currency).put("invoiceId", invoiceId).put("accountId", accountId);
      if (description != null) {
        m.put("description", description);
      }
      m.put("name", name);
      if (operation == 1) {
        m.put("token", token);
      }
      m.put("statusCode", status.code).put("status", status.wireName)
          .put("reasonCode", reasonCode).put("reason", reason);
      if (withOperation) {
        m.put("operationTypeCode", operation).put("operationType", operationName(operation));
      }
      return m;
    }

    ObjectNode listItem(ObjectMapper json) {
      ObjectNode m = json.createObjectNode().put("id", id).put("statusId", status.code)
          .put("status", status.wireName).put("currency", currency).put("amount", amount)
          .put("description", description).put("invoiceId", invoiceId).put("accountId", accountId)
          .put("created", created).put("operationTypeId", operation)
          .put("operationType", operationName(operation)).put("reasonId", reasonCode).put("reason", reason)
          .put("cardType", firstSix == null ? null : "Visa").put("cardFirstSix", firstSix)
          .put("cardLastFour", lastFour);
      if (completed == null) {
        m.putNull("completed");
      } else {
        m.put("completed", completed);
      }
      if (paymentTransactionId == null) {
        m.putNull("paymentTransactionId");
      } else {
        m.put("paymentTransactionId", paymentTransactionId);
      }
      return m;
    }

    SimulatedTransaction snapshot() {
      return new SimulatedTransaction(id, operation, status.code, reasonCode, amount, currency, invoiceId,
          paymentTransactionId, firstSix, lastFour);
    }

    @Override
    public String toString() {
      return "Txn{" + id + ", op " + operation + ", " + status + "}";
    }
  }
}
