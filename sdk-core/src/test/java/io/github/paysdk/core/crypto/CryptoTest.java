package io.github.paysdk.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CryptoTest {
  @Test
  void hmacSha256MatchesRfc4231TestCase2() {
    byte[] mac = Crypto.hmacSha256("Jefe", "what do ya want for nothing?");
    assertThat(Crypto.hex(mac))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void sha256OfEmptyInputIsTheWellKnownValue() {
    byte[] hash = Crypto.sha256(new byte[0]);
    assertThat(Crypto.hex(hash))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(Crypto.base64(hash)).isEqualTo("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
  }

  @Test
  void sha256OfAbcIsFips180Vector() {
    assertThat(Crypto.hex(Crypto.sha256(Crypto.utf8("abc"))))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void base64IsStandardAlphabetWithPadding() {
    assertThat(Crypto.base64(new byte[] {(byte) 0xfb, (byte) 0xff})).isEqualTo("+/8=");
  }

  @Test
  void hexIsLowerCase() {
    assertThat(Crypto.hex(new byte[] {0x00, (byte) 0xAB, 0x7f})).isEqualTo("00ab7f");
    assertThat(Crypto.hexAscii(new byte[] {0x00, (byte) 0xAB, 0x7f}))
        .isEqualTo("00ab7f".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void constantTimeEqualsComparesContentAndRejectsNulls() {
    assertThat(Crypto.constantTimeEquals("abc", "abc")).isTrue();
    assertThat(Crypto.constantTimeEquals("abc", "abd")).isFalse();
    assertThat(Crypto.constantTimeEquals("abc", "abcd")).isFalse();
    assertThat(Crypto.constantTimeEquals((String) null, "abc")).isFalse();
    assertThat(Crypto.constantTimeEquals((byte[]) null, null)).isFalse();
  }
}
