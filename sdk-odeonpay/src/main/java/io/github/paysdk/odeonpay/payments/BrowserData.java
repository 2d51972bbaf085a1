package io.github.paysdk.odeonpay.payments;

/**
 * The payer's browser, for 3-D Secure risk checks. OdeonPay takes every value as a string (e.g.
 * {@code "24"}, {@code "false"}, {@code "+120"}); the typed builder methods write them that way.
 *
 * @param colorDepth screen colour depth, e.g. {@code "24"}
 * @param javaEnabled {@code "true"} or {@code "false"}
 * @param screenHeight screen height in pixels
 * @param screenWidth screen width in pixels
 * @param language browser language, e.g. {@code "en_US"}
 * @param acceptHeader the browser's {@code Accept} header
 * @param timeZoneOffset time zone offset in minutes with sign, e.g. {@code "+120"}
 * @param userAgent the browser's {@code User-Agent}
 */
public record BrowserData(
    String colorDepth,
    String javaEnabled,
    String screenHeight,
    String screenWidth,
    String language,
    String acceptHeader,
    String timeZoneOffset,
    String userAgent) {

  /** @return an empty builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BrowserData}; every field is optional. */
  public static final class Builder {
    private String colorDepth;
    private String javaEnabled;
    private String screenHeight;
    private String screenWidth;
    private String language;
    private String acceptHeader;
    private String timeZoneOffset;
    private String userAgent;

    private Builder() {}

    /**
     * @param bits colour depth
     * @return this builder
     */
    public Builder colorDepth(int bits) {
      this.colorDepth = Integer.toString(bits);
      return this;
    }

    /**
     * @param enabled whether Java is enabled
     * @return this builder
     */
    public Builder javaEnabled(boolean enabled) {
      this.javaEnabled = Boolean.toString(enabled);
      return this;
    }

    /**
     * @param width screen width in pixels
     * @param height screen height in pixels
     * @return this builder
     */
    public Builder screen(int width, int height) {
      this.screenWidth = Integer.toString(width);
      this.screenHeight = Integer.toString(height);
      return this;
    }

    /**
     * @param value browser language, e.g. en_US
     * @return this builder
     */
    public Builder language(String value) {
      this.language = value;
      return this;
    }

    /**
     * @param value the Accept header
     * @return this builder
     */
    public Builder acceptHeader(String value) {
      this.acceptHeader = value;
      return this;
    }

    /**
     * @param minutes offset from UTC in minutes, written with a sign (e.g. +120)
     * @return this builder
     */
    public Builder timeZoneOffset(int minutes) {
      this.timeZoneOffset = (minutes >= 0 ? "+" : "-") + Math.abs(minutes);
      return this;
    }

    /**
     * @param value the offset exactly as the browser reported it
     * @return this builder
     */
    public Builder timeZoneOffset(String value) {
      this.timeZoneOffset = value;
      return this;
    }

    /**
     * @param value the User-Agent header
     * @return this builder
     */
    public Builder userAgent(String value) {
      this.userAgent = value;
      return this;
    }

    /** @return the browser data */
    public BrowserData build() {
      return new BrowserData(colorDepth, javaEnabled, screenHeight, screenWidth, language, acceptHeader,
          timeZoneOffset, userAgent);
    }
  }
}
