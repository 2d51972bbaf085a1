package io.github.paysdk.oy.virtualaccount;

import java.util.List;

/** Wire shapes of the two VA lists. */
final class VaLists {
  private VaLists() {}

  record Accounts(Integer total, List<VirtualAccount> data) {}

  record Transactions(String id, List<VaTransaction> data, Integer numberOfTransaction) {}
}
