package io.github.paysdk.testing.odeo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;

/** Bulk transfers, VA top-ups, balances and transaction history. */
final class SimCash {
  static final long TOPUP_MIN = 10_000;
  static final long TOPUP_MAX = 1_000_000_000_000L;
  static final long TRANSFER_MIN = 1_000;
  static final long TRANSFER_MAX = 1_000_000;

  private final SimLedger ledger;
  private final List<ObjectNode> transfers = new ArrayList<>();
  private final Set<String> transferReferences = new HashSet<>();
  private final Map<Long, ObjectNode> pendingTopups = new HashMap<>();
  private int nextTransferId = 1;
  private int nextTopupId = 1;
  private int pageSize = 10;

  SimCash(SimLedger ledger) {
    this.ledger = ledger;
  }

  void pageSize(int size) {
    this.pageSize = size;
  }

  SimReply bulkTransfer(JsonNode body) {
    JsonNode requests = body.get("requests");
    if (requests == null || !requests.isArray() || requests.isEmpty()) {
      return SimReply.error(SimReply.INPUT_VALIDATION_ERROR, "The requests field is required.");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < requests.size(); i++) {
      JsonNode item = requests.get(i);
      long amount = SimInput.integer(item, "amount");
      if (amount < TRANSFER_MIN || amount > TRANSFER_MAX) {
        return SimReply.error(SimReply.INPUT_VALIDATION_ERROR, "The requests." + i
            + ".amount must be between " + TRANSFER_MIN + " and " + TRANSFER_MAX);
      }
      String reference = SimInput.text(item, "reference_id");
      if (transferReferences.contains(reference) || !seen.add(reference)) {
        return SimReply.error(SimReply.GENERAL_ERROR, reference + " reference id exists");
      }
      if (!ledger.hasUser(SimInput.integer(item, "receiver_user_id"))
          || !ledger.hasUser(sender(item))) {
        return SimReply.error(SimReply.GENERAL_ERROR, "User not found");
      }
    }
    ObjectNode reply = SimReply.object();
    ArrayNode created = reply.putArray("transfers");
    for (JsonNode item : requests) {
      long sender = sender(item);
      long receiver = item.get("receiver_user_id").asLong();
      long amount = item.get("amount").asLong();
      ledger.debit(sender, amount, "transfer");
      ledger.credit(receiver, amount, "transfer");
      ObjectNode transfer = SimReply.object();
      transfer.put("transfer_id", Integer.toString(nextTransferId++));
      transfer.put("sender_user_id", Long.toString(sender));
      transfer.put("receiver_user_id", Long.toString(receiver));
      transfer.put("amount", amount);
      transfer.put("reference_id", item.get("reference_id").asText());
      String note = SimInput.optionalText(item, "note");
      if (note != null) {
        transfer.put("note", note);
      }
      transfer.put("created_at", Long.toString(ledger.now().getEpochSecond()));
      transfers.add(transfer);
      transferReferences.add(transfer.get("reference_id").asText());
      created.add(transfer.deepCopy());
    }
    return SimReply.ok(reply);
  }

  SimReply listTransfers(HttpUrl url) {
    Set<String> references = new HashSet<>();
    for (String name : url.queryParameterNames()) {
      if (name.startsWith("reference_ids[")) {
        references.add(url.queryParameter(name));
      }
    }
    Long start = SimInput.queryLong(url.queryParameter("start_date"), "start_date");
    Long end = SimInput.queryLong(url.queryParameter("end_date"), "end_date");
    List<ObjectNode> matching = new ArrayList<>();
    for (int i = transfers.size() - 1; i >= 0; i--) {
      ObjectNode transfer = transfers.get(i);
      long at = transfer.get("created_at").asLong();
      if ((references.isEmpty() || references.contains(transfer.get("reference_id").asText()))
          && (start == null || at >= start) && (end == null || at <= end)) {
        matching.add(transfer);
      }
    }
    return SimPaging.page(matching, url.queryParameter("page_token"), pageSize, "transfers",
        ObjectNode::deepCopy);
  }

  SimReply createTopup(JsonNode body) {
    long amount = SimInput.integer(body, "amount");
    if (amount < TOPUP_MIN) {
      return SimReply.error(200, SimReply.INPUT_VALIDATION_ERROR, "The amount must be at least 10000");
    }
    if (amount > TOPUP_MAX) {
      return SimReply.error(200, SimReply.INPUT_VALIDATION_ERROR,
          "The amount may not be greater than 1000000000000");
    }
    Long userId = SimInput.optionalInteger(body, "user_id");
    long user = userId == null ? SimLedger.MAIN_USER_ID : userId;
    if (!ledger.hasUser(user)) {
      return SimReply.error(200, SimReply.GENERAL_ERROR, "User not found");
    }
    if (pendingTopups.containsKey(user)) {
      return SimReply.error(200, SimReply.GENERAL_ERROR, "Pending topup exists");
    }
    ObjectNode topup = SimReply.object();
    ArrayNode channels = topup.putArray("channels");
    channel(channels.addObject(), 31, amount, 5_000, "8991" + String.format(java.util.Locale.ROOT, "%012d", nextTopupId));
    channel(channels.addObject(), 32, amount, 4_000, "8808" + String.format(java.util.Locale.ROOT, "%012d", nextTopupId));
    topup.put("topup_id", Integer.toString(nextTopupId++));
    topup.put("expires_at", Long.toString(ledger.now().plus(Duration.ofDays(1)).getEpochSecond()));
    pendingTopups.put(user, topup);
    return SimReply.ok(topup.deepCopy());
  }

  SimReply activeTopup(Long userId) {
    ObjectNode topup = pendingTopups.get(userId == null ? SimLedger.MAIN_USER_ID : userId);
    return topup == null ? SimReply.error(200, SimReply.GENERAL_ERROR, "Order not found")
        : SimReply.ok(topup.deepCopy());
  }

  SimReply cancelTopup(JsonNode body) {
    Long userId = body.isMissingNode() ? null : SimInput.optionalInteger(body, "user_id");
    long user = userId == null ? SimLedger.MAIN_USER_ID : userId;
    if (!ledger.hasUser(user)) {
      return SimReply.error(SimReply.GENERAL_ERROR, "User not found");
    }
    if (pendingTopups.remove(user) == null) {
      return SimReply.error(SimReply.GENERAL_ERROR, "Order not found");
    }
    return SimReply.ok(SimReply.object());
  }

  /** The payer paid the pending top-up of {@code userId}: credits the amount. */
  boolean payTopup(long userId) {
    ObjectNode topup = pendingTopups.remove(userId);
    if (topup == null) {
      return false;
    }
    ledger.credit(userId, topup.get("channels").get(0).get("amount").asLong(), "va_topup");
    return true;
  }

  SimReply balance(String user) {
    Long userId = user.equals("me") ? Long.valueOf(SimLedger.MAIN_USER_ID) : parseUser(user);
    if (userId == null || !ledger.hasUser(userId)) {
      return SimReply.error(200, SimReply.GENERAL_ERROR, "");
    }
    ObjectNode body = SimReply.object();
    body.set("cash", SimLedger.cash(ledger.balance(userId)));
    body.set("locked_cash", SimLedger.cash(0));
    return SimReply.ok(body);
  }

  SimReply history(HttpUrl url, boolean subUsers) {
    List<Long> users = new ArrayList<>();
    if (subUsers) {
      for (String name : url.queryParameterNames()) {
        if (name.startsWith("user_ids[")) {
          Long id = SimInput.queryLong(url.queryParameter(name), name);
          if (id == SimLedger.MAIN_USER_ID || !ledger.hasUser(id)) {
            return SimReply.error(SimReply.GENERAL_ERROR, "User not found");
          }
          users.add(id);
        }
      }
    } else {
      users.add(SimLedger.MAIN_USER_ID);
    }
    Long start = SimInput.queryLong(url.queryParameter("start_date"), "start_date");
    Long end = SimInput.queryLong(url.queryParameter("end_date"), "end_date");
    return SimPaging.page(ledger.history(users, start, end), url.queryParameter("page_token"), pageSize,
        "cash_transactions", SimLedger::toJson);
  }

  private static long sender(JsonNode item) {
    Long sender = SimInput.optionalInteger(item, "sender_user_id");
    return sender == null ? SimLedger.MAIN_USER_ID : sender;
  }

  private static Long parseUser(String user) {
    try {
      return Long.parseLong(user);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void channel(ObjectNode json, int id, long amount, long fee, String payCode) {
    json.put("fee", Long.toString(fee));
    json.put("channel_id", id);
    json.put("pay_code", payCode);
    json.put("amount", amount);
    json.put("total", amount + fee);
  }
}
