package io.github.paysdk.odeonpay.checkout;

import java.util.List;

/**
 * Customization of the hosted checkout form (the {@code page} object of {@code /checkout/link}). Colours
 * are CSS strings such as {@code "#172650"}. Every field is optional.
 *
 * @param logo the merchant logo identifier
 * @param merchantTitle the title shown on the page
 * @param bodyFont the CSS font family of the body text
 * @param footerText the footer text
 * @param leftContainerBackgroundColor background of the left section
 * @param priceHeadingColor colour of the price heading
 * @param backLinkColor colour of the back link
 * @param backLinkHoverColor hover colour of the back link
 * @param payButtonColor colour of the pay button
 * @param payButtonTextColor text colour of the pay button
 * @param payButtonWithPrice whether the pay button shows the price
 * @param rightContainerBackgroundColor background of the right section
 * @param rightContainerHeadingColor heading colour of the right section
 * @param formLabelColor colour of form labels
 * @param formErrorColor colour of form errors
 * @param formControlBorderColor border colour of inputs
 * @param formControlBorderRadius border radius of inputs, e.g. {@code "6px"}
 * @param footerColor colour of the footer text
 * @param footerIcons footer icons (see {@link #SECURE_CONNECTION} and the other icon constants)
 * @param fields extra form fields (see {@link #FIELD_EMAIL} and the other field constants)
 */
public record CheckoutPage(
    String logo,
    String merchantTitle,
    String bodyFont,
    String footerText,
    String leftContainerBackgroundColor,
    String priceHeadingColor,
    String backLinkColor,
    String backLinkHoverColor,
    String payButtonColor,
    String payButtonTextColor,
    Boolean payButtonWithPrice,
    String rightContainerBackgroundColor,
    String rightContainerHeadingColor,
    String formLabelColor,
    String formErrorColor,
    String formControlBorderColor,
    String formControlBorderRadius,
    String footerColor,
    List<String> footerIcons,
    List<String> fields) {

  /** Footer icon: secure connection. */
  public static final String SECURE_CONNECTION = "secure-connection";
  /** Footer icon: Verified by Visa. */
  public static final String VERIFIED_BY_VISA = "verified-by-visa";
  /** Footer icon: Mastercard SecureCode. */
  public static final String MASTERCARD_SECURE_CODE = "mastercard-secure-code";
  /** Footer icon: MIR Accept. */
  public static final String MIR_ACCEPT = "mir-accept";
  /** Footer icon: American Express. */
  public static final String AMERICAN_EXPRESS = "american-express";
  /** Footer icon: PCI DSS. */
  public static final String PCI_DSS = "pci-dss";
  /** Extra field: e-mail. */
  public static final String FIELD_EMAIL = "email";
  /** Extra field: phone. */
  public static final String FIELD_PHONE = "phone";
  /** Extra field: shipping address. */
  public static final String FIELD_SHIPPING_ADDRESS = "shipping_address";
  /** Extra field: billing address. */
  public static final String FIELD_BILLING_ADDRESS = "billing_address";

  /** Copies the lists. */
  public CheckoutPage {
    footerIcons = footerIcons == null ? null : List.copyOf(footerIcons);
    fields = fields == null ? null : List.copyOf(fields);
  }

  /** @return an empty builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CheckoutPage}. */
  public static final class Builder {
    private String logo;
    private String merchantTitle;
    private String bodyFont;
    private String footerText;
    private String leftContainerBackgroundColor;
    private String priceHeadingColor;
    private String backLinkColor;
    private String backLinkHoverColor;
    private String payButtonColor;
    private String payButtonTextColor;
    private Boolean payButtonWithPrice;
    private String rightContainerBackgroundColor;
    private String rightContainerHeadingColor;
    private String formLabelColor;
    private String formErrorColor;
    private String formControlBorderColor;
    private String formControlBorderRadius;
    private String footerColor;
    private List<String> footerIcons;
    private List<String> fields;

    private Builder() {}

    /**
     * @param value logo identifier
     * @return this builder
     */
    public Builder logo(String value) {
      this.logo = value;
      return this;
    }

    /**
     * @param value merchant title
     * @return this builder
     */
    public Builder merchantTitle(String value) {
      this.merchantTitle = value;
      return this;
    }

    /**
     * @param value body font
     * @return this builder
     */
    public Builder bodyFont(String value) {
      this.bodyFont = value;
      return this;
    }

    /**
     * @param value footer text
     * @return this builder
     */
    public Builder footerText(String value) {
      this.footerText = value;
      return this;
    }

    /**
     * @param value colour
     * @return this builder
     */
    public Builder leftContainerBackgroundColor(String value) {
      this.leftContainerBackgroundColor = value;
      return this;
    }

    /**
     * @param value colour
     * @return this builder
     */
    public Builder priceHeadingColor(String value) {
      this.priceHeadingColor = value;
      return this;
    }

    /**
     * @param value colour
     * @return this builder
     */
    public Builder backLinkColor(String value) {
      this.backLinkColor = value;
      return this;
    }

    /**
     * @param value colour
     * @return this builder
     */
    public Builder backLinkHoverColor(String value) {
      this.backLinkHoverColor = value;
      return this;
    }

    /**
     * @param value colour
     * @return this builder
     */
    public Builder payButtonColor(String value) {
      this.payButtonColor = value;
      return this;
    }

    /**
     * @param value colour
     * @return this builder
     */
    public Builder payButtonTextColor(String value) {
      this.payButtonTextColor = value;
      return this;
    }

    /**
     * @param value whether the button shows the price
     * @return this builder
     */
    public Builder payButtonWithPrice(boolean value) {
      this.payButtonWithPrice = value;
      return this;
    }

    /**
     * @param value colour
     * @return this builder
     */
    public Builder rightContainerBackgroundColor(String value) {
      this.rightContainerBackgroundColor = value;
      return this;
    }

    /**
     * @param value colour
     * @return this builder
     */
    public Builder rightContainerHeadingColor(String value) {
      this.rightContainerHeadingColor = value;
      return this;
    }

    /**
     * @param value colour
     * @return this builder
     */
    public Builder formLabelColor(String value) {
      this.formLabelColor = value;
      return this;
    }

    /**
     * @param value colour
     * @return this builder
     */
    public Builder formErrorColor(String value) {
      this.formErrorColor = value;
      return this;
    }

    /**
     * @param value colour
     * @return this builder
     */
    public Builder formControlBorderColor(String value) {
      this.formControlBorderColor = value;
      return this;
    }

    /**
     * @param value CSS radius, e.g. 6px
     * @return this builder
     */
    public Builder formControlBorderRadius(String value) {
      this.formControlBorderRadius = value;
      return this;
    }

    /**
     * @param value colour
     * @return this builder
     */
    public Builder footerColor(String value) {
      this.footerColor = value;
      return this;
    }

    /**
     * @param values icon names, e.g. {@link CheckoutPage#PCI_DSS}
     * @return this builder
     */
    public Builder footerIcons(String... values) {
      this.footerIcons = List.of(values);
      return this;
    }

    /**
     * @param values field names, e.g. {@link CheckoutPage#FIELD_EMAIL}
     * @return this builder
     */
    public Builder fields(String... values) {
      this.fields = List.of(values);
      return this;
    }

    /** @return the page customization */
    public CheckoutPage build() {
      return new CheckoutPage(logo, merchantTitle, bodyFont, footerText, leftContainerBackgroundColor,
          priceHeadingColor, backLinkColor, backLinkHoverColor, payButtonColor, payButtonTextColor,
          payButtonWithPrice, rightContainerBackgroundColor, rightContainerHeadingColor, formLabelColor,
          formErrorColor, formControlBorderColor, formControlBorderRadius, footerColor, footerIcons,
          fields);
    }
  }
}
