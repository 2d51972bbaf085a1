package io.github.paysdk.testing.odero;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/** The simulator's card BINs and installment plans. */
final class SimCatalog {
  private static final Map<String, BinInfo> BINS = Map.of(
      "525864", new BinInfo("CREDIT_CARD", "MASTER_CARD", "World", "Yapı Kredi", 67),
      "415565", new BinInfo("DEBIT_CARD", "VISA", "Classic", "Kapital Bank", 200),
      "979202", new BinInfo("PREPAID_CARD", "TROY", "Troy", "Ziraat", 10));
  private static final BinInfo OTHER = new BinInfo("CREDIT_CARD", "VISA", "Classic", "Simulated Bank", 1);

  private SimCatalog() {}

  /** What a BIN says about a card. */
  record BinInfo(String cardType, String cardAssociation, String cardBrand, String bankName, int bankCode) {}

  /** @return the known BIN, or a generic Visa credit card for any other number */
  static BinInfo binInfo(String bin) {
    return BINS.getOrDefault(bin.substring(0, Math.min(6, bin.length())), OTHER);
  }

  /** {@code GET /installment/v1/bins/{bin}}: only the known BINs. */
  static ObjectNode bin(String bin, OderoSimJson out) {
    BinInfo info = BINS.get(bin.substring(0, Math.min(6, bin.length())));
    if (info == null) {
      throw SimFailure.notFound("BIN not found");
    }
    ObjectNode n = out.object();
    n.put("binNumber", bin);
    describe(n, info);
    n.put("commercial", false);
    return n;
  }

  /** {@code GET /installment/v1/installments}: 1% more per extra installment; credit cards only. */
  static String installments(HttpUrl url, OderoSimJson out) {
    String bin = url.queryParameter("binNumber");
    String priceText = url.queryParameter("price");
    if (priceText == null) {
      throw SimFailure.invalid("price is required");
    }
    BigDecimal price = new BigDecimal(priceText);
    ArrayNode items = out.array();
    BinInfo info = bin == null ? null : BINS.get(bin.substring(0, Math.min(6, bin.length())));
    if (info != null) {
      ObjectNode item = items.addObject();
      item.put("binNumber", bin);
      item.put("price", price);
      describe(item, info);
      item.put("force3ds", false);
      item.put("commercial", false);
      ArrayNode prices = item.putArray("installmentPrices");
      for (int n : List.of(1, 2, 3, 6, 9, 12)) {
        if (n > 1 && !info.cardType().equals("CREDIT_CARD")) {
          break;
        }
        BigDecimal total = price.multiply(BigDecimal.ONE.add(new BigDecimal("0.01").multiply(BigDecimal.valueOf(n - 1))))
            .setScale(2, RoundingMode.HALF_UP);
        ObjectNode plan = prices.addObject();
        plan.put("installmentNumber", n);
        plan.put("installmentPrice", total.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP));
        plan.put("totalPrice", total);
      }
    }
    return out.list(items, null, null, null);
  }

  private static void describe(ObjectNode n, BinInfo info) {
    n.put("cardType", info.cardType());
    n.put("cardAssociation", info.cardAssociation());
    n.put("cardBrand", info.cardBrand());
    n.put("bankName", info.bankName());
    n.put("bankCode", info.bankCode());
  }
}
