package io.github.paysdk.core.auth;

import java.util.Objects;

/**
 * A credential (API key, client secret, signing key). {@link #toString()} never shows it; call
 * {@link #reveal()} where the value is really needed.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * @param value the credential, not null
   * @return the secret
   */
  public static Secret of(String value) {
    return new Secret(Objects.requireNonNull(value, "secret"));
  }

  /** @return the credential itself; never log it */
  public String reveal() {
    return value;
  }

  /** @return true if the credential is empty or only white space */
  public boolean isBlank() {
    return value.isBlank();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** @return a fixed mask; never the value */
  @Override
  public String toString() {
    return "Secret[****]";
  }
}
