package io.github.paysdk.momo.remittance;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.github.paysdk.momo.model.Party;
import io.github.paysdk.momo.model.Reason;
import io.github.paysdk.momo.model.StatusResult;
import io.github.paysdk.momo.model.TransactionStatus;
import java.math.BigDecimal;

/**
 * The status of a cash transfer: the request echoed, plus status, reason and financial transaction id.
 * The originating country is read from {@code orginatingCountry} (MTN's spelling) or
 * {@code originatingCountry}.
 *
 * @param amount the amount
 * @param currency the currency
 * @param financialTransactionId MTN's transaction id, when present
 * @param externalId your reference
 * @param payee who receives
 * @param originatingCountry the originating country
 * @param originalAmount the amount sent
 * @param originalCurrency the currency sent
 * @param payerMessage the payer message
 * @param payeeNote the payee note
 * @param status the status
 * @param reason why it failed, or null
 */
public record CashTransferResult(
    BigDecimal amount,
    String currency,
    String financialTransactionId,
    String externalId,
    Party payee,
    @JsonAlias({"orginatingCountry", "originatingCountry"}) String originatingCountry,
    BigDecimal originalAmount,
    String originalCurrency,
    String payerMessage,
    String payeeNote,
    TransactionStatus status,
    Reason reason) implements StatusResult {

  /** Replaces a missing status with {@link TransactionStatus#UNKNOWN}. */
  public CashTransferResult {
    status = status == null ? TransactionStatus.UNKNOWN : status;
  }
}
