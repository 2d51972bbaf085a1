package io.github.paysdk.oy.checkout;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.oy.internal.OyDates;
import io.github.paysdk.oy.internal.OyValidation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The body of {@code POST /api/payment-checkout/create-v2}. Note OY's spelling {@code partner_tx_id}
 * (not {@code trx}). {@code expiration} is sent as {@code yyyy-MM-dd HH:mm:ss} in WIB.
 *
 * @param partnerTxId your id, letters and digits; required for a closed amount (OY generates one if null)
 * @param childBalance the child account the payment goes to (Multi Account Management), or null
 * @param description a description: letters, digits and spaces
 * @param notes notes: letters, digits and spaces
 * @param senderName the payer's name: letters and spaces (required)
 * @param amount the amount in whole rupiah, at least 10,000
 * @param email up to three addresses separated by {@code ;}
 * @param phoneNumber the payer's phone number, digits only
 * @param isOpen whether the payer may pay any amount up to {@code amount}
 * @param includeAdminFee whether OY's fee is added to the amount
 * @param listDisabledPaymentMethods comma-separated methods to switch off ("" enables all)
 * @param listEnabledBanks comma-separated bank codes for bank transfer ("" for OY's default)
 * @param listEnabledEwallet comma-separated e-wallets ("" for OY's default)
 * @param expiration when the link expires, WIB text; null for OY's 24 hours
 * @param vaDisplayName the name shown on the VA: letters, digits and spaces
 */
public record CreatePaymentLinkRequest(
    String partnerTxId,
    String childBalance,
    String description,
    String notes,
    String senderName,
    long amount,
    String email,
    String phoneNumber,
    boolean isOpen,
    boolean includeAdminFee,
    String listDisabledPaymentMethods,
    String listEnabledBanks,
    String listEnabledEwallet,
    String expiration,
    String vaDisplayName) {

  /** The minimum amount (BCA unique code needs 11,000 and cards 15,000; OY checks those). */
  public static final long MIN_AMOUNT = 10_000;
  /** The bank codes a payment link may enable. */
  public static final Set<String> ELIGIBLE_BANKS =
      Set.of("002", "008", "009", "011", "013", "014", "016", "022", "213", "451", "484");
  /** The e-wallets a payment link may enable. */
  public static final Set<String> ELIGIBLE_EWALLETS =
      Set.of("shopeepay_ewallet", "dana_ewallet", "linkaja_ewallet", "ovo_ewallet");

  static final Pattern NAME = Pattern.compile("[A-Za-z ]*[A-Za-z][A-Za-z ]*");
  static final Pattern ALNUM_SPACE = Pattern.compile("[A-Za-z0-9 ]*");
  static final Pattern DIGITS = Pattern.compile("[0-9]+");

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreatePaymentLinkRequest}, checking every documented rule. */
  public static final class Builder {
    private String partnerTxId;
    private String childBalance;
    private String description;
    private String notes;
    private String senderName;
    private Long amount;
    private String email;
    private String phoneNumber;
    private Boolean isOpen;
    private boolean includeAdminFee;
    private final Set<DisabledPaymentMethod> disabled = EnumSet.noneOf(DisabledPaymentMethod.class);
    private final List<String> banks = new ArrayList<>();
    private final List<String> ewallets = new ArrayList<>();
    private Instant expiration;
    private String vaDisplayName;

    private Builder() {}

    /** @param value your id, letters and digits @return this builder */
    public Builder partnerTxId(String value) {
      this.partnerTxId = value;
      return this;
    }

    /** @param value the child username @return this builder */
    public Builder childBalance(String value) {
      this.childBalance = value;
      return this;
    }

    /** @param value letters, digits and spaces @return this builder */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /** @param value letters, digits and spaces @return this builder */
    public Builder notes(String value) {
      this.notes = value;
      return this;
    }

    /** @param value the payer's name: letters and spaces @return this builder */
    public Builder senderName(String value) {
      this.senderName = value;
      return this;
    }

    /** @param value whole rupiah, at least 10,000 @return this builder */
    public Builder amount(long value) {
      this.amount = value;
      return this;
    }

    /** @param value up to three addresses separated by ';' @return this builder */
    public Builder email(String value) {
      this.email = value;
      return this;
    }

    /** @param value digits only (no '+') @return this builder */
    public Builder phoneNumber(String value) {
      this.phoneNumber = value;
      return this;
    }

    /** @param value whether any amount up to {@code amount} is accepted @return this builder */
    public Builder open(boolean value) {
      this.isOpen = value;
      return this;
    }

    /** @param value whether OY's fee is added to the amount @return this builder */
    public Builder includeAdminFee(boolean value) {
      this.includeAdminFee = value;
      return this;
    }

    /** @param methods methods to switch off (at least one must stay on) @return this builder */
    public Builder disablePaymentMethods(DisabledPaymentMethod... methods) {
      disabled.addAll(List.of(methods));
      return this;
    }

    /** @param codes bank codes for bank transfer, see {@link #ELIGIBLE_BANKS} @return this builder */
    public Builder enabledBanks(String... codes) {
      banks.addAll(List.of(codes));
      return this;
    }

    /** @param codes e-wallets, see {@link #ELIGIBLE_EWALLETS} @return this builder */
    public Builder enabledEwallets(String... codes) {
      ewallets.addAll(List.of(codes));
      return this;
    }

    /** @param value when the link expires (sent in WIB) @return this builder */
    public Builder expiration(Instant value) {
      this.expiration = value;
      return this;
    }

    /** @param value letters, digits and spaces @return this builder */
    public Builder vaDisplayName(String value) {
      this.vaDisplayName = value;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
     */
    public CreatePaymentLinkRequest build() {
      Validate.required(isOpen, "isOpen");
      OyValidation.alphanumeric(partnerTxId, "partnerTxId");
      if (!isOpen) {
        Validate.notBlank(partnerTxId, "partnerTxId");
      }
      Validate.maxLength(childBalance, 255, "childBalance");
      Validate.check(description == null || ALNUM_SPACE.matcher(description).matches(),
          "description", "must contain only letters, digits and spaces");
      Validate.check(notes == null || ALNUM_SPACE.matcher(notes).matches(),
          "notes", "must contain only letters, digits and spaces");
      Validate.matches(senderName, NAME, "must contain only letters and spaces", "senderName");
      Validate.required(amount, "amount");
      Validate.check(amount >= MIN_AMOUNT, "amount", "must be at least " + MIN_AMOUNT);
      OyValidation.emails(email, ";", 3, "email");
      Validate.check(phoneNumber == null || DIGITS.matcher(phoneNumber).matches(), "phoneNumber",
          "must contain only digits (no '+')");
      Validate.check(disabled.size() < DisabledPaymentMethod.values().length,
          "disabledPaymentMethods", "must leave at least one payment method enabled");
      for (String bank : banks) {
        Validate.check(ELIGIBLE_BANKS.contains(bank), "enabledBanks",
            "must hold only eligible bank codes, not \"" + bank + "\"");
      }
      for (String ewallet : ewallets) {
        Validate.check(ELIGIBLE_EWALLETS.contains(ewallet), "enabledEwallets",
            "must hold only eligible e-wallets, not \"" + ewallet + "\"");
      }
      Validate.check(vaDisplayName == null || ALNUM_SPACE.matcher(vaDisplayName).matches(),
          "vaDisplayName", "must contain only letters, digits and spaces");
      return new CreatePaymentLinkRequest(partnerTxId, childBalance, description, notes,
          senderName, amount, email, phoneNumber, isOpen, includeAdminFee,
          disabled.stream().map(Enum::name).collect(Collectors.joining(",")),
          String.join(",", banks), String.join(",", ewallets), OyDates.formatWib(expiration),
          vaDisplayName);
    }
  }
}
