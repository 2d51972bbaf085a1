package io.github.paysdk.odero.reporting;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.paysdk.odero.model.PaymentError;
import io.github.paysdk.odero.model.PaymentType;
import io.github.paysdk.odero.model.RefundDestinationType;
import io.github.paysdk.odero.model.RefundStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A full or partial refund of one payment transaction, as payment reporting shows it. The documentation
 * calls the amount {@code price}, the platform's clients {@code refundPrice}; both are read.
 *
 * @param id the refund id
 * @param createdDate when it was made
 * @param refundStatus its result
 * @param refundDestinationType where the money went
 * @param price the refunded amount ({@code price} or {@code refundPrice} on the wire)
 * @param refundBankPrice the amount returned to the card
 * @param refundWalletPrice the amount returned to the wallet
 * @param conversationId the merchant's conversationId from the refund request
 * @param paymentType the type of the refunded payment
 * @param afterSettlement whether the refund came after the merchant was paid out (wire
 *     {@code isAfterSettlement})
 * @param error the bank's error, for failed refunds
 */
public record PaymentTransactionRefund(
    Long id,
    LocalDateTime createdDate,
    RefundStatus refundStatus,
    RefundDestinationType refundDestinationType,
    @JsonAlias("refundPrice") BigDecimal price,
    BigDecimal refundBankPrice,
    BigDecimal refundWalletPrice,
    String conversationId,
    PaymentType paymentType,
    @JsonProperty("isAfterSettlement") Boolean afterSettlement,
    PaymentError error) {}
