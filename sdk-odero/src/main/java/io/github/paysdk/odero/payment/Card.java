package io.github.paysdk.odero.payment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.paysdk.core.error.ValidationException;
import io.github.paysdk.core.logging.Redactor;
import io.github.paysdk.core.validation.Digits;
import io.github.paysdk.core.validation.Validate;

/**
 * The card to charge: either a new card (holder name, number, expiry, CVC) or a stored card
 * ({@code cardUserKey} + {@code cardToken}). {@link #toString()} never shows the number or the CVC.
 *
 * @param cardHolderName the name on the card
 * @param cardNumber the card number (digits only)
 * @param expireYear the four-digit expiry year, e.g. {@code "2044"}
 * @param expireMonth the two-digit expiry month, e.g. {@code "07"}
 * @param cvc the card security code
 * @param cardAlias a name for the card when storing it
 * @param cardUserKey the stored card's user key
 * @param cardToken the stored card's token
 * @param storeCardAfterSuccessPayment whether to store the card once the payment succeeds
 */
public record Card(
    String cardHolderName,
    String cardNumber,
    String expireYear,
    String expireMonth,
    String cvc,
    String cardAlias,
    String cardUserKey,
    String cardToken,
    Boolean storeCardAfterSuccessPayment) {


  /**
   * Checks every field, however the value is built.
   *
   * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
   */
  public Card {
    if (cardToken != null) {
      Validate.notBlank(cardToken, "card.cardToken");
      Validate.notBlank(cardUserKey, "card.cardUserKey");
      check(cardNumber == null, "card.cardNumber", "must not be set together with cardToken");
      if (cvc != null) {
        check(Digits.only(cvc, 3, 4), "card.cvc", "must be 3 or 4 digits");
      }
    } else {
      Validate.notBlank(cardHolderName, "card.cardHolderName");
      Validate.required(cardNumber, "card.cardNumber");
      check(Digits.only(cardNumber, 12, 19), "card.cardNumber", "must be 12 to 19 digits");
      Validate.required(expireYear, "card.expireYear");
      check(Digits.only(expireYear, 4, 4), "card.expireYear", "must be 4 digits, e.g. 2044");
      Validate.required(expireMonth, "card.expireMonth");
      check(isMonth(expireMonth), "card.expireMonth", "must be 01 to 12");
      Validate.required(cvc, "card.cvc");
      check(Digits.only(cvc, 3, 4), "card.cvc", "must be 3 or 4 digits");
    }
  }

  /** Same as matching {@code 0[1-9]|1[0-2]}: a two-digit month. */
  static boolean isMonth(String text) {
    if (!Digits.only(text, 2, 2)) {
      return false;
    }
    int month = (text.charAt(0) - '0') * 10 + (text.charAt(1) - '0');
    return month >= 1 && month <= 12;
  }

  private static void check(boolean ok, String field, String rule) {
    if (!ok) {
      throw new ValidationException(field, rule);
    }
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param cardUserKey the stored card's user key
   * @param cardToken the stored card's token
   * @return a stored card to charge
   */
  public static Card stored(String cardUserKey, String cardToken) {
    return builder().cardUserKey(cardUserKey).cardToken(cardToken).build();
  }

  /** @return whether this is a stored card (token) rather than a new card number */
  @JsonIgnore
  public boolean isStored() {
    return cardToken != null;
  }

  /** @return the card without its number and CVC: first six and last four digits at most */
  @Override
  public String toString() {
    return "Card{" + (isStored() ? "stored, cardUserKey=" + cardUserKey : "number="
        + Redactor.maskCardNumber(cardNumber) + ", expiry=" + expireMonth + "/" + expireYear
        + ", cvc=***") + "}";
  }

  /** Builds a {@link Card}; {@link #build()} checks the fields. */
  public static final class Builder {
    private String cardHolderName;
    private String cardNumber;
    private String expireYear;
    private String expireMonth;
    private String cvc;
    private String cardAlias;
    private String cardUserKey;
    private String cardToken;
    private Boolean storeCardAfterSuccessPayment;

    private Builder() {}

    /** @param name the name on the card @return this builder */
    public Builder cardHolderName(String name) {
      this.cardHolderName = name;
      return this;
    }

    /** @param number the card number, digits only @return this builder */
    public Builder cardNumber(String number) {
      this.cardNumber = number;
      return this;
    }

    /** @param year the four-digit expiry year @return this builder */
    public Builder expireYear(String year) {
      this.expireYear = year;
      return this;
    }

    /** @param month the two-digit expiry month, 01-12 @return this builder */
    public Builder expireMonth(String month) {
      this.expireMonth = month;
      return this;
    }

    /** @param cvc the security code, 3 or 4 digits @return this builder */
    public Builder cvc(String cvc) {
      this.cvc = cvc;
      return this;
    }

    /** @param alias a name for the card when storing it @return this builder */
    public Builder cardAlias(String alias) {
      this.cardAlias = alias;
      return this;
    }

    /** @param key the stored card's user key @return this builder */
    public Builder cardUserKey(String key) {
      this.cardUserKey = key;
      return this;
    }

    /** @param token the stored card's token @return this builder */
    public Builder cardToken(String token) {
      this.cardToken = token;
      return this;
    }

    /** @param store whether to store the card after a successful payment @return this builder */
    public Builder storeCardAfterSuccessPayment(Boolean store) {
      this.storeCardAfterSuccessPayment = store;
      return this;
    }

    /**
     * @return the card
     * @throws ValidationException naming the first bad field (never its value)
     */
    public Card build() {
      return new Card(cardHolderName, cardNumber, expireYear, expireMonth, cvc, cardAlias, cardUserKey,
          cardToken, storeCardAfterSuccessPayment);
    }
  }
}
