package io.github.paysdk.oy.receivable;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.oy.internal.OyDates;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /api/account-receivable/invoices}. Dates are WIB calendar dates
 * ({@code yyyy-MM-dd}); {@code expirationDate} is WIB wall time ({@code yyyy-MM-dd HH:mm:ss}) and is
 * sent as JSON {@code null} for a lifetime invoice, as OY requires.
 *
 * @param invoiceNumber your invoice number, e.g. {@code INV/2022/12/210205}
 * @param invoiceDate the invoice date
 * @param dueDate the due date, not before the invoice date
 * @param customerId OY's customer id (not your partner customer id); the customer must be ACTIVE
 * @param expirationDate when the payment link expires, WIB text; null for never
 * @param invoiceItems the lines (at least one)
 * @param additionalItems extra lines such as discounts (negative prices allowed)
 * @param message a footnote on the invoice
 * @param attachments up to four base64 files
 * @param paymentConfiguration how it may be paid
 * @param saveAsDefaultMessage whether {@code message} becomes your default
 */
public record ArInvoiceRequest(
    String invoiceNumber,
    LocalDate invoiceDate,
    LocalDate dueDate,
    String customerId,
    @JsonInclude(JsonInclude.Include.ALWAYS) String expirationDate,
    List<ArInvoiceItem> invoiceItems,
    List<ArInvoiceItem> additionalItems,
    String message,
    List<String> attachments,
    PaymentConfiguration paymentConfiguration,
    Boolean saveAsDefaultMessage) {

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ArInvoiceRequest}. */
  public static final class Builder {
    private String invoiceNumber;
    private LocalDate invoiceDate;
    private LocalDate dueDate;
    private String customerId;
    private LocalDateTime expirationDate;
    private final List<ArInvoiceItem> items = new ArrayList<>();
    private final List<ArInvoiceItem> additional = new ArrayList<>();
    private String message;
    private final List<String> attachments = new ArrayList<>();
    private PaymentConfiguration paymentConfiguration;
    private Boolean saveAsDefaultMessage;

    private Builder() {}

    /** @param value your invoice number @return this builder */
    public Builder invoiceNumber(String value) {
      this.invoiceNumber = value;
      return this;
    }

    /** @param value the invoice date (WIB) @return this builder */
    public Builder invoiceDate(LocalDate value) {
      this.invoiceDate = value;
      return this;
    }

    /** @param value the due date (WIB) @return this builder */
    public Builder dueDate(LocalDate value) {
      this.dueDate = value;
      return this;
    }

    /** @param value OY's customer id @return this builder */
    public Builder customerId(String value) {
      this.customerId = value;
      return this;
    }

    /** @param value WIB wall time the link expires; null (default) for never @return this builder */
    public Builder expirationDate(LocalDateTime value) {
      this.expirationDate = value;
      return this;
    }

    /** @param value a line @return this builder */
    public Builder addItem(ArInvoiceItem value) {
      items.add(Objects.requireNonNull(value, "item"));
      return this;
    }

    /** @param value an extra line, e.g. a discount @return this builder */
    public Builder addAdditionalItem(ArInvoiceItem value) {
      additional.add(Objects.requireNonNull(value, "additionalItem"));
      return this;
    }

    /** @param value a footnote @return this builder */
    public Builder message(String value) {
      this.message = value;
      return this;
    }

    /** @param file a file's bytes, sent as base64 @return this builder */
    public Builder addAttachment(byte[] file) {
      attachments.add(Base64.getEncoder().encodeToString(file));
      return this;
    }

    /** @param value how it may be paid @return this builder */
    public Builder paymentConfiguration(PaymentConfiguration value) {
      this.paymentConfiguration = value;
      return this;
    }

    /** @param value whether the message becomes your default @return this builder */
    public Builder saveAsDefaultMessage(boolean value) {
      this.saveAsDefaultMessage = value;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
     */
    public ArInvoiceRequest build() {
      Validate.notBlank(invoiceNumber, "invoiceNumber");
      Validate.required(invoiceDate, "invoiceDate");
      Validate.required(dueDate, "dueDate");
      Validate.check(!dueDate.isBefore(invoiceDate), "dueDate", "must not be before invoiceDate");
      Validate.notBlank(customerId, "customerId");
      Validate.check(expirationDate == null || expirationDate.toLocalDate().isAfter(invoiceDate)
          || expirationDate.toLocalDate().isEqual(invoiceDate), "expirationDate",
          "must not be before invoiceDate");
      Validate.notEmpty(items, "invoiceItems");
      for (ArInvoiceItem item : items) {
        checkItem(item, "invoiceItems");
        Validate.check(item.pricePerItem().signum() >= 0, "invoiceItems.pricePerItem",
            "must not be negative");
      }
      for (ArInvoiceItem item : additional) {
        checkItem(item, "additionalItems");
      }
      Validate.check(attachments.size() <= 4, "attachments", "must hold at most 4 files");
      Validate.required(paymentConfiguration, "paymentConfiguration");
      return new ArInvoiceRequest(invoiceNumber, invoiceDate, dueDate, customerId,
          expirationDate == null ? null
              : OyDates.formatWib(expirationDate.toInstant(OyDates.WIB)),
          List.copyOf(items), additional.isEmpty() ? null : List.copyOf(additional), message,
          List.copyOf(attachments), paymentConfiguration, saveAsDefaultMessage);
    }

    private static void checkItem(ArInvoiceItem item, String field) {
      Validate.required(item.pricePerItem(), field + ".pricePerItem");
      Validate.check(item.pricePerItem().stripTrailingZeros().scale() <= 0,
          field + ".pricePerItem", "must be a whole number of rupiah");
      Validate.notBlank(item.description(), field + ".description");
      Validate.check(item.quantity() != null && item.quantity() >= 1, field + ".quantity",
          "must be at least 1");
    }
  }
}
