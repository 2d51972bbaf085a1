package io.github.paysdk.oy.virtualaccount;

import java.util.Set;

/** The bank codes OY's VA Aggregator documents (BRI's code is printed as "O02" in the docs: it is 002). */
public final class VaBanks {
  /** BRI. */
  public static final String BRI = "002";
  /** Bank Mandiri. */
  public static final String MANDIRI = "008";
  /** BNI (closed amount only). */
  public static final String BNI = "009";
  /** Bank Danamon. */
  public static final String DANAMON = "011";
  /** Bank Permata / Permata Syariah. */
  public static final String PERMATA = "013";
  /** BCA. */
  public static final String BCA = "014";
  /** Maybank BII. */
  public static final String MAYBANK = "016";
  /** CIMB Niaga / CIMB Niaga Syariah. */
  public static final String CIMB = "022";
  /** BTPN (SMBC Indonesia). */
  public static final String BTPN = "213";
  /** Bank Syariah Indonesia (closed amount, no lifetime, at most 99,999 minutes). */
  public static final String BSI = "451";
  /** KEB Hana. */
  public static final String KEB_HANA = "484";

  /** Every documented VA bank code. */
  public static final Set<String> ALL =
      Set.of(BRI, MANDIRI, BNI, DANAMON, PERMATA, BCA, MAYBANK, CIMB, BTPN, BSI, KEB_HANA);

  private VaBanks() {}
}
