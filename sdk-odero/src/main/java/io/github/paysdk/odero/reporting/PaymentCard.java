package io.github.paysdk.odero.reporting;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.paysdk.odero.model.CardAssociation;
import io.github.paysdk.odero.model.CardType;
import io.github.paysdk.odero.model.PaymentError;
import java.math.BigDecimal;

/**
 * The card and commissions of a payment. Card fields are present when the card was charged (fully or in
 * part); only the first six and last four digits are ever returned.
 *
 * @param cardType the card type
 * @param cardAssociation the card scheme
 * @param cardBrand the card brand
 * @param cardHolderName the cardholder's name
 * @param binNumber the first six digits
 * @param lastFourDigits the last four digits
 * @param installment the number of installments (1, 2, 3, 6, 9 or 12)
 * @param threeDS whether 3-D Secure was used (wire name {@code isThreeDS})
 * @param mdStatus the 3-D Secure MD status as the bank sent it (by convention 1 = authenticated)
 * @param pfCommissionRateAmount Odero's commission
 * @param merchantCommissionRate the merchant's commission rate
 * @param merchantCommissionRateAmount the merchant's commission
 * @param error the bank's error, for failed payments
 */
public record PaymentCard(
    CardType cardType,
    CardAssociation cardAssociation,
    String cardBrand,
    String cardHolderName,
    String binNumber,
    String lastFourDigits,
    Integer installment,
    @JsonProperty("isThreeDS") Boolean threeDS,
    Integer mdStatus,
    BigDecimal pfCommissionRateAmount,
    BigDecimal merchantCommissionRate,
    BigDecimal merchantCommissionRateAmount,
    PaymentError error) {}
