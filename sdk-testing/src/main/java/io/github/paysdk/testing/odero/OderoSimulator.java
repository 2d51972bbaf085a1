package io.github.paysdk.testing.odero;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.core.crypto.Crypto;
import io.github.paysdk.core.json.JsonMappers;
import io.github.paysdk.testing.SimulatorServer;
import io.github.paysdk.testing.odero.SimPayment.SimRefund;
import io.github.paysdk.testing.odero.SimPayment.SimTransaction;
import io.github.paysdk.testing.odero.SimPayment.SimWholeRefund;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * An in-process Odero (TokenPay platform) for tests and examples. It checks every request's
 * {@code x-api-key}, {@code x-rnd-key}, {@code x-auth-version} and {@code x-signature} exactly as the
 * platform does (a wrong one gets 401 and the {@code {"errors": ...}} envelope), and keeps payments,
 * transactions and refunds consistent: refunds cannot exceed what was paid, and show up in payment
 * reporting.
 *
 * <p>Supported: card payments (with {@link #declineCard declines}), the 3-D Secure round trip
 * ({@link #authenticate3ds}), post-auth, hosted checkout ({@link #payCheckout}), payment reporting
 * retrieve and search (filters and paging), refunds of payments and transactions, installments, BIN
 * lookup and stored cards; plus the faults of {@link SimulatorServer}.
 *
 * <p>Error codes for authentication, validation and state errors are the simulator's own (the platform
 * does not publish them); bank declines use the platform's documented codes and groups.
 */
public final class OderoSimulator extends SimulatorServer {
  /** errorCode for a missing or wrong key or signature. */
  public static final String AUTH_ERROR = "1";
  /** errorCode for a request the simulator cannot accept. */
  public static final String VALIDATION_ERROR = "2";
  /** errorCode for an unknown payment, refund, token or card. */
  public static final String NOT_FOUND_ERROR = "3";
  /** errorCode for an operation the payment's state does not allow. */
  public static final String STATE_ERROR = "4";

  private static final ZoneId BAKU = ZoneId.of("Asia/Baku");
  private static final Set<Integer> INSTALLMENTS = Set.of(1, 2, 3, 6, 9, 12);

  private final String apiKey;
  private final String secretKey;
  // Core's mapper keeps amounts as sent (100.00 stays 100.00), also through trees.
  private final ObjectMapper mapper = JsonMappers.create();
  private final OderoSimJson out = new OderoSimJson(mapper);
  private final Map<Long, SimPayment> payments = new LinkedHashMap<>();
  private final Map<Long, SimTransaction> transactions = new HashMap<>();
  private final Map<Long, SimRefund> transactionRefunds = new LinkedHashMap<>();
  private final Map<Long, SimWholeRefund> wholeRefunds = new HashMap<>();
  private final Map<String, Checkout> checkouts = new HashMap<>();
  private final SimCards cards = new SimCards();
  /** The card of each 3-D Secure payment, stored (if asked) once the payment completes. */
  private final Map<Long, JsonNode> pendingCardStores = new HashMap<>();
  private final Map<String, String[]> declines = new HashMap<>();
  private Clock clock = Clock.systemUTC();
  private long nextPaymentId = 100_000;
  private long nextTransactionId = 900_000;
  private long nextRefundId = 500_000;

  /**
   * @param apiKey the merchant API key the simulator accepts
   * @param secretKey the merchant secret key it checks signatures with
   */
  public OderoSimulator(String apiKey, String secretKey) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.secretKey = Objects.requireNonNull(secretKey, "secretKey");
    declineCard("5258640000000051", "10051", "NOT_SUFFICIENT_FUNDS");
    declineCard("5258640000000005", "10005", "DO_NOT_HONOUR");
  }

  /**
   * @param apiKey the merchant API key the simulator accepts
   * @param secretKey the merchant secret key
   * @return a started simulator
   */
  public static OderoSimulator started(String apiKey, String secretKey) {
    OderoSimulator simulator = new OderoSimulator(apiKey, secretKey);
    simulator.start();
    return simulator;
  }

  /**
   * Makes the bank decline payments with this card number. Built in: {@code 5258640000000051}
   * (10051 NOT_SUFFICIENT_FUNDS) and {@code 5258640000000005} (10005 DO_NOT_HONOUR).
   *
   * @param cardNumber the card number
   * @param errorCode the platform error code
   * @param errorGroup the error group
   */
  public synchronized void declineCard(String cardNumber, String errorCode, String errorGroup) {
    declines.put(cardNumber, new String[] {errorCode, errorGroup});
  }

  /** @param clock the clock for created dates (platform time is Asia/Baku) */
  public synchronized void clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The buyer passes 3-D Secure at the bank: the payment moves to CALLBACK_THREEDS and can be completed.
   *
   * @param paymentId the payment from the 3-D Secure init
   * @return the callback URL the bank would now send the buyer to (with {@code paymentId} posted)
   * @throws IllegalStateException if there is no such payment waiting for 3-D Secure
   */
  public synchronized String authenticate3ds(long paymentId) {
    SimPayment p = payments.get(paymentId);
    if (p == null || !p.status.equals("INIT_THREEDS")) {
      throw new IllegalStateException("No payment " + paymentId + " waiting for 3-D Secure");
    }
    p.status = "CALLBACK_THREEDS";
    p.updatedDate = now();
    return p.callbackUrl;
  }

  /**
   * The buyer pays on the hosted checkout page.
   *
   * @param token the checkout token
   * @param cardNumber the card the buyer enters
   * @return the payment id
   * @throws IllegalStateException if the token is unknown or already paid
   */
  public synchronized long payCheckout(String token, String cardNumber) {
    Checkout checkout = checkouts.get(token);
    if (checkout == null || checkout.paymentId != null) {
      throw new IllegalStateException("No open checkout " + token);
    }
    JsonNode r = checkout.request;
    SimPayment p = newPayment(r, cardNumber, "Checkout Buyer", false, false, false);
    p.status = "SUCCESS";
    checkout.paymentId = p.id;
    return p.id;
  }

  /** @return how many payments the simulator holds (any status) */
  public synchronized int paymentCount() {
    return payments.size();
  }

  @Override
  protected synchronized MockResponse handle(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    if (path.startsWith("/sim/3ds/")) {
      return acs(path.substring("/sim/3ds/".length()));
    }
    if (path.equals("/sim/checkout")) {
      return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
          .body("<html><body>Simulated Odero checkout page; pay it with OderoSimulator.payCheckout(\""
              + request.getUrl().queryParameter("token") + "\", cardNumber)</body></html>").build();
    }
    MockResponse denied = authenticate(request);
    if (denied != null) {
      return denied;
    }
    try {
      return route(request.getMethod(), path, request);
    } catch (SimFailure e) {
      return json(e.status, OderoSimJson.error(e.code, e.getMessage(), e.group));
    } catch (IOException | RuntimeException e) {
      return json(400, OderoSimJson.error(VALIDATION_ERROR, "Malformed request: " + e.getClass().getSimpleName(), null));
    }
  }

  private MockResponse authenticate(RecordedRequest request) {
    String givenKey = request.getHeaders().get("x-api-key");
    String rnd = request.getHeaders().get("x-rnd-key");
    String signature = request.getHeaders().get("x-signature");
    if (!Crypto.constantTimeEquals(givenKey, apiKey) || rnd == null || rnd.isEmpty() || signature == null
        || !"v1".equals(request.getHeaders().get("x-auth-version"))) {
      return json(401, OderoSimJson.error(AUTH_ERROR, "Invalid API credentials", null));
    }
    String url = "http://" + request.getHeaders().get("Host") + request.getTarget();
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    if (!Crypto.constantTimeEquals(signature, signature(url, apiKey, secretKey, rnd, body))) {
      return json(401, OderoSimJson.error(AUTH_ERROR, "Invalid signature", null));
    }
    return null;
  }

  /**
   * The platform's signature, computed independently of the SDK.
   *
   * @param url the full URL as received
   * @param apiKey the API key
   * @param secretKey the secret key
   * @param rnd the random key
   * @param body the body bytes
   * @return Base64(SHA-256(URL-decoded url + apiKey + secretKey + rnd + body))
   */
  public static String signature(String url, String apiKey, String secretKey, String rnd, byte[] body) {
    byte[] head = Crypto.utf8(URLDecoder.decode(url, StandardCharsets.UTF_8) + apiKey + secretKey + rnd);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return Crypto.base64(Crypto.sha256(all));
  }

  private MockResponse route(String method, String path, RecordedRequest request) throws IOException {
    HttpUrl url = request.getUrl();
    if (method.equals("POST")) {
      JsonNode body = mapper.readTree(request.getBody() == null ? new byte[0] : request.getBody().toByteArray());
      if (body == null || !body.isObject()) {
        throw SimFailure.invalid("Body must be a JSON object");
      }
      switch (path) {
        case "/payment/v1/card-payments":
          return ok(createPayment(body, false));
        case "/payment/v1/card-payments/3ds-init":
          return ok(init3ds(body, url));
        case "/payment/v1/card-payments/3ds-complete":
          return ok(complete3ds(body));
        case "/payment/v1/checkout-payments/init":
          return ok(initCheckout(body, url));
        case "/payment/v1/refunds":
          return ok(refundPayment(body));
        case "/payment/v1/refund-transactions":
          return ok(refundTransaction(body));
        default:
          if (path.matches("/payment/v1/card-payments/[0-9]+/post-auth")) {
            return ok(postAuth(Long.parseLong(path.split("/")[4]), body));
          }
      }
    } else if (method.equals("GET")) {
      if (path.equals("/payment-reporting/v1/payments")) {
        return json(200, SimPaymentSearch.search(payments.values(), url, out));
      }
      if (path.startsWith("/payment-reporting/v1/payments/")) {
        return ok(out.detail(payment(SimInput.lastSegmentId(path))));
      }
      if (path.startsWith("/payment/v1/checkout-payments/")) {
        return ok(checkoutResult(url.pathSegments().get(3)));
      }
      if (path.startsWith("/payment/v1/refunds/")) {
        SimWholeRefund r = wholeRefunds.get(SimInput.lastSegmentId(path));
        if (r == null) {
          throw SimFailure.notFound("Refund not found");
        }
        return ok(out.refund(r, r.parts.get(0).transaction.payment));
      }
      if (path.equals("/payment/v1/refund-transactions")) {
        return json(200, searchTransactionRefunds(url));
      }
      if (path.startsWith("/payment/v1/refund-transactions/")) {
        SimRefund r = transactionRefunds.get(SimInput.lastSegmentId(path));
        if (r == null) {
          throw SimFailure.notFound("Refund transaction not found");
        }
        return ok(out.transactionRefund(r));
      }
      if (path.equals("/installment/v1/installments")) {
        return json(200, SimCatalog.installments(url, out));
      }
      if (path.startsWith("/installment/v1/bins/")) {
        return ok(SimCatalog.bin(url.pathSegments().get(3), out));
      }
      if (path.equals("/payment/v1/cards")) {
        return json(200, cards.search(url, out));
      }
    } else if (method.equals("DELETE") && path.equals("/payment/v1/cards")) {
      cards.delete(url);
      return new MockResponse.Builder().code(200).build();
    }
    throw SimFailure.notFound("No such endpoint: " + method + " " + path);
  }

  // ---- payments

  private ObjectNode createPayment(JsonNode r, boolean threeDs) {
    JsonNode card = r.path("card");
    String cardNumber;
    String holder;
    boolean stored = false;
    if (card.hasNonNull("cardToken")) {
      SimCards.StoredCard s = cards.forPayment(card);
      cardNumber = s.number();
      holder = s.holder();
      stored = true;
    } else {
      cardNumber = SimInput.requireText(card, "card.cardNumber");
      holder = SimInput.requireText(card, "card.cardHolderName");
      SimInput.requireText(card, "card.expireYear");
      SimInput.requireText(card, "card.expireMonth");
      SimInput.requireText(card, "card.cvc");
      if (!cardNumber.matches("[0-9]{12,19}")) {
        throw SimFailure.invalid("card.cardNumber is invalid");
      }
    }
    SimPayment p = newPayment(r, cardNumber, holder, threeDs, stored, true);
    String[] decline = declines.get(cardNumber);
    if (decline != null && !threeDs) {
      decline(p, decline);
    }
    if (threeDs) {
      p.status = "INIT_THREEDS";
    } else {
      p.status = "SUCCESS";
      cards.storeIfAsked(p, card);
    }
    return out.payment(p);
  }

  private SimPayment newPayment(JsonNode r, String cardNumber, String holder, boolean threeDs, boolean stored,
      boolean requireItems) {
    BigDecimal price = SimInput.positive(r, "price");
    BigDecimal paidPrice = SimInput.positive(r, "paidPrice");
    int installment = r.path("installment").asInt(1);
    if (!INSTALLMENTS.contains(installment)) {
      throw SimFailure.invalid("installment must be one of 1, 2, 3, 6, 9, 12");
    }
    String currency = SimInput.requireText(r, "currency");
    String group = SimInput.requireText(r, "paymentGroup");
    JsonNode items = r.path("items");
    if (!items.isArray() || items.isEmpty()) {
      if (requireItems) {
        throw SimFailure.invalid("items must not be empty");
      }
      ObjectNode whole = out.object();
      whole.put("name", "Checkout");
      whole.put("price", price);
      items = out.array().add(whole);
    }
    BigDecimal wallet = r.hasNonNull("walletPrice") ? r.get("walletPrice").decimalValue() : BigDecimal.ZERO;
    SimPayment p = new SimPayment(nextPaymentId++, now(), SimInput.text(r, "conversationId"), price, paidPrice,
        wallet, currency, group, r.path("paymentPhase").asText("AUTH"), installment, threeDs, cardNumber,
        holder, stored);
    BigDecimal itemTotal = BigDecimal.ZERO;
    for (JsonNode item : items) {
      itemTotal = itemTotal.add(SimInput.positive(item, "price"));
    }
    BigDecimal allocated = BigDecimal.ZERO;
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      BigDecimal itemPrice = item.get("price").decimalValue();
      BigDecimal share = i == items.size() - 1
          ? paidPrice.subtract(allocated)
          : paidPrice.multiply(itemPrice).divide(itemTotal, 2, RoundingMode.HALF_UP);
      allocated = allocated.add(share);
      SimTransaction t = new SimTransaction(nextTransactionId++, p, SimInput.text(item, "name"),
          SimInput.text(item, "externalId"), itemPrice, share,
          item.hasNonNull("subMerchantId") ? item.get("subMerchantId").asLong() : null,
          item.hasNonNull("subMerchantPrice") ? item.get("subMerchantPrice").decimalValue() : null);
      p.transactions.add(t);
      transactions.put(t.id, t);
    }
    payments.put(p.id, p);
    return p;
  }

  private void decline(SimPayment p, String[] decline) {
    p.status = "FAILURE";
    p.errorCode = decline[0];
    p.errorGroup = decline[1];
    throw new SimFailure(400, decline[0], "Payment declined by the bank: " + decline[1], decline[1]);
  }

  private ObjectNode init3ds(JsonNode r, HttpUrl url) {
    String callbackUrl = SimInput.requireText(r, "callbackUrl");
    ObjectNode created = createPayment(r, true);
    SimPayment p = payments.get(created.get("id").asLong());
    p.callbackUrl = callbackUrl;
    pendingCardStores.put(p.id, r.path("card"));
    String acs = url.newBuilder().encodedPath("/sim/3ds/" + p.id).query(null).build().toString();
    String html = "<!DOCTYPE html><html><body><form id=\"acs\" method=\"post\" action=\"" + acs + "\">"
        + "<input type=\"hidden\" name=\"paymentId\" value=\"" + p.id + "\"/></form>"
        + "<script>document.getElementById('acs').submit();</script></body></html>";
    ObjectNode data = out.object();
    data.put("htmlContent", Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)));
    data.put("paymentId", p.id);
    return data;
  }

  private MockResponse acs(String id) {
    long paymentId;
    try {
      paymentId = Long.parseLong(id);
      String callback = authenticate3ds(paymentId);
      String html = "<!DOCTYPE html><html><body><form id=\"cb\" method=\"post\" action=\"" + callback + "\">"
          + "<input type=\"hidden\" name=\"paymentId\" value=\"" + paymentId + "\"/>"
          + "<input type=\"hidden\" name=\"status\" value=\"SUCCESS\"/></form>"
          + "<script>document.getElementById('cb').submit();</script></body></html>";
      return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html").body(html).build();
    } catch (RuntimeException e) {
      return new MockResponse.Builder().code(404).setHeader("Content-Type", "text/html")
          .body("<html><body>No such 3-D Secure session</body></html>").build();
    }
  }

  private ObjectNode complete3ds(JsonNode r) {
    SimPayment p = payment(SimInput.requireLong(r, "paymentId"));
    if (!p.status.equals("CALLBACK_THREEDS")) {
      throw SimFailure.state("Payment " + p.id + " is " + p.status
          + "; 3-D Secure authentication is not complete");
    }
    p.updatedDate = now();
    String[] decline = declines.get(p.cardNumber);
    if (decline != null) {
      decline(p, decline);
    }
    p.status = "SUCCESS";
    cards.storeIfAsked(p, pendingCardStores.remove(p.id));
    return out.payment(p);
  }

  private ObjectNode postAuth(long paymentId, JsonNode r) {
    SimPayment p = payment(paymentId);
    BigDecimal paid = SimInput.positive(r, "paidPrice");
    if (!p.status.equals("SUCCESS") || !p.paymentPhase.equals("PRE_AUTH")) {
      throw SimFailure.state("Payment " + paymentId + " is not a successful PRE_AUTH payment");
    }
    if (paid.compareTo(p.paidPrice) > 0) {
      throw SimFailure.invalid("paidPrice exceeds the pre-authorized amount");
    }
    p.paymentPhase = "POST_AUTH";
    p.paidPrice = paid;
    p.updatedDate = now();
    return out.payment(p);
  }

  private ObjectNode initCheckout(JsonNode r, HttpUrl url) {
    SimInput.requireText(r, "callbackUrl");
    SimInput.positive(r, "price");
    SimInput.positive(r, "paidPrice");
    SimInput.requireText(r, "currency");
    SimInput.requireText(r, "paymentGroup");
    String token = UUID.randomUUID().toString();
    checkouts.put(token, new Checkout(r));
    ObjectNode data = out.object();
    data.put("token", token);
    data.put("pageUrl", url.newBuilder().encodedPath("/sim/checkout").query(null)
        .addQueryParameter("token", token).build().toString());
    return data;
  }

  private ObjectNode checkoutResult(String token) {
    Checkout checkout = checkouts.get(token);
    if (checkout == null || checkout.paymentId == null) {
      throw SimFailure.notFound("Checkout payment not found or not paid yet");
    }
    return out.payment(payments.get(checkout.paymentId));
  }

  // ---- refunds

  private ObjectNode refundPayment(JsonNode r) {
    SimPayment p = payment(SimInput.requireLong(r, "paymentId"));
    if (!p.status.equals("SUCCESS")) {
      throw SimFailure.state("Payment " + p.id + " is " + p.status + " and cannot be refunded");
    }
    if (p.refundable().signum() <= 0) {
      throw SimFailure.state("Payment " + p.id + " is already fully refunded");
    }
    String destination = r.path("refundDestinationType").asText("CARD");
    SimWholeRefund whole = new SimWholeRefund(nextRefundId++, now(), SimInput.text(r, "conversationId"), destination);
    for (SimTransaction t : p.transactions) {
      BigDecimal rest = t.refundable();
      if (rest.signum() > 0) {
        SimRefund part = new SimRefund(nextRefundId++, whole.createdDate, t, rest, whole.conversationId,
            destination, true, whole.id);
        t.refunds.add(part);
        transactionRefunds.put(part.id, part);
        whole.parts.add(part);
      }
    }
    p.wholeRefunds.add(whole);
    p.updatedDate = whole.createdDate;
    wholeRefunds.put(whole.id, whole);
    return out.refund(whole, p);
  }

  private ObjectNode refundTransaction(JsonNode r) {
    long id = SimInput.requireLong(r, "paymentTransactionId");
    SimTransaction t = transactions.get(id);
    if (t == null) {
      throw SimFailure.notFound("Payment transaction " + id + " not found");
    }
    if (!t.payment.status.equals("SUCCESS")) {
      throw SimFailure.state("Payment " + t.payment.id + " cannot be refunded");
    }
    BigDecimal rest = t.refundable();
    BigDecimal amount = r.hasNonNull("refundPrice") ? SimInput.positive(r, "refundPrice") : rest;
    if (rest.signum() <= 0 || amount.compareTo(rest) > 0) {
      throw SimFailure.state("refundPrice exceeds the refundable amount " + rest.toPlainString());
    }
    SimRefund refund = new SimRefund(nextRefundId++, now(), t, amount, SimInput.text(r, "conversationId"),
        r.path("refundDestinationType").asText("CARD"), true, null);
    t.refunds.add(refund);
    t.payment.updatedDate = refund.createdDate;
    transactionRefunds.put(refund.id, refund);
    return out.transactionRefund(refund);
  }

  private String searchTransactionRefunds(HttpUrl url) {
    String paymentId = url.queryParameter("paymentId");
    String conversationId = url.queryParameter("conversationId");
    String transactionId = url.queryParameter("paymentTransactionId");
    ArrayNode items = out.array();
    for (SimRefund r : transactionRefunds.values()) {
      if ((paymentId == null || paymentId.equals(String.valueOf(r.transaction.payment.id)))
          && (conversationId == null || conversationId.equals(r.conversationId))
          && (transactionId == null || transactionId.equals(String.valueOf(r.transaction.id)))) {
        items.add(out.transactionRefund(r));
      }
    }
    return out.list(items, null, items.size(), null);
  }

  // ---- helpers

  private MockResponse ok(ObjectNode data) {
    return json(200, out.data(data));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(BAKU)).truncatedTo(ChronoUnit.SECONDS);
  }

  private SimPayment payment(long id) {
    SimPayment p = payments.get(id);
    if (p == null) {
      throw SimFailure.notFound("Payment " + id + " not found");
    }
    return p;
  }

  private static final class Checkout {
    final JsonNode request;
    Long paymentId;

    Checkout(JsonNode request) {
      this.request = request;
    }
  }

}
