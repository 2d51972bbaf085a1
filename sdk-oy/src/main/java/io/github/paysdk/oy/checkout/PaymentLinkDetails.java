package io.github.paysdk.oy.checkout;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.paysdk.oy.internal.OyDates;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A payment link or invoice as {@code GET /api/payment-checkout/<id>} returns it. OY names these
 * fields in camelCase, except {@code child_balance} and {@code due_date}. Times are read as WIB.
 *
 * @param partnerTxId your id
 * @param childBalance the child account, or null
 * @param paymentLinkId OY's id
 * @param amount the amount
 * @param username your OY username
 * @param senderName the payer's name
 * @param senderPhoneNumber the payer's phone number
 * @param senderNotes the payer's notes
 * @param status the state (OY sends it upper case here)
 * @param txRefNumber OY's transaction reference, once paid
 * @param description the description
 * @param isOpen whether any amount is accepted
 * @param notes the notes
 * @param phoneNumber the phone number the link was created with
 * @param email the email addresses
 * @param includeAdminFee whether OY's fee is added
 * @param listDisabledPaymentMethods the disabled methods, comma-separated
 * @param listEnabledBanks the enabled banks, comma-separated
 * @param expirationTime when the link expires
 * @param dueDate when payment is due
 * @param invoiceData the invoice part, null for a plain payment link
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record PaymentLinkDetails(
    String partnerTxId,
    @JsonProperty("child_balance") String childBalance,
    String paymentLinkId,
    BigDecimal amount,
    String username,
    String senderName,
    String senderPhoneNumber,
    String senderNotes,
    PaymentLinkStatus status,
    String txRefNumber,
    String description,
    Boolean isOpen,
    String notes,
    String phoneNumber,
    String email,
    Boolean includeAdminFee,
    String listDisabledPaymentMethods,
    String listEnabledBanks,
    @JsonDeserialize(using = OyDates.Wib.class) Instant expirationTime,
    @JsonProperty("due_date") @JsonDeserialize(using = OyDates.Wib.class) Instant dueDate,
    InvoiceData invoiceData) {

  /**
   * The invoice part of a payment link.
   *
   * @param fullName the customer's name
   * @param isVaLifetime whether the customer's static VAs are reused
   * @param isScheduled whether it is a scheduled (recurring) invoice
   * @param recurringStartDate the first sending date, as OY sent it
   * @param recurringEndDate the last sending date, as OY sent it
   * @param recurringFrequency days between invoices
   * @param invoiceItems the lines (decoded from OY's JSON-in-a-string)
   */
  @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
  public record InvoiceData(
      String fullName,
      Boolean isVaLifetime,
      Boolean isScheduled,
      String recurringStartDate,
      String recurringEndDate,
      Integer recurringFrequency,
      @JsonDeserialize(using = PurchasedItemsDeserializer.class) List<PurchasedItem> invoiceItems) {}
}
