package io.github.paysdk.odero.refund;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.RefundDestinationType;
import io.github.paysdk.odero.model.RefundStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A refund of one payment transaction.
 *
 * @param id the refund id
 * @param conversationId the merchant's reference
 * @param createdDate when it was made
 * @param status its result
 * @param afterSettlement whether it came after the payout (wire {@code isAfterSettlement})
 * @param refundPrice the refunded amount (also read from {@code price})
 * @param refundBankPrice the amount returned to the card
 * @param refundWalletPrice the amount returned to the wallet
 * @param currency the currency
 * @param paymentTransactionId the refunded transaction
 * @param paymentId the payment it belongs to
 * @param refundDestinationType where the money went
 */
public record TransactionRefund(
    Long id,
    String conversationId,
    LocalDateTime createdDate,
    RefundStatus status,
    @JsonProperty("isAfterSettlement") Boolean afterSettlement,
    @JsonAlias("price") BigDecimal refundPrice,
    BigDecimal refundBankPrice,
    BigDecimal refundWalletPrice,
    Currency currency,
    Long paymentTransactionId,
    Long paymentId,
    RefundDestinationType refundDestinationType) {}
