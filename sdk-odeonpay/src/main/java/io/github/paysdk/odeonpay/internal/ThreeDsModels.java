package io.github.paysdk.odeonpay.internal;

/** The two 3-D Secure payloads of a charge response. */
public final class ThreeDsModels {
  private ThreeDsModels() {}

  /**
   * {@code threeDsRedirectModel}.
   *
   * @param url where to redirect the payer
   * @param transactionId the transaction id
   * @param statusCode the status code (1)
   * @param status the status (AwaitingAuthentication)
   */
  public record Redirect(String url, Long transactionId, Integer statusCode, String status) {}

  /**
   * {@code threeDsModel}.
   *
   * @param transactionId the transaction id (MD)
   * @param method the form method
   * @param paReq the PaReq
   * @param acsUrl the ACS URL
   * @param statusCode the status code (1)
   * @param status the status (AwaitingAuthentication)
   */
  public record Acs(Long transactionId, String method, String paReq, String acsUrl, Integer statusCode,
      String status) {
    @Override
    public String toString() {
      return "Acs{transactionId=" + transactionId + "}";
    }
  }
}
