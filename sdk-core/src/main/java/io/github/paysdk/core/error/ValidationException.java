package io.github.paysdk.core.error;

/** Bad input, rejected before any network call. Names the field and the rule it broke. */
public class ValidationException extends PaySdkException {
  private static final long serialVersionUID = 1L;
  /** The field that failed validation. */
  private final String field;

  /**
   * @param field the request field, as named in the builder (e.g. {@code "amount"})
   * @param rule the rule it broke (e.g. {@code "must be greater than 0"})
   */
  public ValidationException(String field, String rule) {
    super(field + " " + rule);
    this.field = field;
  }

  /** @return the field that failed validation */
  public String field() {
    return field;
  }
}
