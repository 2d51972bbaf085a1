package io.github.paysdk.testing.odero;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.HttpUrl;

/** The simulator's stored cards. */
final class SimCards {
  private final Map<String, StoredCard> cards = new LinkedHashMap<>();

  /** A stored card. */
  record StoredCard(String userKey, String token, String alias, String number, String holder) {}

  /** @return the stored card the payment request's {@code card} names */
  StoredCard forPayment(JsonNode card) {
    StoredCard s = cards.get(card.get("cardToken").asText());
    if (s == null || !s.userKey().equals(card.path("cardUserKey").asText())) {
      throw SimFailure.notFound("Stored card not found");
    }
    return s;
  }

  /** Stores the card when the request asked for it; sets the payment's card keys. */
  void storeIfAsked(SimPayment p, JsonNode card) {
    if (card != null && card.path("storeCardAfterSuccessPayment").asBoolean(false)) {
      String userKey = card.hasNonNull("cardUserKey") ? card.get("cardUserKey").asText() : UUID.randomUUID().toString();
      StoredCard s = new StoredCard(userKey, UUID.randomUUID().toString(), SimInput.text(card, "cardAlias"),
          p.cardNumber, p.cardHolderName);
      cards.put(s.token(), s);
      p.cardUserKey = s.userKey();
      p.cardToken = s.token();
    }
  }

  /** {@code DELETE /payment/v1/cards?cardUserKey=&cardToken=}. */
  void delete(HttpUrl url) {
    StoredCard card = cards.get(url.queryParameter("cardToken"));
    if (card == null || !card.userKey().equals(url.queryParameter("cardUserKey"))) {
      throw SimFailure.notFound("Card not found");
    }
    cards.remove(card.token());
  }

  /** {@code GET /payment/v1/cards?...}: by cardUserKey and cardToken, paged. */
  String search(HttpUrl url, OderoSimJson out) {
    int page = SimInput.intParam(url, "page", 0);
    int size = SimInput.intParam(url, "size", 10);
    String userKey = url.queryParameter("cardUserKey");
    String token = url.queryParameter("cardToken");
    List<StoredCard> matches = new ArrayList<>();
    for (StoredCard c : cards.values()) {
      if ((userKey == null || userKey.equals(c.userKey())) && (token == null || token.equals(c.token()))) {
        matches.add(c);
      }
    }
    ArrayNode items = out.array();
    for (int i = page * size; i < Math.min(matches.size(), (page + 1) * size); i++) {
      StoredCard c = matches.get(i);
      SimCatalog.BinInfo info = SimCatalog.binInfo(c.number());
      ObjectNode n = items.addObject();
      n.put("binNumber", c.number().substring(0, 6));
      n.put("lastFourDigits", c.number().substring(c.number().length() - 4));
      n.put("cardUserKey", c.userKey());
      n.put("cardToken", c.token());
      if (c.alias() != null) {
        n.put("cardAlias", c.alias());
      }
      n.put("cardType", info.cardType());
      n.put("cardAssociation", info.cardAssociation());
      n.put("cardBrand", info.cardBrand());
      n.put("cardBankName", info.bankName());
      n.put("cardBankId", info.bankCode());
    }
    return out.list(items, page, size, (long) matches.size());
  }
}
