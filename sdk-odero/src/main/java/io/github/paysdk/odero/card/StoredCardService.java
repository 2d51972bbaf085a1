package io.github.paysdk.odero.card;

import io.github.paysdk.core.paging.Page;
import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odero.internal.OderoApi;
import io.github.paysdk.odero.internal.OderoList;
import io.github.paysdk.odero.internal.OderoQuery;
import java.util.Objects;

/** Stored cards: search the cards buyers stored, and delete one. */
public final class StoredCardService {
  private static final String CARDS = "/payment/v1/cards";
  private final OderoApi api;

  /** @param api the Odero wire (internal) */
  public StoredCardService(OderoApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /**
   * Searches stored cards ({@code GET /payment/v1/cards?...}); the page fetches later pages on demand.
   *
   * @param request the filters and first page
   * @return the first page
   */
  public Page<StoredCard> searchStoredCards(SearchStoredCardsRequest request) {
    Objects.requireNonNull(request, "request");
    OderoList<StoredCard> list = api.list(api.get(CARDS)
        .query("cardAlias", request.cardAlias())
        .query("cardBrand", request.cardBrand())
        .query("cardType", OderoQuery.name(request.cardType()))
        .query("cardUserKey", request.cardUserKey())
        .query("cardToken", request.cardToken())
        .query("cardBankName", request.cardBankName())
        .query("cardAssociation", OderoQuery.name(request.cardAssociation()))
        .query("page", request.page())
        .query("size", request.size())
        .build(), StoredCard.class);
    return Page.of(list.items(), list.hasMore(request.page(), request.size())
        ? () -> searchStoredCards(request.withPage(request.page() + 1))
        : null);
  }

  /**
   * Deletes a stored card ({@code DELETE /payment/v1/cards?cardUserKey=&cardToken=}). Deleting is
   * idempotent, so the call is retried like a read.
   *
   * @param cardUserKey the buyer's card user key
   * @param cardToken the card's token
   */
  public void deleteStoredCard(String cardUserKey, String cardToken) {
    Validate.notBlank(cardUserKey, "cardUserKey");
    Validate.notBlank(cardToken, "cardToken");
    api.send(api.delete(CARDS)
        .query("cardUserKey", cardUserKey)
        .query("cardToken", cardToken)
        .retryMode(RetryMode.IDEMPOTENT)
        .lookupKey(cardToken)
        .build());
  }
}
