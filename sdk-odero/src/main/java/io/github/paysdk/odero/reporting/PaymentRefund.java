package io.github.paysdk.odero.reporting;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.github.paysdk.odero.model.PaymentError;
import io.github.paysdk.odero.model.PaymentType;
import io.github.paysdk.odero.model.RefundDestinationType;
import io.github.paysdk.odero.model.RefundStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A refund of a whole payment, as payment reporting shows it.
 *
 * @param id the refund id
 * @param createdDate when it was made
 * @param refundStatus its result
 * @param refundDestinationType where the money went
 * @param price the refunded amount (also read from {@code refundPrice})
 * @param refundBankPrice the amount returned to the card
 * @param refundWalletPrice the amount returned to the wallet
 * @param conversationId the merchant's conversationId from the refund request
 * @param paymentType the type of the refunded payment
 * @param error the bank's error, for failed refunds
 */
public record PaymentRefund(
    Long id,
    LocalDateTime createdDate,
    RefundStatus refundStatus,
    RefundDestinationType refundDestinationType,
    @JsonAlias("refundPrice") BigDecimal price,
    BigDecimal refundBankPrice,
    BigDecimal refundWalletPrice,
    String conversationId,
    PaymentType paymentType,
    PaymentError error) {}
