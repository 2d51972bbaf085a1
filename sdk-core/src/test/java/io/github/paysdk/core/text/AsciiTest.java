package io.github.paysdk.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiTest {
  @Test
  void plainAsciiUpToDeleteIsAscii() {
    assertThat(Ascii.isAscii("")).isTrue();
    assertThat(Ascii.isAscii("https://api.example/v1?a=b&c=%20\u007f")).isTrue();
  }

  @Test
  void anyCharFromLatin1OnIsNot() {
    assertThat(Ascii.isAscii("caf\u00e9")).isFalse();
    assertThat(Ascii.isAscii("\u0080")).isFalse();
    assertThat(Ascii.isAscii("Bak\u0131")).isFalse();
  }
}
