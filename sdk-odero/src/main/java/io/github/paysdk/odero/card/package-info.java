/**
 * Stored cards: {@link io.github.paysdk.odero.card.StoredCardService} searches and deletes the cards buyers
 * stored with {@code storeCardAfterSuccessPayment}.
 */
package io.github.paysdk.odero.card;
