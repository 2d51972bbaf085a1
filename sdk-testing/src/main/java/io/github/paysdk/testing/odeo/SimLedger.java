package io.github.paysdk.testing.odeo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Users' cash balances and the history of every change to them. */
final class SimLedger {
  /** The id of the account the credentials belong to ({@code me}). */
  static final long MAIN_USER_ID = 1000;

  private final Map<Long, Long> balances = new LinkedHashMap<>();
  private final List<Entry> history = new ArrayList<>();
  private Clock clock;
  private int nextEntryId = 1;

  record Entry(String id, long userId, long amount, long before, long after, String type, Instant at) {}

  SimLedger(Clock clock, long openingBalance) {
    this.clock = clock;
    balances.put(MAIN_USER_ID, openingBalance);
  }

  void clock(Clock clock) {
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  boolean hasUser(long userId) {
    return balances.containsKey(userId);
  }

  void open(long userId) {
    balances.putIfAbsent(userId, 0L);
  }

  long balance(long userId) {
    return balances.getOrDefault(userId, 0L);
  }

  void setBalance(long userId, long amount) {
    balances.put(userId, amount);
  }

  /** Moves {@code amount} out of a balance; fails with 40011 if it is not there. */
  void debit(long userId, long amount, String type) {
    long before = balance(userId);
    if (before < amount) {
      throw SimReply.fail(SimReply.INSUFFICIENT_BALANCE, "Unknown error: INSUFFICIENT BALANCE");
    }
    record(userId, -amount, type);
  }

  void credit(long userId, long amount, String type) {
    record(userId, amount, type);
  }

  private void record(long userId, long amount, String type) {
    long before = balance(userId);
    balances.put(userId, before + amount);
    history.add(new Entry(Integer.toString(nextEntryId++), userId, amount, before, before + amount, type,
        clock.instant()));
  }

  /** @return the entries of these users, newest first, created within the range (nulls = open) */
  List<Entry> history(List<Long> userIds, Long startDate, Long endDate) {
    List<Entry> matching = new ArrayList<>();
    for (int i = history.size() - 1; i >= 0; i--) {
      Entry entry = history.get(i);
      long at = entry.at().getEpochSecond();
      if (userIds.contains(entry.userId()) && (startDate == null || at >= startDate)
          && (endDate == null || at <= endDate)) {
        matching.add(entry);
      }
    }
    return matching;
  }

  static ObjectNode toJson(Entry entry) {
    ObjectNode json = SimReply.object();
    json.put("cash_transaction_id", entry.id());
    json.put("user_id", Long.toString(entry.userId()));
    json.put("amount", entry.amount());
    json.put("balance_before", entry.before());
    json.put("balance_after", entry.after());
    json.put("transaction_type", entry.type());
    json.put("created_at", Long.toString(entry.at().getEpochSecond()));
    return json;
  }

  static ObjectNode cash(long amount) {
    ObjectNode cash = SimReply.object();
    cash.put("amount", amount);
    cash.put("currency", "IDR");
    cash.put("formatted_amount", "Rp" + NumberFormat.getIntegerInstance(Locale.US).format(amount));
    return cash;
  }
}
