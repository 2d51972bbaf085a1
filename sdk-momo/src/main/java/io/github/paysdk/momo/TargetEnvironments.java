package io.github.paysdk.momo;

/**
 * Known values of the {@code X-Target-Environment} header. The header is an open string (MTN adds
 * markets), so {@link MomoClient.Builder#targetEnvironment(String)} takes any value; these are the
 * published ones.
 */
public final class TargetEnvironments {
  /** The only value the sandbox accepts. */
  public static final String SANDBOX = "sandbox";
  /** MTN Uganda (UGX). */
  public static final String UGANDA = "mtnuganda";
  /** MTN Ghana (GHS). */
  public static final String GHANA = "mtnghana";
  /** MTN Côte d'Ivoire (XOF). */
  public static final String IVORY_COAST = "mtnivorycoast";
  /** MTN Zambia (ZMW). */
  public static final String ZAMBIA = "mtnzambia";
  /** MTN Cameroon (XAF). */
  public static final String CAMEROON = "mtncameroon";
  /** MTN Benin (XOF). */
  public static final String BENIN = "mtnbenin";
  /** MTN Congo (XAF). */
  public static final String CONGO = "mtncongo";
  /** MTN Eswatini (SZL). */
  public static final String SWAZILAND = "mtnswaziland";
  /** MTN Guinea-Conakry (GNF). */
  public static final String GUINEA_CONAKRY = "mtnguineaconakry";
  /** MTN South Africa (ZAR). */
  public static final String SOUTH_AFRICA = "mtnsouthafrica";
  /** MTN Liberia (LRD). */
  public static final String LIBERIA = "mtnliberia";
  /** MTN South Sudan. */
  public static final String SOUTH_SUDAN = "mtnsouthsudan";
  /** MTN Nigeria. */
  public static final String NIGERIA = "mtnnigeria";
  /** MTN Rwanda (RWF). */
  public static final String RWANDA = "mtnrwanda";

  private TargetEnvironments() {}
}
