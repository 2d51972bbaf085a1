package io.github.paysdk.odeonpay.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code data} object: details of the payer (charge, links, checkout) or of the recipient (payouts).
 * Each endpoint uses a subset; unset fields are not sent. Values are passed through untouched (the doc's
 * own examples use {@code "UK"} as a country code). {@link #toString()} names the fields set, not their
 * values.
 *
 * @param personId the person's id at the payment method (account, UPI VPA, wallet number)
 * @param firstName first name
 * @param lastName last name
 * @param countryCode country code
 * @param state state or region
 * @param city city
 * @param address street address
 * @param postcode postal code
 * @param phone phone number
 * @param birthDate date of birth, sent as {@code YYYY-MM-DD}
 * @param documentId identity document number (e.g. a 13-character CNIC for EasyPaisa/JazzCash)
 * @param paymentTypeId the APM payment type id (see {@code ApmPaymentType})
 * @param ifsc Indian bank branch code (IFSC)
 * @param bankAccountNumber bank account number or IBAN
 * @param bankName bank name
 * @param bankAccountHolder bank account holder's name
 */
public record PayerData(
    String personId,
    String firstName,
    String lastName,
    String countryCode,
    String state,
    String city,
    String address,
    String postcode,
    String phone,
    LocalDate birthDate,
    String documentId,
    Integer paymentTypeId,
    String ifsc,
    String bankAccountNumber,
    String bankName,
    String bankAccountHolder) {

  /** @return an empty builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    List<String> set = new ArrayList<>();
    Object[] values = {personId, firstName, lastName, countryCode, state, city, address, postcode, phone,
        birthDate, documentId, paymentTypeId, ifsc, bankAccountNumber, bankName, bankAccountHolder};
    String[] names = {"personId", "firstName", "lastName", "countryCode", "state", "city", "address",
        "postcode", "phone", "birthDate", "documentId", "paymentTypeId", "ifsc", "bankAccountNumber",
        "bankName", "bankAccountHolder"};
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        set.add(names[i]);
      }
    }
    return "PayerData" + set;
  }

  /** Builds {@link PayerData}; every field is optional. */
  public static final class Builder {
    private String personId;
    private String firstName;
    private String lastName;
    private String countryCode;
    private String state;
    private String city;
    private String address;
    private String postcode;
    private String phone;
    private LocalDate birthDate;
    private String documentId;
    private Integer paymentTypeId;
    private String ifsc;
    private String bankAccountNumber;
    private String bankName;
    private String bankAccountHolder;

    private Builder() {}

    /**
     * @param value the person's id at the payment method
     * @return this builder
     */
    public Builder personId(String value) {
      this.personId = value;
      return this;
    }

    /**
     * @param value first name
     * @return this builder
     */
    public Builder firstName(String value) {
      this.firstName = value;
      return this;
    }

    /**
     * @param value last name
     * @return this builder
     */
    public Builder lastName(String value) {
      this.lastName = value;
      return this;
    }

    /**
     * @param value country code, passed through untouched
     * @return this builder
     */
    public Builder countryCode(String value) {
      this.countryCode = value;
      return this;
    }

    /**
     * @param value state or region
     * @return this builder
     */
    public Builder state(String value) {
      this.state = value;
      return this;
    }

    /**
     * @param value city
     * @return this builder
     */
    public Builder city(String value) {
      this.city = value;
      return this;
    }

    /**
     * @param value street address
     * @return this builder
     */
    public Builder address(String value) {
      this.address = value;
      return this;
    }

    /**
     * @param value postal code
     * @return this builder
     */
    public Builder postcode(String value) {
      this.postcode = value;
      return this;
    }

    /**
     * @param value phone number
     * @return this builder
     */
    public Builder phone(String value) {
      this.phone = value;
      return this;
    }

    /**
     * @param value date of birth
     * @return this builder
     */
    public Builder birthDate(LocalDate value) {
      this.birthDate = value;
      return this;
    }

    /**
     * @param value identity document number
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * @param value an APM payment type id, including ids newer than this SDK
     * @return this builder
     */
    public Builder paymentTypeId(int value) {
      this.paymentTypeId = value;
      return this;
    }

    /**
     * @param value IFSC code
     * @return this builder
     */
    public Builder ifsc(String value) {
      this.ifsc = value;
      return this;
    }

    /**
     * @param value bank account number or IBAN
     * @return this builder
     */
    public Builder bankAccountNumber(String value) {
      this.bankAccountNumber = value;
      return this;
    }

    /**
     * @param value bank name
     * @return this builder
     */
    public Builder bankName(String value) {
      this.bankName = value;
      return this;
    }

    /**
     * @param value bank account holder
     * @return this builder
     */
    public Builder bankAccountHolder(String value) {
      this.bankAccountHolder = value;
      return this;
    }

    /** @return the data */
    public PayerData build() {
      return new PayerData(personId, firstName, lastName, countryCode, state, city, address, postcode,
          phone, birthDate, documentId, paymentTypeId, ifsc, bankAccountNumber, bankName,
          bankAccountHolder);
    }
  }
}
