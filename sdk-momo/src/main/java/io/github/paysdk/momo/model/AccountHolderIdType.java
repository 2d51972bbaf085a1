package io.github.paysdk.momo.model;

/** How an account holder is named in an account-holder or consent path. */
public enum AccountHolderIdType {
  /** A phone number ({@code msisdn} in paths, {@code MSISDN} in a consent login hint). */
  MSISDN("msisdn", "MSISDN"),
  /** An e-mail address. */
  EMAIL("email", "EMAIL"),
  /** A party code (older paths). */
  PARTY_CODE("party_code", "PARTY_CODE");

  private final String pathValue;
  private final String hintValue;

  AccountHolderIdType(String pathValue, String hintValue) {
    this.pathValue = pathValue;
    this.hintValue = hintValue;
  }

  /** @return the lower-case form used in paths, e.g. {@code msisdn} */
  public String pathValue() {
    return pathValue;
  }

  /** @return the upper-case form used in a consent {@code login_hint}, e.g. {@code MSISDN} */
  public String hintValue() {
    return hintValue;
  }
}
