package io.github.paysdk.odero.payment;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.paysdk.odero.model.CardAssociation;
import io.github.paysdk.odero.model.CardType;
import io.github.paysdk.odero.model.ConnectorType;
import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.PaymentGroup;
import io.github.paysdk.odero.model.PaymentPhase;
import io.github.paysdk.odero.model.PaymentStatus;
import io.github.paysdk.odero.model.PaymentType;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A payment as the payment calls (create, 3-D Secure complete, post-auth, checkout result) return it. For
 * refunds and payouts, retrieve it through payment reporting.
 *
 * @param id the payment id
 * @param createdDate when it was created (platform local time)
 * @param price the basket total
 * @param paidPrice the amount charged
 * @param walletPrice the amount from the wallet
 * @param currency the currency
 * @param buyerId the buyer, or null
 * @param installment the installment count
 * @param conversationId the merchant's reference
 * @param paymentType how it was paid
 * @param paymentGroup what it is for
 * @param paymentStatus the status
 * @param connectorType the connector
 * @param paymentPhase the phase
 * @param threeDS whether 3-D Secure was used (wire {@code isThreeDS})
 * @param merchantCommissionRate the merchant's commission rate
 * @param merchantCommissionRateAmount the merchant's commission
 * @param pfCommissionRateAmount Odero's commission
 * @param cardUserKey the stored card's user key, if the card was stored or used
 * @param cardToken the stored card's token, if the card was stored or used
 * @param paidWithStoredCard whether a stored card paid
 * @param binNumber the card's first six digits
 * @param lastFourDigits the card's last four digits
 * @param cardType the card type
 * @param cardAssociation the card scheme
 * @param cardBrand the card brand
 * @param paymentTransactions the basket items' transactions
 */
public record Payment(
    Long id,
    LocalDateTime createdDate,
    BigDecimal price,
    BigDecimal paidPrice,
    BigDecimal walletPrice,
    Currency currency,
    Long buyerId,
    Integer installment,
    String conversationId,
    PaymentType paymentType,
    PaymentGroup paymentGroup,
    PaymentStatus paymentStatus,
    ConnectorType connectorType,
    PaymentPhase paymentPhase,
    @JsonProperty("isThreeDS") Boolean threeDS,
    BigDecimal merchantCommissionRate,
    BigDecimal merchantCommissionRateAmount,
    BigDecimal pfCommissionRateAmount,
    String cardUserKey,
    String cardToken,
    Boolean paidWithStoredCard,
    String binNumber,
    String lastFourDigits,
    CardType cardType,
    CardAssociation cardAssociation,
    String cardBrand,
    List<PaymentTransaction> paymentTransactions) {

  /** Replaces a missing list by an empty one. */
  public Payment {
    paymentTransactions = paymentTransactions == null ? List.of() : List.copyOf(paymentTransactions);
  }
}
