package io.github.paysdk.oy.disbursement;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.oy.internal.OyValidation;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The body of {@code POST /api/remit}. {@code partnerTrxId} is your unique id for this disbursement:
 * keep it, reuse it on every retry, and look the disbursement up by it.
 *
 * @param recipientBank the beneficiary's bank or e-wallet code (e.g. {@code "014"}, {@code "ovo"})
 * @param recipientAccount the beneficiary account number, digits only
 * @param amount the amount in whole rupiah (min 10,000 to a bank, 100 to an e-wallet)
 * @param note a note for the transaction, or null
 * @param partnerTrxId your unique disbursement id
 * @param email up to five addresses separated by spaces for the invoice notification, or null
 * @param childBalance the child account whose balance pays (Multi Account Management), or null
 */
public record CreateDisbursementRequest(
    String recipientBank,
    String recipientAccount,
    long amount,
    String note,
    String partnerTrxId,
    String email,
    String childBalance) {

  /** The minimum amount to a bank account. */
  public static final long MIN_BANK_AMOUNT = 10_000;
  /** The minimum amount to an e-wallet (OY's current docs). */
  public static final long MIN_EWALLET_AMOUNT = 100;
  private static final Set<String> EWALLETS = Set.of("ovo", "dana", "linkaja", "gopay", "shopeepay");

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateDisbursementRequest}, checking every field. */
  public static final class Builder {
    private String recipientBank;
    private String recipientAccount;
    private BigDecimal amount;
    private String note;
    private String partnerTrxId;
    private String email;
    private String childBalance;

    private Builder() {}

    /** @param value bank or e-wallet code, see {@link DisbursementBanks} @return this builder */
    public Builder recipientBank(String value) {
      this.recipientBank = value;
      return this;
    }

    /** @param value the account number, digits only @return this builder */
    public Builder recipientAccount(String value) {
      this.recipientAccount = value;
      return this;
    }

    /** @param value whole rupiah @return this builder */
    public Builder amount(long value) {
      this.amount = BigDecimal.valueOf(value);
      return this;
    }

    /** @param value whole rupiah (a fraction is rejected) @return this builder */
    public Builder amount(BigDecimal value) {
      this.amount = value;
      return this;
    }

    /** @param value a note, at most 255 characters @return this builder */
    public Builder note(String value) {
      this.note = value;
      return this;
    }

    /** @param value your unique id, at most 255 characters @return this builder */
    public Builder partnerTrxId(String value) {
      this.partnerTrxId = value;
      return this;
    }

    /** @param value up to five addresses separated by spaces @return this builder */
    public Builder email(String value) {
      this.email = value;
      return this;
    }

    /** @param value the child username (Multi Account Management) @return this builder */
    public Builder childBalance(String value) {
      this.childBalance = value;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
     */
    public CreateDisbursementRequest build() {
      OyValidation.bankCode(recipientBank, "recipientBank");
      OyValidation.accountNumber(recipientAccount, "recipientAccount");
      long min = EWALLETS.contains(recipientBank) ? MIN_EWALLET_AMOUNT : MIN_BANK_AMOUNT;
      long rupiah = OyValidation.wholeRupiah(amount, min, "amount");
      Validate.maxLength(note, 255, "note");
      OyValidation.requiredText(partnerTrxId, 255, "partnerTrxId");
      OyValidation.emails(email, "\\s+", 5, "email");
      Validate.maxLength(childBalance, 255, "childBalance");
      return new CreateDisbursementRequest(recipientBank, recipientAccount, rupiah, note,
          partnerTrxId, email, childBalance);
    }
  }
}
