package io.github.paysdk.momo.model;

/**
 * The reason codes MTN documents, in {@code reason} of FAILED results and in {@code code} of error bodies.
 * {@link #of(String)} maps unknown values to {@link #UNKNOWN}; the raw text stays in {@link Reason#code()}.
 */
public enum ReasonCode {
  /** The payee is not registered. */
  PAYEE_NOT_FOUND,
  /** The payer is not registered (MSISDN must include the country code). */
  PAYER_NOT_FOUND,
  /** Not permitted, or the partner account is blocked. */
  NOT_ALLOWED,
  /** {@code X-Target-Environment} is wrong for these credentials. */
  NOT_ALLOWED_TARGET_ENVIRONMENT,
  /** The callback host differs from the API user's {@code providerCallbackHost}; nothing was created. */
  INVALID_CALLBACK_URL_HOST,
  /** The currency is not supported (the sandbox takes EUR only). */
  INVALID_CURRENCY,
  /** Temporarily unavailable: retry with the same reference id. */
  SERVICE_UNAVAILABLE,
  /** Generic failure, often insufficient funds or an unreachable wallet platform. */
  INTERNAL_PROCESSING_ERROR,
  /** The payer (collection) or the merchant float (disbursement) lacks funds. */
  NOT_ENOUGH_FUNDS,
  /** The payer's wallet limit is reached. */
  PAYER_LIMIT_REACHED,
  /** The payee's wallet limit is reached. */
  PAYEE_LIMIT_REACHED,
  /** The payee cannot receive (inactive or limited wallet). */
  PAYEE_NOT_ALLOWED_TO_RECEIVE,
  /** The payment was not approved. */
  PAYMENT_NOT_APPROVED,
  /** The reference id or account holder does not exist. */
  RESOURCE_NOT_FOUND,
  /** The payer rejected the request. */
  APPROVAL_REJECTED,
  /** The payer did not approve in time. */
  EXPIRED,
  /** Cancelled ({@code TRANSACTION_CANCELED.} with a trailing dot is read as this too). */
  TRANSACTION_CANCELED,
  /** The {@code X-Reference-Id} was used before. */
  RESOURCE_ALREADY_EXIST,
  /** The transaction did not complete. */
  TRANSACTION_NOT_COMPLETED,
  /** The transaction was not found. */
  TRANSACTION_NOT_FOUND,
  /** The debit was not approved within 5 minutes. */
  COULD_NOT_PERFORM_TRANSACTION,
  /** The payer or merchant wallet is not active. */
  SENDER_ACCOUNT_NOT_ACTIVE,
  /** Bad data: types, decimals, empty fields, lengths, currency, messages. */
  VALIDATION_ERROR,
  /** Unknown aggregator transfer type. */
  TRANSFER_TYPE_UNKNOWN,
  /** Consent: informational scope instruction. */
  INFORMATIONAL_SCOPE_INSTRUCTION,
  /** Consent: scope instruction missing. */
  MISSING_SCOPE_INSTRUCTION,
  /** Consent: more than one financial scope. */
  MORE_THAN_ONE_FINANCIAL_SCOPE_NOT_SUPPORTED,
  /** Consent: unsupported scope combination. */
  UNSUPPORTED_SCOPE_COMBINATION,
  /** Consent: mismatch. */
  CONSENT_MISMATCH,
  /** Consent: unsupported scope. */
  UNSUPPORTED_SCOPE,
  /** Consent: not found. */
  NOT_FOUND,
  /** A code this SDK version does not know. */
  UNKNOWN;

  /**
   * @param code a code as sent, may be null
   * @return its constant, or {@link #UNKNOWN} (also for null)
   */
  public static ReasonCode of(String code) {
    if (code == null) {
      return UNKNOWN;
    }
    String trimmed = code.trim();
    if (trimmed.endsWith(".")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    for (ReasonCode value : values()) {
      if (value.name().equals(trimmed)) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
