package io.github.paysdk.odero.payment;

/**
 * A hosted checkout page, ready for the buyer.
 *
 * @param token the checkout token; retrieve the result with it
 * @param pageUrl the page to send the buyer to
 */
public record CheckoutInit(String token, String pageUrl) {
  /** @return the page URL for embedding in an iframe ({@code iframe=True} appended) */
  public String iframePageUrl() {
    if (pageUrl == null) {
      return null;
    }
    return pageUrl + (pageUrl.contains("?") ? "&" : "?") + "iframe=True";
  }
}
