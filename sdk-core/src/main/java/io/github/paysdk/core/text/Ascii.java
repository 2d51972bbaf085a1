package io.github.paysdk.core.text;

/**
 * Whether a text is plain ASCII, so that its UTF-8 bytes are its chars one for one: signers can then
 * write it straight into a byte array, and parsers can compare it with raw JSON bytes.
 */
public final class Ascii {
  private Ascii() {}

  /**
   * @param text the text, not null
   * @return true if every char of {@code text} is below {@code 0x80} (an empty text is ASCII)
   */
  public static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
