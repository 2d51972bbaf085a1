package io.github.paysdk.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class HmacSha256Test {
  private static final String RFC4231_CASE_2 =
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

  @Test
  void keyedOnceMatchesRfc4231TestCase2() {
    HmacSha256 mac = HmacSha256.keyed(Crypto.utf8("Jefe"));

    assertThat(Crypto.hex(mac.compute(Crypto.utf8("what do ya want for nothing?"))))
        .isEqualTo(RFC4231_CASE_2);
  }

  @Test
  void repeatedUseGivesTheSameValueEachTime() {
    HmacSha256 mac = HmacSha256.keyed(Crypto.utf8("Jefe"));
    mac.compute(Crypto.utf8("something else first"));

    assertThat(Crypto.hex(mac.compute(Crypto.utf8("what do ya want for nothing?"))))
        .isEqualTo(RFC4231_CASE_2);
  }

  @Test
  void concurrentUseDoesNotMixMessages() throws Exception {
    HmacSha256 mac = HmacSha256.keyed(Crypto.utf8("Jefe"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        results.add(pool.submit(
            () -> Crypto.hex(mac.compute(Crypto.utf8("what do ya want for nothing?")))));
      }
      for (Future<String> result : results) {
        assertThat(result.get()).isEqualTo(RFC4231_CASE_2);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sha256OfTwoPartsEqualsSha256OfTheirConcatenation() {
    assertThat(Crypto.hex(Crypto.sha256(Crypto.utf8("a"), Crypto.utf8("bc"))))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void toStringShowsNoKey() {
    assertThat(HmacSha256.keyed(Crypto.utf8("Jefe")).toString()).doesNotContain("Jefe");
  }
}
