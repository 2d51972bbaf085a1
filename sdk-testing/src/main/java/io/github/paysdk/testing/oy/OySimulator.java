package io.github.paysdk.testing.oy;

import static io.github.paysdk.testing.oy.OyJsonReply.MAPPER;
import static io.github.paysdk.testing.oy.OyJsonReply.checkoutFailure;
import static io.github.paysdk.testing.oy.OyJsonReply.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.testing.CallbackSender;
import io.github.paysdk.testing.SimulatorServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * An in-process OY! Partner API. It checks {@code X-OY-Username} and {@code X-Api-Key} (code 208,
 * {@code "Invalid API Key"} or 401 otherwise), and keeps state like OY does:
 *
 * <ul>
 *   <li>a balance that disbursements draw on (206 when it is not enough);</li>
 *   <li>disbursements by {@code partner_trx_id}: a repeated id is answered 257 while the first is
 *       pending and 203 afterwards, never creating a second one; {@code recipient_account}
 *       {@code "<code>0000"} forces a final code, as OY's staging does;</li>
 *   <li>bank accounts for account inquiry (unknown accounts answer 209) and the day's inquiry invoice;</li>
 *   <li>static and customized VAs and the payments made to them;</li>
 *   <li>payment links and checkout invoices, and Account Receivable customers and invoices.</li>
 * </ul>
 *
 * <p>Disbursements start PENDING (101) and complete (000) on the status check after
 * {@link #pollsBeforeCompletion(int)} checks, or when the test calls {@link #completeDisbursement}.
 * Callbacks go to URLs the test gives. Faults come from {@link SimulatorServer#enqueueFault}.
 */
public final class OySimulator extends SimulatorServer {
  private static final Set<String> VA_BANKS =
      Set.of("002", "008", "009", "011", "013", "014", "016", "022", "213", "451", "484");
  private static final Set<String> FINAL_REMIT_CODES =
      Set.of("201", "202", "205", "206", "207", "208", "209", "210", "225", "300", "429", "990");
  private static final Pattern FORCED = Pattern.compile("([0-9]{3})0000");
  private static final Pattern CODE_OR_WALLET = Pattern.compile("[0-9]{3}[A-Za-z]?|[a-z_]{3,32}");

  private final String username;
  private final String apiKey;
  private final CallbackSender callbacks = new CallbackSender();
  private Clock clock = Clock.systemUTC();
  private BigDecimal balance = new BigDecimal("100000000");
  private int pollsBeforeCompletion = 1;
  private final Map<String, String> bankAccounts = new HashMap<>();
  private final Map<String, Remit> remits = new LinkedHashMap<>();
  private final Map<String, Va> vas = new LinkedHashMap<>();
  private final Map<String, PaymentLink> links = new LinkedHashMap<>();
  private final Map<String, ObjectNode> customers = new LinkedHashMap<>();
  private final Map<String, ObjectNode> arInvoices = new LinkedHashMap<>();
  private final Map<String, InquiryInvoice> inquiryInvoices = new LinkedHashMap<>();
  private long vaSequence = 1;

  /**
   * @param username the partner username the SDK must send
   * @param apiKey the API key the SDK must send
   */
  public OySimulator(String username, String apiKey) {
    this.username = Objects.requireNonNull(username, "username");
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    bankAccounts.put("014:1239812390", "John Doe");
    bankAccounts.put("008:1234567890", "Budi Santoso");
  }

  /** @return a simulator for username {@code "simulator"} and API key {@code "sim-api-key"}, started */
  public static OySimulator startDefault() {
    OySimulator simulator = new OySimulator("simulator", "sim-api-key");
    simulator.start();
    return simulator;
  }

  /** @return the username this simulator accepts */
  public String username() {
    return username;
  }

  /** @return the API key this simulator accepts */
  public String apiKey() {
    return apiKey;
  }

  // ---------------------------------------------------------------- test controls

  /** @param clock the clock for timestamps and expiry */
  public synchronized void setClock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** @param amount the partner balance */
  public synchronized void setBalance(BigDecimal amount) {
    this.balance = Objects.requireNonNull(amount, "amount");
  }

  /** @return the partner balance now */
  public synchronized BigDecimal balance() {
    return balance;
  }

  /** @param checks how many status checks answer PENDING before a disbursement succeeds (0 = at once) */
  public synchronized void pollsBeforeCompletion(int checks) {
    this.pollsBeforeCompletion = checks;
  }

  /**
   * @param bankCode a bank code
   * @param accountNumber an account number
   * @param holderName the name account inquiry returns for it
   */
  public synchronized void addBankAccount(String bankCode, String accountNumber, String holderName) {
    bankAccounts.put(bankCode + ":" + accountNumber, holderName);
  }

  /** @return how many disbursements exist (a duplicate id never adds one) */
  public synchronized int disbursementCount() {
    return remits.size();
  }

  /**
   * @param partnerTrxId the disbursement's id
   * @return its status code now, or null if there is none
   */
  public synchronized String disbursementCode(String partnerTrxId) {
    Remit remit = remits.get(partnerTrxId);
    return remit == null ? null : remit.code;
  }

  /**
   * Finishes a pending disbursement (000, or 300 with the money returned).
   *
   * @param partnerTrxId the disbursement's id
   * @param success whether it succeeds
   */
  public synchronized void completeDisbursement(String partnerTrxId, boolean success) {
    Remit remit = Objects.requireNonNull(remits.get(partnerTrxId), "no disbursement " + partnerTrxId);
    finish(remit, success ? "000" : "300");
  }

  /**
   * Sends the disbursement callback (its current state) to {@code url}.
   *
   * @param partnerTrxId the disbursement's id
   * @param url where the test listens
   * @return the receiver's HTTP status
   */
  public int sendDisbursementCallback(String partnerTrxId, String url) {
    byte[] body;
    synchronized (this) {
      body = OyJsonReply.bytes(remitJson(remits.get(partnerTrxId), true));
    }
    return callbacks.send("POST", url, Map.of(), body);
  }

  /**
   * Makes a payment into a VA, as a payer at a bank would, and returns the VA callback OY would send.
   *
   * @param vaNumber the VA number
   * @param amount the amount paid
   * @return the callback body
   * @throws IllegalStateException if the VA cannot take the payment
   */
  public synchronized byte[] payVirtualAccount(String vaNumber, BigDecimal amount) {
    Va va = vas.values().stream().filter(v -> v.vaNumber.equals(vaNumber)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no VA " + vaNumber));
    if (!va.acceptsPayments(clock.instant())) {
      throw new IllegalStateException("VA " + vaNumber + " is " + va.status);
    }
    if (!va.isOpen && va.amount.compareTo(amount) != 0) {
      throw new IllegalStateException("VA " + vaNumber + " takes exactly " + va.amount);
    }
    Instant now = clock.instant();
    ObjectNode tx = MAPPER.createObjectNode();
    String trxId = UUID.randomUUID().toString();
    tx.put("id", trxId);
    tx.put("created", OyJsonReply.spaceWib(now));
    tx.put("name", va.usernameDisplay);
    tx.put("amount", amount);
    tx.put("create_by", va.usernameDisplay);
    tx.put("last_update_by", va.usernameDisplay);
    tx.put("last_updated", OyJsonReply.spaceWib(now));
    tx.put("admin_fee", 1000);
    tx.put("va_number", va.vaNumber);
    tx.put("va_history_id", UUID.randomUUID().toString());
    tx.put("settlement_time", OyJsonReply.spaceWib(now.plus(Duration.ofDays(1))));
    tx.put("settlement_status", "WAITING");
    va.payments.add(tx);
    va.counterIncomingPayment++;
    va.amountDetected = va.amountDetected.add(amount);
    if (va.trxCounter > 0) {
      va.trxCounter--;
    }
    va.status = va.isSingleUse || va.trxCounter == 0 ? "COMPLETE" : "WAITING_PAYMENT";
    balance = balance.add(amount);
    ObjectNode callback = MAPPER.createObjectNode();
    callback.put("va_number", va.vaNumber);
    callback.put("amount", amount);
    callback.put("partner_user_id", va.partnerUserId);
    callback.put("success", true);
    callback.put("tx_date", OyJsonReply.vaCallbackTime(now));
    callback.put("username_display", va.usernameDisplay);
    if (va.trxExpiration > 0) {
      callback.put("trx_expiration_date", OyJsonReply.vaCallbackTime(
          Instant.ofEpochMilli(va.trxExpiration)));
    } else {
      callback.putNull("trx_expiration_date");
    }
    callback.put("partner_trx_id", va.partnerTrxId == null ? "" : va.partnerTrxId);
    callback.put("trx_id", trxId);
    callback.put("settlement_time", OyJsonReply.vaCallbackTime(now.plus(Duration.ofDays(1))));
    callback.put("settlement_status", "WAITING");
    return OyJsonReply.bytes(callback);
  }

  /**
   * Pays into a VA and sends the VA callback to {@code url}.
   *
   * @param vaNumber the VA number
   * @param amount the amount paid
   * @param url where the test listens
   * @return the receiver's HTTP status
   */
  public int payVirtualAccount(String vaNumber, BigDecimal amount, String url) {
    return callbacks.send("POST", url, Map.of(), payVirtualAccount(vaNumber, amount));
  }

  /**
   * Pays a payment link or checkout invoice in full and returns the callback OY would send.
   *
   * @param partnerTxIdOrLinkId the link's partner id or payment link id
   * @param paymentMethod e.g. {@code "VA"}, {@code "QRIS"}
   * @return the callback body
   */
  public synchronized byte[] payPaymentLink(String partnerTxIdOrLinkId, String paymentMethod) {
    PaymentLink link = findLink(partnerTxIdOrLinkId);
    if (link == null) {
      throw new IllegalStateException("no payment link " + partnerTxIdOrLinkId);
    }
    link.status = "complete";
    link.paymentMethod = paymentMethod;
    link.paidAt = clock.instant();
    link.updated = clock.instant();
    balance = balance.add(link.amount);
    return OyJsonReply.bytes(linkStatusJson(link));
  }

  /**
   * Pays a payment link and sends its callback to {@code url}.
   *
   * @param partnerTxIdOrLinkId the link's partner id or payment link id
   * @param paymentMethod e.g. {@code "VA"}
   * @param url where the test listens
   * @return the receiver's HTTP status
   */
  public int payPaymentLink(String partnerTxIdOrLinkId, String paymentMethod, String url) {
    return callbacks.send("POST", url, Map.of(), payPaymentLink(partnerTxIdOrLinkId, paymentMethod));
  }

  /** Bills the day's account-inquiry invoices: INITIATED becomes UNPAID. */
  public synchronized void billInquiryInvoices() {
    inquiryInvoices.values().stream().filter(i -> i.status.equals("INITIATED"))
        .forEach(i -> i.status = "UNPAID");
  }

  // ---------------------------------------------------------------- dispatch

  @Override
  protected synchronized MockResponse handle(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    String path = url.encodedPath();
    String method = request.getMethod();
    JsonNode body;
    try {
      byte[] bytes = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
      body = bytes.length == 0 ? MAPPER.createObjectNode() : MAPPER.readTree(bytes);
    } catch (IOException e) {
      return reply(400, status("990", "Request is Rejected (Invalid Format)"));
    }
    boolean authorized = username.equals(request.getHeaders().get("X-OY-Username"))
        && apiKey.equals(request.getHeaders().get("X-Api-Key"));
    if (path.startsWith("/api/payment-checkout")) {
      return authorized ? checkout(method, path, url, body)
          : reply(200, checkoutFailure("Invalid API Key"));
    }
    if (path.startsWith("/api/account-receivable")) {
      return authorized ? receivable(method, path, url, body)
          : reply(401, OyJsonReply.receivableFailure("401", "Invalid API Key"));
    }
    if (!authorized) {
      return reply(200, status("208", "Request is Rejected (API Key is not Valid)"));
    }
    String route = method + " " + path;
    Matcher id;
    if (route.equals("POST /api/account-inquiry")) {
      return accountInquiry(body);
    } else if (route.equals("GET /api/account-inquiry/invoices")) {
      return inquiryInvoiceList(url);
    } else if (route.equals("POST /api/account-inquiry/invoices/pay")) {
      return payInquiryInvoice(body.path("invoice_id").asText());
    } else if ((id = match("GET /api/account-inquiry/invoices/([^/]+)", route)) != null) {
      InquiryInvoice invoice = inquiryInvoices.get(id.group(1));
      return invoice == null ? reply(200, status("204", "Request is Rejected (Invoice ID is not found)"))
          : reply(200, invoice.json(status("000", "Success"), clock.instant()));
    } else if (route.equals("POST /api/remit")) {
      return remit(body);
    } else if (route.equals("POST /api/remit-status")) {
      return remitStatus(body);
    } else if (route.equals("GET /api/balance")) {
      return balanceReply();
    } else if (route.equals("POST /api/generate-static-va")) {
      return createVa(body, false);
    } else if (route.equals("POST /api/custom-va")) {
      return createVa(body, true);
    } else if (route.equals("GET /api/static-virtual-account")) {
      return vaList(url);
    } else if ((id = match("(GET|PUT) /api/static-virtual-account/([^/]+)", route)) != null) {
      return id.group(1).equals("GET") ? vaReply(vas.get(id.group(2)), false)
          : updateVa(vas.get(id.group(2)), body, false);
    } else if ((id = match("(PUT|DELETE) /api/custom-va/([^/]+)", route)) != null) {
      Va va = vas.get(id.group(2));
      if (id.group(1).equals("PUT")) {
        return updateVa(va, body, true);
      }
      if (va == null) {
        return reply(200, status("216", "Request is Rejected (VA Id is empty)"));
      }
      va.status = "EXPIRED";
      return reply(200, status("000", "Success"));
    } else if ((id = match("GET /api/va-tx-history/([^/]+)", route)) != null) {
      return vaHistory(vas.get(id.group(1)), url);
    }
    return reply(404, MAPPER.createObjectNode().put("message", "Not Found"));
  }

  private static Matcher match(String regex, String route) {
    Matcher matcher = Pattern.compile(regex).matcher(route);
    return matcher.matches() ? matcher : null;
  }

  private static MockResponse reply(int code, JsonNode body) {
    return json(code, OyJsonReply.text(body));
  }

  // ---------------------------------------------------------------- account inquiry

  private MockResponse accountInquiry(JsonNode body) {
    String bank = body.path("bank_code").asText("");
    String account = body.path("account_number").asText("");
    if (bank.isEmpty() || !account.matches("[0-9]+")) {
      return reply(200, status("990", "Request is Rejected (Request Parameter is not Valid)"));
    }
    if (!CODE_OR_WALLET.matcher(bank).matches()) {
      return reply(200, status("205", "Request is Rejected (Beneficiary Bank Code is Not Supported)"));
    }
    if (inquiryInvoices.values().stream().anyMatch(i -> i.status.equals("UNPAID"))) {
      return reply(200, status("232", "Request is Rejected (User has unpaid invoices)"));
    }
    InquiryInvoice invoice = todaysInquiryInvoice();
    invoice.totalInquiry++;
    invoice.amount = invoice.amount.add(new BigDecimal("1000"));
    String name = bankAccounts.get(bank + ":" + account);
    ObjectNode reply = name == null
        ? status("209", "Request is Rejected (Bank Account is not found)")
        : status("000", "Success");
    reply.put("bank_code", bank);
    reply.put("account_number", account);
    if (name != null) {
      reply.put("account_name", name);
    }
    reply.put("timestamp", OyJsonReply.isoUtc(clock.instant()));
    reply.put("id", UUID.randomUUID().toString());
    reply.put("invoice_id", invoice.id);
    return reply(200, reply);
  }

  private InquiryInvoice todaysInquiryInvoice() {
    LocalDate today = clock.instant().atOffset(OyJsonReply.WIB).toLocalDate();
    return inquiryInvoices.values().stream().filter(i -> i.txDate.equals(today)).findFirst()
        .orElseGet(() -> {
          InquiryInvoice created = new InquiryInvoice(UUID.randomUUID().toString(), today);
          inquiryInvoices.put(created.id, created);
          return created;
        });
  }

  private MockResponse inquiryInvoiceList(HttpUrl url) {
    String wanted = url.queryParameter("status");
    List<InquiryInvoice> all = inquiryInvoices.values().stream()
        .filter(i -> wanted == null || i.status.equalsIgnoreCase(wanted)).toList();
    ObjectNode reply = status("000", "Success");
    reply.put("total", all.size());
    reply.put("timestamp", OyJsonReply.isoUtc(clock.instant()));
    ArrayNode data = reply.putArray("data");
    slice(all, url).forEach(i -> data.add(i.json(MAPPER.createObjectNode(), null)));
    return reply(200, reply);
  }

  private MockResponse payInquiryInvoice(String invoiceId) {
    InquiryInvoice invoice = inquiryInvoices.get(invoiceId);
    if (invoice == null) {
      return reply(200, status("204", "Request is Rejected (Invoice ID is not found)"));
    }
    if (!invoice.status.equals("UNPAID")) {
      return reply(200, status("300", "Failed doing payment (invoice is not on UNPAID status)"));
    }
    if (balance.compareTo(invoice.amount) < 0) {
      return reply(200, status("206", "Failed doing payment (Balance is not enough)"));
    }
    balance = balance.subtract(invoice.amount);
    invoice.status = "PAID";
    invoice.paidAt = clock.instant();
    return reply(200, invoice.json(status("000", "Success"), clock.instant()));
  }

  // ---------------------------------------------------------------- disbursement and balance

  private MockResponse remit(JsonNode body) {
    String partnerTrxId = body.path("partner_trx_id").asText("");
    String bank = body.path("recipient_bank").asText("");
    String account = body.path("recipient_account").asText("");
    JsonNode amountNode = body.path("amount");
    if (partnerTrxId.isEmpty() || bank.isEmpty() || !account.matches("[0-9]+")
        || !amountNode.isIntegralNumber()) {
      return reply(200, status("990", "Request is Rejected (Invalid Format)"));
    }
    Remit existing = remits.get(partnerTrxId);
    if (existing != null) {
      return existing.isPending()
          ? reply(200, status("257", "Request is Rejected (Disbursement with the same Partner Tx ID"
              + " is still in process)"))
          : reply(200, status("203", "Request is Rejected (Duplicate Partner Tx ID)"));
    }
    if (!CODE_OR_WALLET.matcher(bank).matches()) {
      return reply(200, status("205", "Request is Rejected (Beneficiary Bank Code is Not Supported)"));
    }
    BigDecimal amount = amountNode.decimalValue();
    if (amount.compareTo(new BigDecimal("10000")) < 0 && bank.matches("[0-9].*")) {
      return reply(200, status("210", "Request is Rejected (Amount is not valid)"));
    }
    Matcher forced = FORCED.matcher(account);
    if (forced.matches() && FINAL_REMIT_CODES.contains(forced.group(1))
        && !Set.of("206", "225", "300").contains(forced.group(1))) {
      return reply(200, status(forced.group(1), "Request is Rejected (simulated)"));
    }
    Remit remit = new Remit(partnerTrxId, bank, account, amount, clock.instant());
    remit.note = body.path("note").asText(null);
    remits.put(partnerTrxId, remit);
    if (forced.matches() && Set.of("206", "225", "300").contains(forced.group(1))) {
      remit.code = forced.group(1);
    } else if (balance.compareTo(amount) < 0) {
      remit.code = "206";
    } else {
      balance = balance.subtract(amount);
      remit.code = "101";
    }
    return reply(200, remitJson(remit, false));
  }

  private MockResponse remitStatus(JsonNode body) {
    String partnerTrxId = body.path("partner_trx_id").asText("");
    if (partnerTrxId.isEmpty()) {
      return reply(200, status("990", "Request is Rejected (Invalid Format)"));
    }
    Remit remit = remits.get(partnerTrxId);
    if (remit == null) {
      return reply(200, status("204", "Transaction do not exist (Partner Tx ID is Not Found)"));
    }
    if (remit.isPending()) {
      if (remit.polls >= pollsBeforeCompletion) {
        finish(remit, "000");
      } else {
        remit.polls++;
        remit.code = "102";
        remit.updated = clock.instant();
      }
    }
    return reply(200, remitJson(remit, true));
  }

  private void finish(Remit remit, String code) {
    if (!remit.isPending()) {
      return;
    }
    remit.code = code;
    remit.updated = clock.instant();
    if (!code.equals("000")) {
      balance = balance.add(remit.amount);
    }
  }

  private ObjectNode remitJson(Remit remit, boolean statusShape) {
    ObjectNode reply = status(remit.code, remitMessage(remit.code));
    if (statusShape) {
      reply.put("tx_status_description", remit.code.equals("000") ? "Success" : "");
    }
    reply.put("amount", remit.amount);
    if (statusShape) {
      reply.put("recipient_name", bankAccounts.getOrDefault(
          remit.bank + ":" + remit.account, "Simulated Recipient"));
    }
    reply.put("recipient_bank", remit.bank);
    reply.put("recipient_account", remit.account);
    reply.put("trx_id", remit.trxId);
    reply.put("partner_trx_id", remit.partnerTrxId);
    reply.put("timestamp", OyJsonReply.dayFirstUtc(clock.instant()));
    if (statusShape) {
      reply.put("created_date", OyJsonReply.dayFirstUtc(remit.created));
      reply.put("last_updated_date", OyJsonReply.dayFirstUtc(remit.updated));
    }
    return reply;
  }

  private static String remitMessage(String code) {
    switch (code) {
      case "000": return "Success";
      case "101": return "Request is Processed";
      case "102": return "Request is In Progress";
      case "206": return "Transaction is FAILED (Partner Deposit Balance is Not Enough)";
      case "225": return "Transaction is FAILED (Transaction amount exceeds the maximum limit)";
      case "301": return "Pending (When there is an unclear answer from Banks Network)";
      default: return "Transaction is FAILED";
    }
  }

  private MockResponse balanceReply() {
    BigDecimal pending = remits.values().stream().filter(Remit::isPending).map(r -> r.amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    ObjectNode reply = status("000", "Success");
    BigDecimal scale = new BigDecimal("0.0000");
    reply.put("balance", balance.add(pending).add(scale));
    reply.put("overdraftBalance", scale);
    reply.put("overbookingBalance", scale);
    reply.put("pendingBalance", pending.add(scale));
    reply.put("availableBalance", balance.add(scale));
    reply.put("timestamp", OyJsonReply.dayFirstUtc(clock.instant()));
    return reply(200, reply);
  }

  // ---------------------------------------------------------------- virtual accounts

  private MockResponse createVa(JsonNode body, boolean custom) {
    String partnerUserId = body.path("partner_user_id").asText("");
    String bank = body.path("bank_code").asText("");
    boolean isOpen = body.path("is_open").asBoolean(true);
    BigDecimal amount = body.path("amount").isNumber() ? body.path("amount").decimalValue()
        : BigDecimal.ZERO;
    if (partnerUserId.isEmpty() || bank.isEmpty() || !isOpen && amount.signum() <= 0) {
      return reply(200, status("990", "Request is Rejected (Invalid Format)"));
    }
    if (!VA_BANKS.contains(bank)) {
      return reply(200, status("211",
          "Request is Rejected (Bank code is not available for this service)"));
    }
    String partnerTrxId = body.path("partner_trx_id").asText(null);
    if (partnerTrxId != null
        && vas.values().stream().anyMatch(v -> partnerTrxId.equals(v.partnerTrxId))) {
      return reply(200, status("203", "Request is Rejected (Duplicate Partner Tx ID)"));
    }
    String suffix = body.path("va_suffix").asText("");
    if (custom && !suffix.matches("[0-9]{10,12}")) {
      return reply(200, status("260", "Request is rejected (Given VA suffix is invalid)"));
    }
    Instant now = clock.instant();
    Va va = new Va(UUID.randomUUID().toString(), custom);
    va.vaNumber = custom ? "13478918" + suffix.replaceFirst("^0", "")
        : String.format(Locale.ROOT, "%s%012d", bank.equals("002") ? "123456" : "988" + bank,
            vaSequence++);
    va.partnerUserId = partnerUserId;
    va.bankCode = bank;
    va.amount = amount;
    va.isOpen = isOpen;
    va.isSingleUse = body.path("is_single_use").asBoolean(false);
    va.usernameDisplay = body.path("username_display").asText(username);
    va.partnerTrxId = partnerTrxId;
    va.email = body.path("email").asText(null);
    va.created = now.toEpochMilli();
    boolean lifetime = body.path("is_lifetime").asBoolean(false);
    long minutes = body.path("expiration_time").asLong(24 * 60);
    va.expiration = custom || lifetime ? -1 : now.plus(Duration.ofMinutes(minutes)).toEpochMilli();
    long trxMinutes = body.path("trx_expiration_time").asLong(-1);
    va.trxExpiration = trxMinutes > 0 ? now.plus(Duration.ofMinutes(trxMinutes)).toEpochMilli()
        : custom ? -1 : va.expiration;
    va.trxCounter = body.path("trx_counter").asInt(va.isSingleUse ? 1 : -1);
    vas.put(va.id, va);
    return vaReply(va, true);
  }

  private MockResponse updateVa(Va va, JsonNode body, boolean custom) {
    if (va == null || va.custom != custom) {
      return reply(200, status("216", "Request is Rejected (VA Id is empty)"));
    }
    if (!va.acceptsPayments(clock.instant()) && !va.status.equals("STATIC_TRX_EXPIRED")) {
      return reply(200, status("246", "Request is rejected (Failed update va)"));
    }
    Instant now = clock.instant();
    if (body.has("amount")) {
      va.amount = body.path("amount").decimalValue();
    }
    if (body.has("is_single_use")) {
      va.isSingleUse = body.path("is_single_use").asBoolean();
    }
    if (body.has("username_display")) {
      va.usernameDisplay = body.path("username_display").asText();
    }
    if (body.has("partner_trx_id")) {
      va.partnerTrxId = body.path("partner_trx_id").asText();
    }
    if (body.has("trx_counter")) {
      va.trxCounter = body.path("trx_counter").asInt();
    }
    if (body.has("expiration_time")) {
      long minutes = body.path("expiration_time").asLong();
      va.expiration = minutes == 0 ? now.toEpochMilli()
          : now.plus(Duration.ofMinutes(minutes)).toEpochMilli();
      if (minutes == 0) {
        va.status = "EXPIRED";
      }
    }
    if (body.has("trx_expiration_time")) {
      long minutes = body.path("trx_expiration_time").asLong();
      va.trxExpiration = now.plus(Duration.ofMinutes(minutes)).toEpochMilli();
      if (minutes == 0 && !va.status.equals("EXPIRED")) {
        va.status = "STATIC_TRX_EXPIRED";
      }
    }
    return vaReply(va, true);
  }

  private MockResponse vaReply(Va va, boolean created) {
    if (va == null) {
      return reply(200, status("216", "Request is Rejected (VA Id is empty)"));
    }
    ObjectNode reply = status("000", "Success");
    va.write(reply, !created, clock.instant());
    return reply(200, reply);
  }

  private MockResponse vaList(HttpUrl url) {
    List<Va> all = new ArrayList<>(vas.values());
    ObjectNode reply = status("000", "Success");
    reply.put("total", all.size());
    ArrayNode data = reply.putArray("data");
    slice(all, url).forEach(va -> va.write(data.addObject(), true, clock.instant()));
    return reply(200, reply);
  }

  private MockResponse vaHistory(Va va, HttpUrl url) {
    if (va == null) {
      return reply(200, status("216", "Request is Rejected (VA Id is empty)"));
    }
    ObjectNode reply = status("000", "Success");
    reply.put("id", va.id);
    ArrayNode data = reply.putArray("data");
    slice(va.payments, url).forEach(data::add);
    reply.put("number_of_transaction", va.payments.size());
    reply.put("total_incoming_payment", va.amountDetected);
    return reply(200, reply);
  }

  // ---------------------------------------------------------------- payment checkout

  private MockResponse checkout(String method, String path, HttpUrl url, JsonNode body) {
    if (method.equals("POST") && (path.endsWith("/create-v2") || path.endsWith("/create-invoice"))) {
      return createLink(body, path.endsWith("/create-invoice"));
    }
    if (method.equals("GET") && path.equals("/api/payment-checkout/status")) {
      String partnerTxId = url.queryParameter("partner_tx_id");
      String reference = url.queryParameter("payment_reference_number");
      if ((partnerTxId == null) == (reference == null)) {
        return reply(200, checkoutFailure(
            "Request must contain partner_tx_id or payment_reference_number, not both"));
      }
      PaymentLink link = partnerTxId != null ? findLink(partnerTxId) : links.values().stream()
          .filter(l -> reference.equals(l.paymentReferenceNumber)).findFirst().orElse(null);
      return link == null
          ? reply(200, checkoutFailure(
              "The payment_link_id or partner_trx_id cannot be found in our system"))
          : reply(200, linkStatusJson(link));
    }
    Matcher id = match("/api/payment-checkout/([^/]+)", path);
    if (id == null) {
      return reply(404, MAPPER.createObjectNode().put("message", "Not Found"));
    }
    PaymentLink link = findLink(id.group(1));
    if (link == null) {
      return reply(200, checkoutFailure(
          "The payment_link_id or partner_trx_id cannot be found in our system"));
    }
    if (method.equals("DELETE")) {
      if (!link.status.equals("created")) {
        return reply(200, checkoutFailure(
            "Cannot delete payment link status other than CREATED/INITIATIED"));
      }
      link.status = "closed";
      return reply(200, MAPPER.createObjectNode().put("status", true)
          .put("message", "success delete payment checkout data"));
    }
    ObjectNode reply = MAPPER.createObjectNode();
    reply.set("data", link.details());
    reply.put("message", "return payment checkout data");
    reply.put("status", true);
    return reply(200, reply);
  }

  private MockResponse createLink(JsonNode body, boolean invoice) {
    String senderName = body.path("sender_name").asText("");
    JsonNode amount = body.path("amount");
    if (senderName.isBlank() || !amount.isIntegralNumber()) {
      return reply(200, checkoutFailure("sender_name and amount are required"));
    }
    if (amount.decimalValue().compareTo(new BigDecimal("10000")) < 0) {
      return reply(200, checkoutFailure("Minimum amount is 10000"));
    }
    String partnerTxId = body.path("partner_tx_id").asText("");
    if (partnerTxId.isEmpty()) {
      partnerTxId = "OY" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
    PaymentLink existing = links.get(partnerTxId);
    if (existing != null && existing.status.equals("complete")) {
      return reply(200, checkoutFailure("partner_tx_id has been used"));
    }
    PaymentLink link = new PaymentLink(UUID.randomUUID().toString(), partnerTxId, invoice);
    link.body = (ObjectNode) body.deepCopy();
    link.amount = amount.decimalValue();
    link.created = clock.instant();
    link.updated = link.created;
    links.put(partnerTxId, link);
    ObjectNode reply = MAPPER.createObjectNode();
    reply.put("status", true);
    reply.put("url", "https://pay.oyindonesia.com/" + (invoice ? "invoice/" : "")
        + link.paymentLinkId);
    reply.put("message", "success");
    reply.put("email_status", body.path("email").asText("").isEmpty() ? null : "PROCESSED");
    reply.put("payment_link_id", link.paymentLinkId);
    if (body.hasNonNull("child_balance")) {
      reply.put("child_balance", body.path("child_balance").asText());
    }
    return reply(200, reply);
  }

  private PaymentLink findLink(String partnerTxIdOrLinkId) {
    PaymentLink link = links.get(partnerTxIdOrLinkId);
    return link != null ? link : links.values().stream()
        .filter(l -> l.paymentLinkId.equals(partnerTxIdOrLinkId)).findFirst().orElse(null);
  }

  private ObjectNode linkStatusJson(PaymentLink link) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("partner_tx_id", link.partnerTxId);
    json.put("tx_ref_number", link.paymentLinkId.substring(0, 12));
    json.put("amount", link.amount);
    json.put("sender_name", link.body.path("sender_name").asText());
    json.put("sender_phone", link.body.path("phone_number").asText(""));
    json.put("sender_note", link.body.path("notes").asText(""));
    json.put("status", link.status);
    json.put("settlement_type", "non_realtime");
    json.put("sender_bank", link.paidAt == null ? "" : "008");
    json.put("payment_method", link.paymentMethod == null ? "" : link.paymentMethod);
    json.put("created", OyJsonReply.isoWib(link.created));
    json.put("updated", OyJsonReply.isoWib(link.updated));
    json.put("description", link.body.path("description").asText(""));
    json.put("payment_reference_number", link.paymentReferenceNumber);
    json.put("paid_amount", link.paidAt == null ? BigDecimal.ZERO : link.amount);
    json.put("is_invoice", link.invoice);
    json.put("email", link.body.path("email").asText(""));
    if (link.paidAt != null) {
      json.put("payment_received_time", OyJsonReply.isoWib(link.paidAt));
      json.put("settlement_time", OyJsonReply.isoWib(link.paidAt.plus(Duration.ofDays(1))));
      json.put("settlement_status", "WAITING");
    }
    if (link.invoice) {
      json.put("invoice_ID", link.paymentLinkId);
      json.put("full_name", link.body.path("full_name").asText(""));
    }
    return json;
  }

  // ---------------------------------------------------------------- account receivable

  private MockResponse receivable(String method, String path, HttpUrl url, JsonNode body) {
    String route = method + " " + path;
    Matcher id;
    if (route.equals("POST /api/account-receivable/customers")) {
      if (body.path("name").asText("").isBlank()) {
        return reply(400, OyJsonReply.receivableFailure("400", "Name cannot be null or empty"));
      }
      ObjectNode customer = customerJson(UUID.randomUUID().toString(), body, "ACTIVE");
      customers.put(customer.path("id").asText(), customer);
      return reply(200, OyJsonReply.receivable(customer, true));
    }
    if (route.equals("GET /api/account-receivable/customers")) {
      ArrayNode data = MAPPER.createArrayNode();
      slice(new ArrayList<>(customers.values()), url).forEach(data::add);
      return reply(200, OyJsonReply.receivable(data, true));
    }
    if ((id = match("(GET|PUT) /api/account-receivable/customers/([^/]+)", route)) != null) {
      ObjectNode customer = customers.get(id.group(2));
      if (customer == null) {
        return reply(200, OyJsonReply.receivableFailure("400", "Customer ID Not Found"));
      }
      if (id.group(1).equals("PUT")) {
        customer = customerJson(id.group(2), body, body.path("status").asText("ACTIVE"));
        customers.put(id.group(2), customer);
      }
      return reply(200, OyJsonReply.receivable(customer, true));
    }
    if (route.equals("POST /api/account-receivable/invoices")) {
      return createArInvoice(body);
    }
    if (route.equals("GET /api/account-receivable/invoices")) {
      List<ObjectNode> all = new ArrayList<>(arInvoices.values());
      ObjectNode page = MAPPER.createObjectNode();
      page.put("page", 0);
      page.put("total", all.size());
      page.put("limit", intParam(url, "limit", 10));
      ArrayNode data = page.putArray("data");
      slice(all, url).forEach(data::add);
      return reply(200, OyJsonReply.receivable(page, false));
    }
    if ((id = match("(GET|PUT) /api/account-receivable/invoices/([^/]+)", route)) != null
        || (id = match("(POST) /api/account-receivable/invoices/([^/]+)/send", route)) != null) {
      ObjectNode invoice = arInvoices.get(id.group(2));
      if (invoice == null) {
        return reply(200, OyJsonReply.receivableFailure("204", "Tx Id is not found"));
      }
      if (id.group(1).equals("PUT")) {
        if (!invoice.path("status").asText().equals("CREATED")) {
          return reply(200, OyJsonReply.receivableFailure("223",
              "Invoice status not eligible to cancel"));
        }
        invoice.put("status", "CANCELLED");
        invoice.put("payment_date", OyJsonReply.spaceWib(clock.instant()));
        return reply(200, OyJsonReply.receivable(MAPPER.nullNode(), false));
      }
      if (id.group(1).equals("POST")) {
        return reply(200, OyJsonReply.receivable(MAPPER.nullNode(), false));
      }
      return reply(200, OyJsonReply.receivable(invoice, false));
    }
    return reply(404, MAPPER.createObjectNode().put("message", "Not Found"));
  }

  private ObjectNode customerJson(String id, JsonNode body, String state) {
    ObjectNode customer = MAPPER.createObjectNode();
    customer.put("id", id);
    customer.put("status", state);
    for (String field : List.of("partner_customer_id", "name", "pic_name", "phone_number",
        "tax_type", "pph_tax", "email", "address")) {
      customer.set(field, body.path(field).isMissingNode() ? MAPPER.nullNode() : body.get(field));
    }
    customer.putNull("total_piutang");
    customer.put("can_be_deactivated", true);
    return customer;
  }

  private MockResponse createArInvoice(JsonNode body) {
    ObjectNode customer = customers.get(body.path("customer_id").asText(""));
    if (customer == null) {
      return reply(200, OyJsonReply.receivableFailure("400", "Customer ID Not Found"));
    }
    BigDecimal total = BigDecimal.ZERO;
    for (JsonNode item : body.path("invoice_items")) {
      total = total.add(item.path("price_per_item").decimalValue()
          .multiply(BigDecimal.valueOf(item.path("quantity").asLong())));
    }
    for (JsonNode item : body.path("additional_items")) {
      total = total.add(item.path("price_per_item").decimalValue()
          .multiply(BigDecimal.valueOf(item.path("quantity").asLong())));
    }
    if (total.compareTo(new BigDecimal("10000")) < 0) {
      return reply(200, OyJsonReply.receivableFailure("210",
          "Billed invoice less than threshold : Rp 10000"));
    }
    String id = UUID.randomUUID().toString();
    ObjectNode invoice = MAPPER.createObjectNode();
    invoice.put("id", id);
    invoice.put("status", "CREATED");
    invoice.put("customer_id", customer.path("id").asText());
    invoice.set("customer_name", customer.get("name"));
    invoice.set("customer_email", customer.get("email"));
    invoice.set("customer_phone_number", customer.get("phone_number"));
    invoice.set("invoice_number", body.get("invoice_number"));
    invoice.put("source_data", "API");
    invoice.set("message", body.path("message").isMissingNode() ? MAPPER.nullNode()
        : body.get("message"));
    invoice.set("attachments", MAPPER.createArrayNode());
    invoice.set("invoice_date", body.get("invoice_date"));
    invoice.putNull("payment_date");
    invoice.set("due_date", body.get("due_date"));
    invoice.set("expiration_date", body.get("expiration_date"));
    invoice.put("amount_billed", total.setScale(4));
    invoice.put("amount_received", 0);
    invoice.putNull("admin_fee");
    invoice.putNull("payment_method");
    invoice.put("payment_url", "https://pay.oyindonesia.com/invoice/" + id);
    invoice.set("invoice_items", body.get("invoice_items"));
    ArrayNode timeline = invoice.putArray("timeline_invoices");
    timeline.addObject().put("status", "CREATED").put("action_stakeholder", username)
        .put("action_date", OyJsonReply.spaceWib(clock.instant()));
    arInvoices.put(id, invoice);
    return reply(200, OyJsonReply.receivable(invoice, true));
  }

  // ---------------------------------------------------------------- helpers

  private static <T> List<T> slice(List<T> all, HttpUrl url) {
    int offset = Math.max(0, intParam(url, "offset", 0));
    int limit = Math.max(1, intParam(url, "limit", 10));
    return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
  }

  private static int intParam(HttpUrl url, String name, int fallback) {
    String value = url.queryParameter(name);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static final class Remit {
    final String partnerTrxId;
    final String bank;
    final String account;
    final BigDecimal amount;
    final String trxId = UUID.randomUUID().toString();
    final Instant created;
    Instant updated;
    String code;
    String note;
    int polls;

    Remit(String partnerTrxId, String bank, String account, BigDecimal amount, Instant created) {
      this.partnerTrxId = partnerTrxId;
      this.bank = bank;
      this.account = account;
      this.amount = amount;
      this.created = created;
      this.updated = created;
    }

    boolean isPending() {
      return code.equals("101") || code.equals("102") || code.equals("301");
    }
  }

  private static final class Va {
    final String id;
    final boolean custom;
    String vaNumber;
    String partnerUserId;
    String bankCode;
    BigDecimal amount;
    boolean isOpen;
    boolean isSingleUse;
    String usernameDisplay;
    String partnerTrxId;
    String email;
    long created;
    long expiration;
    long trxExpiration;
    int trxCounter;
    int counterIncomingPayment;
    BigDecimal amountDetected = BigDecimal.ZERO;
    String status = "WAITING_PAYMENT";
    final List<ObjectNode> payments = new ArrayList<>();

    Va(String id, boolean custom) {
      this.id = id;
      this.custom = custom;
    }

    boolean acceptsPayments(Instant now) {
      if (status.equals("WAITING_PAYMENT") && expiration > 0 && now.toEpochMilli() >= expiration) {
        status = "EXPIRED";
      }
      return status.equals("WAITING_PAYMENT") || status.equals("PAYMENT_DETECTED");
    }

    void write(ObjectNode json, boolean details, Instant now) {
      acceptsPayments(now);
      json.put("id", id);
      json.put("amount", amount);
      json.put("va_number", vaNumber);
      json.put("bank_code", bankCode);
      if (details) {
        json.put("bank_name", "Bank " + bankCode);
      }
      json.put("is_open", isOpen);
      if (!custom) {
        json.put("is_single_use", isSingleUse);
        json.put("expiration_time", expiration);
      }
      json.put("va_status", status);
      json.put("username_display", usernameDisplay);
      if (details) {
        json.put("amount_detected", amountDetected);
        json.put("created", created);
      }
      json.put("partner_user_id", partnerUserId);
      if (!custom) {
        json.put("counter_incoming_payment", counterIncomingPayment);
        json.put("trx_counter", trxCounter);
      }
      json.put("trx_expiration_time", trxExpiration);
      if (partnerTrxId != null) {
        json.put("partner_trx_id", partnerTrxId);
      }
    }
  }

  private static final class PaymentLink {
    final String paymentLinkId;
    final String partnerTxId;
    final boolean invoice;
    final String paymentReferenceNumber = "";
    ObjectNode body;
    BigDecimal amount;
    String status = "created";
    String paymentMethod;
    Instant created;
    Instant updated;
    Instant paidAt;

    PaymentLink(String paymentLinkId, String partnerTxId, boolean invoice) {
      this.paymentLinkId = paymentLinkId;
      this.partnerTxId = partnerTxId;
      this.invoice = invoice;
    }

    ObjectNode details() {
      ObjectNode data = MAPPER.createObjectNode();
      data.put("partnerTxId", partnerTxId);
      data.put("paymentLinkId", paymentLinkId);
      data.put("amount", amount);
      data.put("senderName", body.path("sender_name").asText());
      data.put("status", status.toUpperCase(Locale.ROOT));
      data.put("description", body.path("description").asText(""));
      data.put("isOpen", body.path("is_open").asBoolean());
      data.put("email", body.path("email").asText(""));
      data.put("includeAdminFee", body.path("include_admin_fee").asBoolean());
      data.put("listDisabledPaymentMethods", body.path("list_disabled_payment_methods").asText(""));
      data.put("listEnabledBanks", body.path("list_enabled_banks").asText(""));
      data.put("expirationTime", body.path("expiration").asText(""));
      data.set("due_date", body.path("due_date").isMissingNode() ? MAPPER.nullNode()
          : body.get("due_date"));
      if (invoice) {
        ObjectNode invoiceData = data.putObject("invoiceData");
        invoiceData.put("fullName", body.path("full_name").asText(""));
        invoiceData.put("isVaLifetime", body.path("is_va_lifetime").asBoolean(false));
        invoiceData.put("isScheduled", false);
        invoiceData.put("invoiceItems", OyJsonReply.text(body.path("invoice_items")));
      } else {
        data.putNull("invoiceData");
      }
      return data;
    }
  }

  private static final class InquiryInvoice {
    final String id;
    final LocalDate txDate;
    BigDecimal amount = new BigDecimal("0.0000");
    int totalInquiry;
    String status = "INITIATED";
    Instant paidAt;

    InquiryInvoice(String id, LocalDate txDate) {
      this.id = id;
      this.txDate = txDate;
    }

    ObjectNode json(ObjectNode into, Instant timestamp) {
      into.put("invoice_id", id);
      into.put("tx_date", txDate.toString());
      into.put("amount", amount);
      into.put("total_inquiry", totalInquiry);
      if (paidAt == null) {
        into.putNull("paid_at");
      } else {
        into.put("paid_at", OyJsonReply.isoUtc(paidAt));
      }
      into.put("invoice_status", status);
      into.put("due_at", OyJsonReply.isoUtc(
          txDate.plusDays(1).atTime(23, 59, 59).toInstant(OyJsonReply.WIB)));
      if (timestamp != null) {
        into.put("timestamp", OyJsonReply.isoUtc(timestamp));
      }
      return into;
    }
  }
}
