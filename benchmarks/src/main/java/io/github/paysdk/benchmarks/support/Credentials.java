package io.github.paysdk.benchmarks.support;

/** Made-up credentials both the SDK and the raw baselines sign with. Not secrets. */
public final class Credentials {
  /** Odeo client id. */
  public static final String ODEO_CLIENT_ID = "bench-client-id";
  /** Odeo client secret. */
  public static final String ODEO_CLIENT_SECRET = "bench-client-secret";
  /** Odeo signing key. */
  public static final String ODEO_SIGNING_KEY = "bench-signing-key";
  /** OdeonPay public id. */
  public static final String ODEONPAY_PUBLIC_ID = "pbid_bench";
  /** OdeonPay API secret. */
  public static final String ODEONPAY_API_SECRET = "bench-api-secret";
  /** OdeonPay signature key. */
  public static final String ODEONPAY_SIGNATURE_KEY = "bench-signature-key";
  /** OY username. */
  public static final String OY_USERNAME = "bench-user";
  /** OY API key. */
  public static final String OY_API_KEY = "bench-oy-api-key";
  /** Odero API key. */
  public static final String ODERO_API_KEY = "bench-odero-api-key";
  /** Odero secret key. */
  public static final String ODERO_SECRET_KEY = "bench-odero-secret-key";
  /** MoMo disbursement subscription key. */
  public static final String MOMO_SUBSCRIPTION_KEY = "bench-subscription-key";
  /** MoMo API user (a UUID v4). */
  public static final String MOMO_API_USER = "6b6c3a0e-9f52-4a8a-9f3c-2d9a3f1c7e11";
  /** MoMo API key. */
  public static final String MOMO_API_KEY = "bench-momo-api-key";

  private Credentials() {}
}
