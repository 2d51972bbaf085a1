package io.github.paysdk.testing.odero;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.testing.odero.SimPayment.SimRefund;
import io.github.paysdk.testing.odero.SimPayment.SimTransaction;
import io.github.paysdk.testing.odero.SimPayment.SimWholeRefund;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Renders simulator state in the platform's wire shapes. */
final class OderoSimJson {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
  static final BigDecimal PF_RATE = new BigDecimal("0.0175");
  private final ObjectMapper mapper;

  OderoSimJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectNode object() {
    return mapper.createObjectNode();
  }

  ArrayNode array() {
    return mapper.createArrayNode();
  }

  String data(Object node) {
    ObjectNode root = object();
    root.set("data", mapper.valueToTree(node));
    return root.toString();
  }

  String list(ArrayNode items, Integer page, Integer size, Long totalSize) {
    ObjectNode data = object();
    if (page != null) {
      data.put("page", page);
    }
    if (size != null) {
      data.put("size", size);
    }
    if (totalSize != null) {
      data.put("totalSize", totalSize);
    }
    data.set("items", items);
    return data(data);
  }

  static String error(String code, String description, String group) {
    ObjectNode errors = new ObjectMapper().createObjectNode();
    errors.put("errorCode", code);
    errors.put("errorDescription", description);
    if (group != null) {
      errors.put("errorGroup", group);
    }
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.set("errors", errors);
    return root.toString();
  }

  static String date(LocalDateTime value) {
    return DATE.format(value);
  }

  static BigDecimal commission(BigDecimal amount) {
    return amount.multiply(PF_RATE).setScale(2, RoundingMode.HALF_UP);
  }

  /** The flat PaymentResponse of payment calls. */
  ObjectNode payment(SimPayment p) {
    ObjectNode n = object();
    n.put("id", p.id);
    n.put("createdDate", date(p.createdDate));
    n.put("price", p.price);
    n.put("paidPrice", p.paidPrice);
    n.put("walletPrice", p.walletPrice);
    n.put("currency", p.currency);
    n.put("installment", p.installment);
    if (p.conversationId != null) {
      n.put("conversationId", p.conversationId);
    }
    n.put("paymentType", "CARD_PAYMENT");
    n.put("paymentGroup", p.paymentGroup);
    n.put("paymentStatus", p.status);
    n.put("connectorType", "TOKENPOS");
    n.put("paymentPhase", p.paymentPhase);
    n.put("isThreeDS", p.threeDs);
    n.put("merchantCommissionRate", BigDecimal.ZERO);
    n.put("merchantCommissionRateAmount", BigDecimal.ZERO);
    n.put("pfCommissionRateAmount", commission(p.paidPrice));
    if (p.cardUserKey != null) {
      n.put("cardUserKey", p.cardUserKey);
      n.put("cardToken", p.cardToken);
    }
    n.put("paidWithStoredCard", p.paidWithStoredCard);
    n.put("binNumber", p.binNumber);
    n.put("lastFourDigits", p.lastFourDigits);
    card(n, p.binNumber);
    ArrayNode transactions = n.putArray("paymentTransactions");
    for (SimTransaction t : p.transactions) {
      ObjectNode tn = transactions.addObject();
      tn.put("id", t.id);
      if (t.externalId != null) {
        tn.put("externalId", t.externalId);
      }
      if (t.name != null) {
        tn.put("name", t.name);
      }
      tn.put("price", t.price);
      tn.put("paidPrice", t.paidPrice);
      tn.put("walletPrice", BigDecimal.ZERO);
      tn.put("merchantCommissionRate", BigDecimal.ZERO);
      tn.put("merchantCommissionRateAmount", BigDecimal.ZERO);
      tn.put("merchantPayoutAmount", merchantPayout(t));
      if (t.subMerchantId != null) {
        tn.put("subMerchantId", t.subMerchantId);
        tn.put("subMerchantPrice", t.subMerchantPrice);
      }
      tn.put("pfCommissionRateAmount", commission(t.paidPrice));
      tn.put("transactionStatus", "WAITING_FOR_APPROVAL");
      tn.set("payout", payout(t, p.currency));
    }
    return n;
  }

  /** The PaymentDetail of payment reporting (spec §A.6). */
  ObjectNode detail(SimPayment p) {
    ObjectNode n = object();
    n.put("id", p.id);
    n.put("createdDate", date(p.createdDate));
    n.put("updatedDate", date(p.updatedDate));
    n.put("orderId", "sim-order-" + p.id);
    n.put("price", p.price);
    n.put("paidPrice", p.paidPrice);
    n.put("walletPrice", p.walletPrice);
    n.put("paymentType", "CARD_PAYMENT");
    n.put("currency", p.currency);
    n.put("paymentStatus", p.status);
    if (p.conversationId != null) {
      n.put("conversationId", p.conversationId);
    }
    n.put("connectorType", "TOKENPOS");
    ObjectNode card = n.putObject("paymentCard");
    card(card, p.binNumber);
    card.put("cardHolderName", p.cardHolderName);
    card.put("binNumber", p.binNumber);
    card.put("lastFourDigits", p.lastFourDigits);
    card.put("installment", p.installment);
    card.put("isThreeDS", p.threeDs);
    if (p.threeDs) {
      card.put("mdStatus", p.status.equals("INIT_THREEDS") ? 0 : 1);
    }
    card.put("pfCommissionRateAmount", commission(p.paidPrice));
    card.put("merchantCommissionRate", BigDecimal.ZERO);
    card.put("merchantCommissionRateAmount", BigDecimal.ZERO);
    if (p.errorCode != null) {
      ObjectNode error = card.putObject("error");
      error.put("errorCode", p.errorCode);
      error.put("errorGroup", p.errorGroup);
      error.put("errorName", p.errorGroup);
      error.put("errorMessage", "Declined by the simulated bank");
    }
    ArrayNode refunds = n.putArray("paymentRefunds");
    for (SimWholeRefund r : p.wholeRefunds) {
      ObjectNode rn = refunds.addObject();
      rn.put("id", r.id);
      rn.put("createdDate", date(r.createdDate));
      rn.put("refundStatus", "SUCCESS");
      rn.put("refundDestinationType", r.destination);
      rn.put("price", r.amount());
      rn.put("refundBankPrice", r.destination.equals("CARD") ? r.amount() : BigDecimal.ZERO);
      rn.put("refundWalletPrice", r.destination.equals("WALLET") ? r.amount() : BigDecimal.ZERO);
      if (r.conversationId != null) {
        rn.put("conversationId", r.conversationId);
      }
      rn.put("paymentType", "CARD_PAYMENT");
    }
    ArrayNode transactions = n.putArray("paymentTransactions");
    for (SimTransaction t : p.transactions) {
      ObjectNode tn = transactions.addObject();
      tn.put("id", t.id);
      tn.put("createdDate", date(p.createdDate));
      if (t.externalId != null) {
        tn.put("externalId", t.externalId);
      }
      tn.put("transactionStatus", "WAITING_FOR_APPROVAL");
      tn.put("transactionStatusDate", date(p.updatedDate));
      tn.put("price", t.price);
      tn.put("paidPrice", t.paidPrice);
      tn.put("walletPrice", BigDecimal.ZERO);
      tn.put("merchantPayoutAmount", merchantPayout(t));
      if (t.subMerchantId != null) {
        tn.put("subMerchantId", t.subMerchantId);
        tn.put("subMerchantName", "Sub-merchant " + t.subMerchantId);
        tn.put("subMerchantPrice", t.subMerchantPrice);
      }
      tn.set("payout", payout(t, p.currency));
      ObjectNode tc = tn.putObject("paymentTransactionCard");
      tc.put("merchantCommissionRate", BigDecimal.ZERO);
      tc.put("merchantCommissionRateAmount", BigDecimal.ZERO);
      tc.put("pfCommissionRateAmount", commission(t.paidPrice));
      ArrayNode tr = tn.putArray("paymentTransactionRefunds");
      for (SimRefund r : t.refunds) {
        ObjectNode rn = tr.addObject();
        rn.put("id", r.id);
        rn.put("createdDate", date(r.createdDate));
        rn.put("refundStatus", r.success ? "SUCCESS" : "FAILURE");
        rn.put("refundDestinationType", r.destination);
        rn.put("price", r.amount);
        rn.put("refundBankPrice", r.destination.equals("CARD") ? r.amount : BigDecimal.ZERO);
        rn.put("refundWalletPrice", r.destination.equals("WALLET") ? r.amount : BigDecimal.ZERO);
        if (r.conversationId != null) {
          rn.put("conversationId", r.conversationId);
        }
        rn.put("paymentType", "CARD_PAYMENT");
        rn.put("isAfterSettlement", false);
      }
    }
    return n;
  }

  /** PaymentTransactionRefundResponse. */
  ObjectNode transactionRefund(SimRefund r) {
    ObjectNode n = object();
    n.put("id", r.id);
    if (r.conversationId != null) {
      n.put("conversationId", r.conversationId);
    }
    n.put("createdDate", date(r.createdDate));
    n.put("status", r.success ? "SUCCESS" : "FAILURE");
    n.put("isAfterSettlement", false);
    n.put("refundPrice", r.amount);
    n.put("refundBankPrice", r.destination.equals("CARD") ? r.amount : BigDecimal.ZERO);
    n.put("refundWalletPrice", r.destination.equals("WALLET") ? r.amount : BigDecimal.ZERO);
    n.put("currency", r.transaction.payment.currency);
    n.put("paymentTransactionId", r.transaction.id);
    n.put("paymentId", r.transaction.payment.id);
    n.put("refundDestinationType", r.destination);
    return n;
  }

  /** PaymentRefundResponse. */
  ObjectNode refund(SimWholeRefund r, SimPayment p) {
    ObjectNode n = object();
    n.put("id", r.id);
    if (r.conversationId != null) {
      n.put("conversationId", r.conversationId);
    }
    n.put("createdDate", date(r.createdDate));
    n.put("status", "SUCCESS");
    n.put("refundPrice", r.amount());
    n.put("refundBankPrice", r.destination.equals("CARD") ? r.amount() : BigDecimal.ZERO);
    n.put("refundWalletPrice", r.destination.equals("WALLET") ? r.amount() : BigDecimal.ZERO);
    n.put("refundType", "CANCEL");
    n.put("refundDestinationType", r.destination);
    n.put("currency", p.currency);
    n.put("paymentId", p.id);
    ArrayNode parts = n.putArray("paymentTransactionRefunds");
    for (SimRefund part : r.parts) {
      parts.add(transactionRefund(part));
    }
    return n;
  }

  private ObjectNode payout(SimTransaction t, String currency) {
    ObjectNode payout = object();
    payout.put("paidPrice", t.paidPrice);
    payout.put("currency", "AZN");
    payout.put("merchantPayoutAmount", merchantPayout(t));
    payout.put("subMerchantPayoutAmount", t.subMerchantPrice == null ? BigDecimal.ZERO : t.subMerchantPrice);
    payout.put("pfCommissionRateAmount", commission(t.paidPrice));
    payout.put("pfConversionRate", BigDecimal.ZERO);
    payout.put("pfConversionRateAmount", BigDecimal.ZERO);
    return payout;
  }

  private static BigDecimal merchantPayout(SimTransaction t) {
    BigDecimal sub = t.subMerchantPrice == null ? BigDecimal.ZERO : t.subMerchantPrice;
    return t.paidPrice.subtract(commission(t.paidPrice)).subtract(sub);
  }

  /** Adds cardType, cardAssociation and cardBrand for a BIN. */
  static void card(ObjectNode node, String bin) {
    SimCatalog.BinInfo info = SimCatalog.binInfo(bin);
    node.put("cardType", info.cardType());
    node.put("cardAssociation", info.cardAssociation());
    node.put("cardBrand", info.cardBrand());
  }
}
