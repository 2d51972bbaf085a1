package io.github.paysdk.testing.odeo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Banks, bank account inquiries, disbursements and payment-gateway payments. Account numbers ending in
 * {@code 0000} belong to no one: inquiries report {@code 90001} and disbursements to them fail with it.
 */
final class SimDisbursements {
  static final long INQUIRY_FEE = 1_000;
  static final long DISBURSEMENT_FEE = 2_500;
  static final int PENDING = 10000;
  static final int IN_PROGRESS = 30000;
  static final int COMPLETED = 50000;
  static final int WRONG_ACCOUNT = 90001;

  private record BankInfo(int id, String name, String code, String swift) {}

  private static final List<BankInfo> BANKS = List.of(
      new BankInfo(1, "BCA", "014", "CENAIDJA"),
      new BankInfo(2, "Mandiri", "008", "BMRIIDJA"),
      new BankInfo(3, "BRI", "002", "BRINIDJA"),
      new BankInfo(4, "BNI", "009", "BNINIDJA"));

  private final SimLedger ledger;
  private final Map<String, ObjectNode> byId = new LinkedHashMap<>();
  private final Map<String, ObjectNode> byReference = new HashMap<>();
  private final Map<String, ObjectNode> payments = new LinkedHashMap<>();
  private final Map<String, ObjectNode> paymentsByReference = new HashMap<>();
  private int nextId = 1;
  private int nextInquiryId = 1;
  private int nextPaymentId = 1;

  SimDisbursements(SimLedger ledger) {
    this.ledger = ledger;
  }

  SimReply banks() {
    ObjectNode body = SimReply.object();
    ArrayNode banks = body.putArray("banks");
    for (BankInfo bank : BANKS) {
      ObjectNode json = banks.addObject();
      json.put("bank_id", bank.id());
      json.put("name", bank.name());
      json.put("bank_code", bank.code());
      json.put("swift_code", bank.swift());
    }
    return SimReply.ok(body);
  }

  SimReply inquire(JsonNode body) {
    String account = accountNumber(body);
    BankInfo bank = bank(body);
    String customer = SimInput.text(body, "customer_name");
    boolean withValidation = body.path("with_validation").asBoolean(false);
    ledger.debit(SimLedger.MAIN_USER_ID, INQUIRY_FEE, "bank_account_inquiry");
    boolean exists = !account.endsWith("0000");
    ObjectNode json = SimReply.object();
    json.put("bank_id", bank.id());
    json.put("account_number", account);
    json.put("account_name", exists ? customer.toUpperCase(java.util.Locale.ROOT) : "");
    json.put("customer_name", customer);
    json.put("fee", INQUIRY_FEE);
    json.put("status", exists ? COMPLETED : WRONG_ACCOUNT);
    json.put("created_at", Long.toString(ledger.now().getEpochSecond()));
    json.put("bank_account_inquiry_id", Integer.toString(nextInquiryId++));
    json.put("validity", exists && withValidation ? 100 : 0);
    return SimReply.ok(json);
  }

  SimReply create(JsonNode body) {
    String account = accountNumber(body);
    long amount = SimInput.integer(body, "amount");
    if (amount < 1) {
      return SimReply.error(SimReply.INPUT_VALIDATION_ERROR, "The amount must be at least 1.");
    }
    BankInfo bank = bank(body);
    String customer = SimInput.text(body, "customer_name");
    String reference = SimInput.text(body, "reference_id");
    if (byReference.containsKey(reference)) {
      return SimReply.error(SimReply.GENERAL_ERROR, reference + " reference id exists");
    }
    ledger.debit(SimLedger.MAIN_USER_ID, amount + DISBURSEMENT_FEE, "api_disbursement");
    ObjectNode json = SimReply.object();
    json.put("disbursement_id", Integer.toString(nextId++));
    json.put("bank_id", bank.id());
    json.put("bank_code", bank.code());
    json.put("account_number", account);
    json.put("customer_name", customer);
    json.put("amount", amount);
    json.put("fee", DISBURSEMENT_FEE);
    String description = SimInput.optionalText(body, "description");
    if (description != null) {
      json.put("description", description);
    }
    json.put("reference_id", reference);
    json.put("status", PENDING);
    json.put("created_at", Long.toString(ledger.now().getEpochSecond()));
    byId.put(json.get("disbursement_id").asText(), json);
    byReference.put(reference, json);
    return SimReply.ok(json.deepCopy());
  }

  /** Looks a disbursement up; each look-up moves it one step: pending, in progress, then final. */
  SimReply get(String id, String reference) {
    ObjectNode json = id != null ? byId.get(id) : byReference.get(reference);
    if (json == null) {
      return SimReply.error(SimReply.RESOURCE_NOT_FOUND, "Disbursement not found");
    }
    ObjectNode answer = json.deepCopy();
    advance(json);
    return SimReply.ok(answer);
  }

  ObjectNode find(String reference) {
    ObjectNode json = byReference.get(reference);
    return json == null ? null : json.deepCopy();
  }

  int count() {
    return byId.size();
  }

  private void advance(ObjectNode json) {
    int status = json.get("status").asInt();
    if (status == PENDING) {
      json.put("status", IN_PROGRESS);
    } else if (status == IN_PROGRESS) {
      if (json.get("account_number").asText().endsWith("0000")) {
        json.put("status", WRONG_ACCOUNT);
        ledger.credit(SimLedger.MAIN_USER_ID, json.get("amount").asLong() + json.get("fee").asLong(),
            "api_disbursement_refund");
      } else {
        json.put("status", COMPLETED);
      }
    }
  }

  String addPayment(String reference, long amount, long fee, int status) {
    ObjectNode json = SimReply.object();
    String id = Integer.toString(nextPaymentId++);
    json.put("payment_id", Long.parseLong(id));
    json.put("amount", amount);
    json.put("fee", fee);
    json.put("status", status);
    json.put("reference_id", reference);
    payments.put(id, json);
    paymentsByReference.put(reference, json);
    return id;
  }

  SimReply payment(String id, String reference) {
    ObjectNode json = id != null ? payments.get(id) : paymentsByReference.get(reference);
    return json == null ? SimReply.error(SimReply.RESOURCE_NOT_FOUND, "Payment not found")
        : SimReply.ok(json.deepCopy());
  }

  private static String accountNumber(JsonNode body) {
    String account = SimInput.text(body, "account_number");
    if (!account.matches("[0-9]+")) {
      throw SimReply.fail(SimReply.INPUT_VALIDATION_ERROR, "The account number must be a number.");
    }
    return account;
  }

  private static BankInfo bank(JsonNode body) {
    long id = SimInput.integer(body, "bank_id");
    for (BankInfo bank : BANKS) {
      if (bank.id() == id) {
        return bank;
      }
    }
    throw SimReply.fail(SimReply.INVALID_BANK, "Unknown error: INVALID BANK");
  }
}
