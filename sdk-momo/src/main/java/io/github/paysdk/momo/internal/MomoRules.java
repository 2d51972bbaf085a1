package io.github.paysdk.momo.internal;

import io.github.paysdk.core.error.ValidationException;
import io.github.paysdk.core.validation.Digits;
import io.github.paysdk.core.validation.Validate;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** The input rules MoMo enforces, checked before any request so that bad input never reaches MTN. */
public final class MomoRules {
  /** Longest {@code payerMessage}, {@code payeeNote} or notification message MTN accepts. */
  public static final int MAX_MESSAGE_LENGTH = 160;
  private static final int MSISDN_MIN_DIGITS = 8;
  private static final int MSISDN_MAX_DIGITS = 15;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s/]+@[^@\\s/]+");

  private MomoRules() {}

  /**
   * @param id a reference id
   * @param field the field name
   * @return the id
   * @throws ValidationException unless it is a UUID version 4 (RFC 4122 variant)
   */
  public static UUID uuidV4(UUID id, String field) {
    Validate.required(id, field);
    if (id.version() != 4 || id.variant() != 2) {
      throw new ValidationException(field, "must be a UUID version 4");
    }
    return id;
  }

  /**
   * @param value a UUID as text
   * @param field the field name
   * @return it parsed
   * @throws ValidationException unless it is a UUID version 4
   */
  public static UUID uuidV4(String value, String field) {
    Validate.notBlank(value, field);
    try {
      return uuidV4(UUID.fromString(value.trim()), field);
    } catch (IllegalArgumentException e) {
      throw new ValidationException(field, "must be a UUID version 4");
    }
  }

  /**
   * @param msisdn a phone number
   * @param field the field name
   * @return it
   * @throws ValidationException unless it is 8-15 digits starting with the country code (no {@code +})
   */
  public static String msisdn(String msisdn, String field) {
    Validate.notBlank(msisdn, field);
    if (!isMsisdn(msisdn)) {
      throw new ValidationException(field,
          "must be digits only with the country code, no '+' or leading 0 (8 to 15 digits)");
    }
    return msisdn;
  }

  /**
   * @param email an e-mail address
   * @param field the field name
   * @return it
   * @throws ValidationException unless it looks like an address
   */
  public static String email(String email, String field) {
    Validate.notBlank(email, field);
    if (!EMAIL.matcher(email).matches()) {
      throw new ValidationException(field, "must be an e-mail address");
    }
    return email;
  }

  /**
   * @param message a payer message, payee note or notification message; may be null
   * @param field the field name
   * @return it
   * @throws ValidationException if longer than 160 characters or containing an apostrophe
   */
  public static String message(String message, String field) {
    Validate.maxLength(message, MAX_MESSAGE_LENGTH, field);
    if (message != null && message.indexOf('\'') >= 0) {
      throw new ValidationException(field, "must not contain an apostrophe (')");
    }
    return message;
  }

  /**
   * @param text a decimal number as text, may be null
   * @param field the field name
   * @return it parsed, or null for null
   * @throws ValidationException if it is not a decimal number
   */
  public static BigDecimal decimal(String text, String field) {
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new ValidationException(field, "must be a decimal number such as 12.50");
    }
  }

  /**
   * @param amount an amount
   * @param field the field name
   * @return it
   * @throws ValidationException unless greater than zero
   */
  public static BigDecimal amount(BigDecimal amount, String field) {
    return Validate.positive(amount, field);
  }

  /**
   * @param currency an ISO 4217 code
   * @param field the field name
   * @return it
   * @throws ValidationException unless three upper-case letters
   */
  public static String currency(String currency, String field) {
    Validate.required(currency, field);
    if (!isCurrencyCode(currency)) {
      throw new ValidationException(field, "must be an ISO 4217 code of three upper-case letters");
    }
    return currency;
  }

  /** Same as matching {@code [1-9][0-9]{7,14}}, without a {@code Matcher} per check. */
  static boolean isMsisdn(String text) {
    return Digits.only(text, MSISDN_MIN_DIGITS, MSISDN_MAX_DIGITS) && text.charAt(0) != '0';
  }

  /** Same as matching {@code [A-Z]{3}}, without a {@code Matcher} per check. */
  static boolean isCurrencyCode(String text) {
    if (text.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = text.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /**
   * @param url a callback URL, may be null
   * @param field the field name
   * @return it
   * @throws ValidationException unless an absolute http(s) URL with a host
   */
  public static String callbackUrl(String url, String field) {
    if (url == null) {
      return null;
    }
    headerValue(url, field);
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute() || uri.getHost() == null
          || !(scheme.equals("http") || scheme.equals("https"))) {
        throw new ValidationException(field, "must be an absolute http(s) URL with a host");
      }
      return url;
    } catch (URISyntaxException e) {
      throw new ValidationException(field, "must be an absolute http(s) URL with a host");
    }
  }

  /**
   * @param value a value sent as an HTTP header
   * @param field the field name
   * @return it
   * @throws ValidationException unless it is printable ASCII (HTTP headers cannot carry more)
   */
  public static String headerValue(String value, String field) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw new ValidationException(field,
            "must contain only printable ASCII characters (it is sent as an HTTP header)");
      }
    }
    return value;
  }

  /**
   * @param url an absolute callback URL
   * @param host the API user's {@code providerCallbackHost}
   * @param field the field name
   * @throws ValidationException unless the URL's host is that host (MTN would answer 500
   *     INVALID_CALLBACK_URL_HOST and create nothing)
   */
  public static void callbackHost(String url, String host, String field) {
    String actual = URI.create(url).getHost();
    if (actual == null || !actual.equalsIgnoreCase(host)) {
      throw new ValidationException(field, "host must be the API user's providerCallbackHost " + host);
    }
  }

  /**
   * @param url an absolute callback URL
   * @param field the field name
   * @throws ValidationException unless it uses https
   */
  public static void httpsCallbackUrl(String url, String field) {
    if (!url.regionMatches(true, 0, "https://", 0, 8)) {
      throw new ValidationException(field, "must use https in production");
    }
  }
}
