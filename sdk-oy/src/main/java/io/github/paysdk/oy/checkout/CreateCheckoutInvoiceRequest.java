package io.github.paysdk.oy.checkout;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.oy.internal.OyDates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /api/payment-checkout/create-invoice}: every payment-link field plus the
 * invoice's own. Sent as one flat JSON object.
 *
 * @param link the payment-link fields
 * @param dueDate when payment is due, WIB text; not after the expiration
 * @param partnerUserId your id for the customer
 * @param fullName the customer's full name
 * @param isVaLifetime whether to reuse the customer's static VA numbers (needs {@code partnerUserId})
 * @param invoiceItems the invoice lines
 * @param attachment one PDF as bare base64 (at most 2 MB), or null
 */
public record CreateCheckoutInvoiceRequest(
    @JsonUnwrapped CreatePaymentLinkRequest link,
    String dueDate,
    String partnerUserId,
    String fullName,
    Boolean isVaLifetime,
    List<InvoiceItem> invoiceItems,
    String attachment) {

  private static final int MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;

  /**
   * @param link the payment-link fields
   * @return a builder
   */
  public static Builder builder(CreatePaymentLinkRequest link) {
    return new Builder(link);
  }

  /** Builds a {@link CreateCheckoutInvoiceRequest}. */
  public static final class Builder {
    private final CreatePaymentLinkRequest link;
    private Instant dueDate;
    private String partnerUserId;
    private String fullName;
    private Boolean isVaLifetime;
    private final List<InvoiceItem> items = new ArrayList<>();
    private byte[] attachment;

    private Builder(CreatePaymentLinkRequest link) {
      this.link = link;
    }

    /** @param value when payment is due (sent in WIB) @return this builder */
    public Builder dueDate(Instant value) {
      this.dueDate = value;
      return this;
    }

    /** @param value your id for the customer @return this builder */
    public Builder partnerUserId(String value) {
      this.partnerUserId = value;
      return this;
    }

    /** @param value the customer's full name @return this builder */
    public Builder fullName(String value) {
      this.fullName = value;
      return this;
    }

    /** @param value whether to reuse the customer's static VAs @return this builder */
    public Builder vaLifetime(boolean value) {
      this.isVaLifetime = value;
      return this;
    }

    /** @param value an invoice line @return this builder */
    public Builder addItem(InvoiceItem value) {
      items.add(Objects.requireNonNull(value, "item"));
      return this;
    }

    /** @param pdf the PDF's bytes (at most 2 MB); sent as base64 @return this builder */
    public Builder attachment(byte[] pdf) {
      this.attachment = pdf == null ? null : pdf.clone();
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
     */
    public CreateCheckoutInvoiceRequest build() {
      Validate.required(link, "link");
      if (dueDate != null && link.expiration() != null) {
        Validate.check(OyDates.formatWib(dueDate).compareTo(link.expiration()) <= 0, "dueDate",
            "must not be after the expiration");
      }
      if (Boolean.TRUE.equals(isVaLifetime)) {
        Validate.notBlank(partnerUserId, "partnerUserId");
        Validate.check(!link.listDisabledPaymentMethods().contains("VA")
                && !link.listDisabledPaymentMethods().contains("BANK_TRANSFER"),
            "isVaLifetime", "needs the VA payment method enabled");
      }
      Validate.check(attachment == null || attachment.length <= MAX_ATTACHMENT_BYTES, "attachment",
          "must be at most 2 MB");
      return new CreateCheckoutInvoiceRequest(link, OyDates.formatWib(dueDate), partnerUserId,
          fullName, isVaLifetime, items.isEmpty() ? null : List.copyOf(items),
          attachment == null ? null : Base64.getEncoder().encodeToString(attachment));
    }
  }
}
