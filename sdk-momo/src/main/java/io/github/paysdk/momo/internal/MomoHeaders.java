package io.github.paysdk.momo.internal;

/** Header names MoMo uses. */
public final class MomoHeaders {
  /** The product's subscription key, on every call. */
  public static final String SUBSCRIPTION_KEY = "Ocp-Apim-Subscription-Key";
  /** The target environment, on every product call except {@code /token/}. */
  public static final String TARGET_ENVIRONMENT = "X-Target-Environment";
  /** The caller-chosen UUID v4 of a resource-creating call. */
  public static final String REFERENCE_ID = "X-Reference-Id";
  /** Where MTN sends the callback. */
  public static final String CALLBACK_URL = "X-Callback-Url";

  private MomoHeaders() {}
}
