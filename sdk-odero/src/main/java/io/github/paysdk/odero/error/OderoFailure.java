package io.github.paysdk.odero.error;

/**
 * Implemented by every exception built from an Odero error envelope, whatever core type it extends: gives
 * the platform's {@code errorCode}, {@code errorDescription} and {@code errorGroup}. Catch the core types
 * ({@code InvalidRequestException}, {@code InsufficientFundsException} ...) and read these where needed.
 */
public interface OderoFailure {
  /** @return the platform's {@code errors} object */
  OderoError oderoError();

  /** @return the platform's error code as sent */
  default String errorCode() {
    return oderoError().errorCode();
  }

  /** @return the platform's description */
  default String errorDescription() {
    return oderoError().errorDescription();
  }

  /** @return the payment error group, or null for errors that are not payment errors */
  default String errorGroup() {
    return oderoError().errorGroup();
  }
}
