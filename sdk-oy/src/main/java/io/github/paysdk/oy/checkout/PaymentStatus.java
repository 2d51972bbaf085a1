package io.github.paysdk.oy.checkout;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.paysdk.oy.model.SettlementStatus;
import io.github.paysdk.oy.internal.OyDates;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment link's or invoice's latest state, as {@code GET /api/payment-checkout/status} returns it and
 * as the payment-link callback delivers it. OY's times carry no zone and are read as WIB (OY states WIB
 * for settlement times; the others follow the same clock). Read {@code status().isPaid()}.
 *
 * @param partnerTxId your id
 * @param childBalance the child account (Multi Account Management), or null
 * @param txRefNumber OY's transaction reference
 * @param amount the link's amount
 * @param senderName the payer's name
 * @param senderPhone the payer's phone number
 * @param senderNote the payer's note
 * @param status the link's state (case-insensitive; unknown values become UNKNOWN)
 * @param paymentReceivedTime when the payment arrived (COMPLETE only)
 * @param settlementType realtime or non-realtime settlement
 * @param senderBank the payer's bank code
 * @param paymentMethod how it was paid
 * @param created when the link was created
 * @param updated when it last changed
 * @param description the link's description
 * @param paymentReferenceNumber the QRIS reference, or empty
 * @param paidAmount what the payer paid in total
 * @param expiration when the link expires
 * @param dueDate when payment is due
 * @param isInvoice whether this is an invoice
 * @param email the link's email addresses
 * @param settlementTime when the money is (or was) settled
 * @param settlementStatus WAITING or SUCCESS
 * @param invoiceId the invoice id (invoice callbacks only; OY spells it {@code invoice_ID})
 * @param fullName the customer's name (invoice callbacks only)
 */
public record PaymentStatus(
    String partnerTxId,
    String childBalance,
    String txRefNumber,
    BigDecimal amount,
    String senderName,
    String senderPhone,
    String senderNote,
    PaymentLinkStatus status,
    @JsonDeserialize(using = OyDates.Wib.class) Instant paymentReceivedTime,
    SettlementType settlementType,
    String senderBank,
    PaymentMethod paymentMethod,
    @JsonDeserialize(using = OyDates.Wib.class) Instant created,
    @JsonDeserialize(using = OyDates.Wib.class) Instant updated,
    String description,
    String paymentReferenceNumber,
    BigDecimal paidAmount,
    @JsonDeserialize(using = OyDates.Wib.class) Instant expiration,
    @JsonDeserialize(using = OyDates.Wib.class) Instant dueDate,
    Boolean isInvoice,
    String email,
    @JsonDeserialize(using = OyDates.Wib.class) Instant settlementTime,
    SettlementStatus settlementStatus,
    @JsonProperty("invoice_ID") @JsonAlias("invoice_id") String invoiceId,
    String fullName) {}
