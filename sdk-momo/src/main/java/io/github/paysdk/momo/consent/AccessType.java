package io.github.paysdk.momo.consent;

import java.util.Locale;

/** Whether a consent is for one use ({@code online}) or lasting with a refresh token ({@code offline}). */
public enum AccessType {
  /** One-time consent. */
  ONLINE,
  /** Lasting consent; pair with {@code consentValidIn}. */
  OFFLINE;

  /** @return the wire value, {@code online} or {@code offline} */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
