package io.github.paysdk.oy.receivable;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.oy.internal.OyValidation;
import java.util.regex.Pattern;

/**
 * The body to create ({@code POST}) or edit ({@code PUT}) a customer. Editing replaces every field and
 * needs {@code status}.
 *
 * @param name the customer's name (required)
 * @param partnerCustomerId your unique id for the customer
 * @param taxType the PPN treatment (required)
 * @param address the address
 * @param email up to six addresses separated by {@code ;}
 * @param picName the person in charge
 * @param phoneNumber digits only, no '+'
 * @param pphTax the PPh 23 treatment (required)
 * @param status ACTIVE or INACTIVE (editing only; INACTIVE needs no outstanding invoice)
 */
public record CustomerRequest(
    String name,
    String partnerCustomerId,
    TaxType taxType,
    String address,
    String email,
    String picName,
    String phoneNumber,
    PphTax pphTax,
    CustomerStatus status) {

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CustomerRequest}. */
  public static final class Builder {
    private String name;
    private String partnerCustomerId;
    private TaxType taxType;
    private String address;
    private String email;
    private String picName;
    private String phoneNumber;
    private PphTax pphTax;
    private CustomerStatus status;

    private Builder() {}

    /** @param value the customer's name @return this builder */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /** @param value your id for the customer @return this builder */
    public Builder partnerCustomerId(String value) {
      this.partnerCustomerId = value;
      return this;
    }

    /** @param value the PPN treatment @return this builder */
    public Builder taxType(TaxType value) {
      this.taxType = value;
      return this;
    }

    /** @param value the address @return this builder */
    public Builder address(String value) {
      this.address = value;
      return this;
    }

    /** @param value up to six addresses separated by ';' @return this builder */
    public Builder email(String value) {
      this.email = value;
      return this;
    }

    /** @param value the person in charge @return this builder */
    public Builder picName(String value) {
      this.picName = value;
      return this;
    }

    /** @param value digits only @return this builder */
    public Builder phoneNumber(String value) {
      this.phoneNumber = value;
      return this;
    }

    /** @param value the PPh 23 treatment @return this builder */
    public Builder pphTax(PphTax value) {
      this.pphTax = value;
      return this;
    }

    /** @param value ACTIVE or INACTIVE (editing only) @return this builder */
    public Builder status(CustomerStatus value) {
      this.status = value;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
     */
    public CustomerRequest build() {
      Validate.notBlank(name, "name");
      Validate.required(taxType, "taxType");
      Validate.check(taxType != TaxType.UNKNOWN, "taxType", "must be a documented tax type");
      Validate.required(pphTax, "pphTax");
      Validate.check(pphTax != PphTax.UNKNOWN, "pphTax", "must be a documented PPh tax");
      Validate.check(status != CustomerStatus.UNKNOWN, "status", "must be ACTIVE or INACTIVE");
      OyValidation.emails(email, ";", 6, "email");
      Validate.check(phoneNumber == null || DIGITS.matcher(phoneNumber).matches(), "phoneNumber",
          "must contain only digits (no '+')");
      return new CustomerRequest(name, partnerCustomerId, taxType, address, email, picName,
          phoneNumber, pphTax, status);
    }
  }
}
