package io.github.paysdk.core.validation;

/**
 * Checks that a text is a run of ASCII digits of a given length, the same as matching
 * {@code [0-9]{min,max}} but without a regex {@code Matcher} per check (these run on every request).
 */
public final class Digits {
  private Digits() {}

  /**
   * @param text the text, not null
   * @param min the fewest digits allowed
   * @param max the most digits allowed
   * @return true if {@code text} has {@code min} to {@code max} characters, each one of {@code 0-9}
   */
  public static boolean only(String text, int min, int max) {
    int n = text.length();
    if (n < min || n > max) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
