package io.github.paysdk.odeo.error;

/**
 * The {@code error_code} values Odeo documents, as they appear in
 * {@link io.github.paysdk.core.error.ApiException#providerCode()}. Any other code is still thrown, as the
 * core exception for the HTTP status (or a plain {@link io.github.paysdk.core.error.ApiException} when
 * the status is 2xx), carrying the code and message.
 */
public final class OdeoErrorCodes {
  /** General error: {@link OdeoGeneralException}. */
  public static final String GENERAL_ERROR = "10000";
  /** Input validation failed: {@link OdeoInputValidationException}. */
  public static final String INPUT_VALIDATION_ERROR = "10001";
  /** Resource not found: {@link OdeoResourceNotFoundException}. */
  public static final String RESOURCE_NOT_FOUND = "20002";
  /** Unsupported or invalid bank id: {@link OdeoInvalidBankException}. */
  public static final String INVALID_BANK = "40002";
  /** Insufficient balance: {@link OdeoInsufficientBalanceException}. */
  public static final String INSUFFICIENT_BALANCE = "40011";

  private OdeoErrorCodes() {}
}
