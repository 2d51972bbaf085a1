package io.github.paysdk.odero.reporting;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odero.internal.OderoRules;
import io.github.paysdk.odero.model.ConnectorType;
import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.PaymentStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Filters for {@link PaymentReportingService#searchPayments}. Every filter is optional; unset ones are not
 * sent. When paymentIds, paymentTransactionIds or conversationId is given, the platform ignores the
 * created-date range.
 *
 * @param page the page, from 0 (default 0)
 * @param size the page size (default 10)
 * @param paymentIds payment ids
 * @param paymentTransactionIds payment transaction ids
 * @param subMerchantIds sub-merchant ids
 * @param itemExternalIds basket items' external ids
 * @param paymentStatus the payment status
 * @param connectorType the connector
 * @param currency the currency
 * @param binNumber the card's first digits
 * @param lastFourDigits the card's last four digits
 * @param minPrice the smallest basket total
 * @param minPaidPrice the smallest paid amount
 * @param maxPrice the largest basket total
 * @param maxPaidPrice the largest paid amount
 * @param installment the installment count
 * @param conversationId the merchant's conversationId
 * @param threeDS whether 3-D Secure was used (sent as {@code isThreeDS})
 * @param minCreatedDate created at or after (platform local time)
 * @param maxCreatedDate created at or before (platform local time)
 */
public record SearchPaymentsRequest(
    int page,
    int size,
    Set<Long> paymentIds,
    Set<Long> paymentTransactionIds,
    Set<Long> subMerchantIds,
    Set<String> itemExternalIds,
    PaymentStatus paymentStatus,
    ConnectorType connectorType,
    Currency currency,
    String binNumber,
    String lastFourDigits,
    BigDecimal minPrice,
    BigDecimal minPaidPrice,
    BigDecimal maxPrice,
    BigDecimal maxPaidPrice,
    Integer installment,
    String conversationId,
    Boolean threeDS,
    LocalDateTime minCreatedDate,
    LocalDateTime maxCreatedDate) {

  /**
   * Checks every field, however the request is built.
   *
   * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
   */
  public SearchPaymentsRequest {
    paymentIds = ordered(paymentIds);
    paymentTransactionIds = ordered(paymentTransactionIds);
    subMerchantIds = ordered(subMerchantIds);
    itemExternalIds = ordered(itemExternalIds);
    Validate.check(page >= 0, "page", "must not be negative");
    Validate.check(!paymentIds.contains(null), "paymentIds", "must not contain null");
    Validate.check(!paymentTransactionIds.contains(null), "paymentTransactionIds", "must not contain null");
    Validate.check(!subMerchantIds.contains(null), "subMerchantIds", "must not contain null");
    Validate.check(!itemExternalIds.contains(null), "itemExternalIds", "must not contain null");
    Validate.positive(size, "size");
    OderoRules.knownOrNull(paymentStatus, "paymentStatus");
    OderoRules.knownOrNull(connectorType, "connectorType");
    OderoRules.knownOrNull(currency, "currency");
    OderoRules.bin(binNumber, "binNumber");
    OderoRules.lastFour(lastFourDigits, "lastFourDigits");
    OderoRules.notNegative(minPrice, "minPrice");
    OderoRules.notNegative(minPaidPrice, "minPaidPrice");
    OderoRules.notNegative(maxPrice, "maxPrice");
    OderoRules.notNegative(maxPaidPrice, "maxPaidPrice");
    OderoRules.installment(installment, "installment");
    Validate.check(minCreatedDate == null || maxCreatedDate == null
        || !minCreatedDate.isAfter(maxCreatedDate), "minCreatedDate", "must not be after maxCreatedDate");
  }

  /** @return a builder with page 0 and size 10 */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param page another page number
   * @return the same filters for that page
   */
  public SearchPaymentsRequest withPage(int page) {
    return new SearchPaymentsRequest(page, size, paymentIds, paymentTransactionIds, subMerchantIds,
        itemExternalIds, paymentStatus, connectorType, currency, binNumber, lastFourDigits, minPrice,
        minPaidPrice, maxPrice, maxPaidPrice, installment, conversationId, threeDS, minCreatedDate,
        maxCreatedDate);
  }

  private static <T> Set<T> ordered(Set<T> values) {
    return values == null ? Collections.emptySet() : Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }

  /** Builds a {@link SearchPaymentsRequest}; {@link #build()} checks the values. */
  public static final class Builder {
    private int page;
    private int size = 10;
    private final Set<Long> paymentIds = new LinkedHashSet<>();
    private final Set<Long> paymentTransactionIds = new LinkedHashSet<>();
    private final Set<Long> subMerchantIds = new LinkedHashSet<>();
    private final Set<String> itemExternalIds = new LinkedHashSet<>();
    private PaymentStatus paymentStatus;
    private ConnectorType connectorType;
    private Currency currency;
    private String binNumber;
    private String lastFourDigits;
    private BigDecimal minPrice;
    private BigDecimal minPaidPrice;
    private BigDecimal maxPrice;
    private BigDecimal maxPaidPrice;
    private Integer installment;
    private String conversationId;
    private Boolean threeDS;
    private LocalDateTime minCreatedDate;
    private LocalDateTime maxCreatedDate;

    private Builder() {}

    /** @param page the first page to fetch, from 0 @return this builder */
    public Builder page(int page) {
      this.page = page;
      return this;
    }

    /** @param size the page size @return this builder */
    public Builder size(int size) {
      this.size = size;
      return this;
    }

    /** @param ids payment ids to match @return this builder */
    public Builder paymentIds(Long... ids) {
      paymentIds.addAll(Arrays.asList(ids));
      return this;
    }

    /** @param ids payment transaction ids to match @return this builder */
    public Builder paymentTransactionIds(Long... ids) {
      paymentTransactionIds.addAll(Arrays.asList(ids));
      return this;
    }

    /** @param ids sub-merchant ids to match @return this builder */
    public Builder subMerchantIds(Long... ids) {
      subMerchantIds.addAll(Arrays.asList(ids));
      return this;
    }

    /** @param ids basket items' external ids to match @return this builder */
    public Builder itemExternalIds(String... ids) {
      itemExternalIds.addAll(Arrays.asList(ids));
      return this;
    }

    /** @param status the payment status @return this builder */
    public Builder paymentStatus(PaymentStatus status) {
      this.paymentStatus = status;
      return this;
    }

    /** @param type the connector @return this builder */
    public Builder connectorType(ConnectorType type) {
      this.connectorType = type;
      return this;
    }

    /** @param currency the currency @return this builder */
    public Builder currency(Currency currency) {
      this.currency = currency;
      return this;
    }

    /** @param bin the card's first 6 to 8 digits @return this builder */
    public Builder binNumber(String bin) {
      this.binNumber = bin;
      return this;
    }

    /** @param digits the card's last four digits @return this builder */
    public Builder lastFourDigits(String digits) {
      this.lastFourDigits = digits;
      return this;
    }

    /** @param price the smallest basket total @return this builder */
    public Builder minPrice(BigDecimal price) {
      this.minPrice = price;
      return this;
    }

    /** @param price the smallest paid amount @return this builder */
    public Builder minPaidPrice(BigDecimal price) {
      this.minPaidPrice = price;
      return this;
    }

    /** @param price the largest basket total @return this builder */
    public Builder maxPrice(BigDecimal price) {
      this.maxPrice = price;
      return this;
    }

    /** @param price the largest paid amount @return this builder */
    public Builder maxPaidPrice(BigDecimal price) {
      this.maxPaidPrice = price;
      return this;
    }

    /** @param installment the installment count @return this builder */
    public Builder installment(Integer installment) {
      this.installment = installment;
      return this;
    }

    /** @param conversationId the merchant's conversationId @return this builder */
    public Builder conversationId(String conversationId) {
      this.conversationId = conversationId;
      return this;
    }

    /** @param threeDS whether 3-D Secure was used @return this builder */
    public Builder threeDS(Boolean threeDS) {
      this.threeDS = threeDS;
      return this;
    }

    /** @param date created at or after (platform local time) @return this builder */
    public Builder minCreatedDate(LocalDateTime date) {
      this.minCreatedDate = date;
      return this;
    }

    /** @param date created at or before (platform local time) @return this builder */
    public Builder maxCreatedDate(LocalDateTime date) {
      this.maxCreatedDate = date;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
     */
    public SearchPaymentsRequest build() {
      return new SearchPaymentsRequest(page, size, paymentIds, paymentTransactionIds, subMerchantIds,
          itemExternalIds,
          paymentStatus, connectorType, currency, binNumber, lastFourDigits, minPrice, minPaidPrice,
          maxPrice, maxPaidPrice, installment, conversationId, threeDS, minCreatedDate, maxCreatedDate);
    }
  }
}
