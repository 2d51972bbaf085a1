package io.github.paysdk.oy.accountinquiry;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.paysdk.oy.model.OyStatus;
import io.github.paysdk.oy.internal.OyDates;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One day's account-inquiry invoice.
 *
 * @param status OY's code and message (null for items of a list)
 * @param invoiceId the invoice id
 * @param txDate the WIB calendar day the inquiries were made
 * @param amount the amount billed
 * @param totalInquiry the number of inquiries billed
 * @param paidAt when it was paid (UTC), null until paid
 * @param invoiceStatus INITIATED, UNPAID or PAID
 * @param dueAt when it is due (UTC; e.g. 16:59:59 UTC = 23:59:59 WIB)
 * @param timestamp when OY answered (UTC), null for items of a list
 */
public record InquiryInvoice(
    OyStatus status,
    String invoiceId,
    @JsonDeserialize(using = OyDates.WibDate.class) LocalDate txDate,
    BigDecimal amount,
    Integer totalInquiry,
    @JsonDeserialize(using = OyDates.Utc.class) Instant paidAt,
    InquiryInvoiceStatus invoiceStatus,
    @JsonDeserialize(using = OyDates.Utc.class) Instant dueAt,
    @JsonDeserialize(using = OyDates.Utc.class) Instant timestamp) {}
