package io.github.paysdk.odeo.disbursement;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeo.internal.OdeoValidation;
import io.github.paysdk.odeo.internal.PythonJson;

/**
 * A disbursement order: sends {@code amount} IDR from your balance to a bank account.
 *
 * @param accountNumber the destination account number, digits only
 * @param amount the amount in IDR, greater than 0
 * @param bankId the destination bank id from {@link DisbursementService#getBanks()}
 * @param customerName the receiver's name
 * @param referenceId your unique id for this order, from {@code [A-Za-z0-9._~-]}; look the order up by it
 * @param description an optional description, or null (then the field is not sent)
 */
public record CreateDisbursementRequest(
    String accountNumber,
    long amount,
    int bankId,
    String customerName,
    String referenceId,
    String description) {

  /** Validates every field (see {@link Builder#build()}). */
  public CreateDisbursementRequest {
    Validate.digits(accountNumber, "accountNumber");
    Validate.positive(amount, "amount");
    Validate.positive(bankId, "bankId");
    Validate.notBlank(customerName, "customerName");
    OdeoValidation.referenceId(referenceId, "referenceId");
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the wire body in Odeo's order; {@code description} only when given */
  byte[] toBody() {
    PythonJson.FlatObject body = PythonJson.object()
        .field("account_number", accountNumber)
        .field("amount", amount)
        .field("bank_id", bankId)
        .field("customer_name", customerName)
        .field("reference_id", referenceId);
    if (description != null) {
      body.field("description", description);
    }
    return body.bytes();
  }

  /** Builds a {@link CreateDisbursementRequest}. */
  public static final class Builder {
    private String accountNumber;
    private long amount;
    private int bankId;
    private String customerName;
    private String referenceId;
    private String description;

    private Builder() {}

    /**
     * @param accountNumber the destination account number, digits only
     * @return this builder
     */
    public Builder accountNumber(String accountNumber) {
      this.accountNumber = accountNumber;
      return this;
    }

    /**
     * @param amount the amount in IDR
     * @return this builder
     */
    public Builder amount(long amount) {
      this.amount = amount;
      return this;
    }

    /**
     * @param bankId the destination bank id
     * @return this builder
     */
    public Builder bankId(int bankId) {
      this.bankId = bankId;
      return this;
    }

    /**
     * @param customerName the receiver's name
     * @return this builder
     */
    public Builder customerName(String customerName) {
      this.customerName = customerName;
      return this;
    }

    /**
     * @param referenceId your unique id for this order
     * @return this builder
     */
    public Builder referenceId(String referenceId) {
      this.referenceId = referenceId;
      return this;
    }

    /**
     * @param description an optional description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException if the account number is not digits, the
     *     amount or bank id is not positive, the customer name is blank, or the reference id is blank or
     *     has characters outside {@code [A-Za-z0-9._~-]}
     */
    public CreateDisbursementRequest build() {
      return new CreateDisbursementRequest(
          accountNumber, amount, bankId, customerName, referenceId, description);
    }
  }
}
