package io.github.paysdk.odero.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.paysdk.core.error.ValidationException;
import io.github.paysdk.core.paging.Page;
import io.github.paysdk.odero.MockOdero;
import io.github.paysdk.odero.model.CardAssociation;
import io.github.paysdk.odero.model.CardType;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoredCardServiceTest {
  private final MockOdero odero = new MockOdero();
  private final StoredCardService cards = odero.client.storedCards();

  @AfterEach
  void close() {
    odero.close();
  }

  @Test
  void searchSendsTheFiltersAndParsesCards() {
    odero.enqueueFixture("stored-cards.json");

    Page<StoredCard> page = cards.searchStoredCards(SearchStoredCardsRequest.builder()
        .cardUserKey("user-key-1").cardType(CardType.CREDIT_CARD).cardAssociation(CardAssociation.MASTER_CARD)
        .cardAlias("My card").build());

    RecordedRequest request = odero.takeSigned();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/payment/v1/cards?cardAlias=My%20card&cardType=CREDIT_CARD"
        + "&cardUserKey=user-key-1&cardAssociation=MASTER_CARD&page=0&size=10");
    assertThat(page.items()).containsExactly(new StoredCard("525864", "0001", "user-key-1", "card-token-1",
        "My card", CardType.CREDIT_CARD, CardAssociation.MASTER_CARD, "World", "Yapı Kredi", 67L));
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void deleteSendsADeleteWithTheKeysAndAcceptsAnEmptyBody() {
    odero.server.enqueue(new MockResponse.Builder().code(200).build());

    cards.deleteStoredCard("user-key-1", "card-token-1");

    RecordedRequest request = odero.takeSigned();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getTarget()).isEqualTo("/payment/v1/cards?cardUserKey=user-key-1&cardToken=card-token-1");
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void badInputIsRejectedBeforeAnyRequest() {
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> cards.deleteStoredCard("", "t")).field()).isEqualTo("cardUserKey");
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> cards.deleteStoredCard("u", null)).field()).isEqualTo("cardToken");
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> SearchStoredCardsRequest.builder().size(0).build()).field()).isEqualTo("size");
    assertThat(odero.server.getRequestCount()).isZero();
  }
}
