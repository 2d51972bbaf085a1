package io.github.paysdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenLifetimeTest {
  private static final Instant ISSUED = Instant.parse("2026-11-21T08:00:00Z");
  private static final Duration FALLBACK = Duration.ofMinutes(5);

  @Test
  void expiresInSecondsIsAddedToTheIssueTime() {
    assertThat(TokenLifetime.expiresAt(ISSUED, 3600L, FALLBACK)).isEqualTo(ISSUED.plusSeconds(3600));
  }

  @Test
  void aMissingZeroOrNegativeExpiresInMeansTheFallback() {
    assertThat(TokenLifetime.expiresAt(ISSUED, null, FALLBACK)).isEqualTo(ISSUED.plus(FALLBACK));
    assertThat(TokenLifetime.expiresAt(ISSUED, 0L, FALLBACK)).isEqualTo(ISSUED.plus(FALLBACK));
    assertThat(TokenLifetime.expiresAt(ISSUED, -1L, FALLBACK)).isEqualTo(ISSUED.plus(FALLBACK));
  }

  @Test
  void anAbsurdExpiresInIsCappedInsteadOfOverflowing() {
    // Instant.plusSeconds(Long.MAX_VALUE) throws ArithmeticException: found by the reliability suite.
    assertThat(TokenLifetime.expiresAt(ISSUED, Long.MAX_VALUE, FALLBACK))
        .isEqualTo(ISSUED.plus(TokenLifetime.MAX));
  }
}
