package io.github.paysdk.odeo.disbursement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeo.internal.OdeoApi;

/**
 * A bank account inquiry: checks that an account exists and, with validation, how well its holder's name
 * matches {@code customerName}. Odeo charges an inquiry fee.
 *
 * @param accountNumber the account number, digits only
 * @param bankId the bank id from {@link DisbursementService#getBanks()}
 * @param customerName the name to match against the bank's record
 * @param withValidation whether Odeo computes the name-match {@code validity}
 */
public record BankAccountInquiryRequest(
    String accountNumber, int bankId, String customerName, boolean withValidation) {

  /** Validates every field (see {@link Builder#build()}). */
  public BankAccountInquiryRequest {
    Validate.digits(accountNumber, "accountNumber");
    Validate.positive(bankId, "bankId");
    Validate.notBlank(customerName, "customerName");
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the wire body: account_number, bank_id, customer_name, with_validation (always sent) */
  ObjectNode toJson() {
    ObjectNode body = OdeoApi.object();
    body.put("account_number", accountNumber);
    body.put("bank_id", bankId);
    body.put("customer_name", customerName);
    body.put("with_validation", withValidation);
    return body;
  }

  /** Builds a {@link BankAccountInquiryRequest}. */
  public static final class Builder {
    private String accountNumber;
    private int bankId;
    private String customerName;
    private boolean withValidation;

    private Builder() {}

    /**
     * @param accountNumber the account number, digits only
     * @return this builder
     */
    public Builder accountNumber(String accountNumber) {
      this.accountNumber = accountNumber;
      return this;
    }

    /**
     * @param bankId the bank id from {@link DisbursementService#getBanks()}
     * @return this builder
     */
    public Builder bankId(int bankId) {
      this.bankId = bankId;
      return this;
    }

    /**
     * @param customerName the name to match against the bank's record
     * @return this builder
     */
    public Builder customerName(String customerName) {
      this.customerName = customerName;
      return this;
    }

    /**
     * @param withValidation whether to compute the name-match {@code validity} (default false)
     * @return this builder
     */
    public Builder withValidation(boolean withValidation) {
      this.withValidation = withValidation;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException if the account number is blank or not
     *     digits, the bank id is not positive, or the customer name is blank
     */
    public BankAccountInquiryRequest build() {
      return new BankAccountInquiryRequest(accountNumber, bankId, customerName, withValidation);
    }
  }
}
