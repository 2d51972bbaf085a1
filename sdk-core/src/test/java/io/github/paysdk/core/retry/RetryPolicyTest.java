package io.github.paysdk.core.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy = RetryPolicy.builder()
      .initialBackoff(Duration.ofMillis(400))
      .maxBackoff(Duration.ofMillis(1000))
      .maxRetryAfter(Duration.ofSeconds(10))
      .build();

  @RepeatedTest(20)
  void backoffGrowsExponentiallyWithJitterAndIsCapped() {
    assertThat(policy.delayBefore(1, null).toMillis()).isBetween(200L, 400L);
    assertThat(policy.delayBefore(2, null).toMillis()).isBetween(400L, 800L);
    assertThat(policy.delayBefore(3, null).toMillis()).isBetween(500L, 1000L);
    assertThat(policy.delayBefore(30, null).toMillis()).isBetween(500L, 1000L);
  }

  @Test
  void retryAfterWinsOverBackoff() {
    assertThat(policy.delayBefore(1, Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void retryAfterLongerThanTheLimitMeansDoNotRetry() {
    assertThat(policy.delayBefore(1, Duration.ofSeconds(11))).isNull();
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts");
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }
}
