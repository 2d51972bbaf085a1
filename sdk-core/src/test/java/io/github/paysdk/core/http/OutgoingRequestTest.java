package io.github.paysdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class OutgoingRequestTest {
  private final OutgoingRequest outgoing = OutgoingRequest.of(
      ApiRequest.builder(HttpMethod.GET, "/x").build(), HttpUrl.get("https://api.example.test/x"));

  @Test
  void settingAHeaderAgainReplacesItIgnoringCaseAndMovesItLast() {
    outgoing.header("Accept", "text/plain").header("X-A", "1").header("accept", "application/json");

    assertThat(outgoing.header("ACCEPT")).isEqualTo("application/json");
    assertThat(outgoing.headers().toMultimap()).hasSize(2);
    assertThat(outgoing.headers().name(0)).isEqualTo("X-A");
    assertThat(outgoing.headers().name(1)).isEqualTo("accept");
    assertThat(outgoing.headers().values("Accept")).containsExactly("application/json");
  }

  @Test
  void keepsEveryHeaderInOrderBeyondItsFirstCapacity() {
    for (int i = 0; i < 20; i++) {
      outgoing.header("X-" + i, Integer.toString(i));
    }

    assertThat(outgoing.headers().size()).isEqualTo(20);
    for (int i = 0; i < 20; i++) {
      assertThat(outgoing.headers().name(i)).isEqualTo("X-" + i);
      assertThat(outgoing.header("x-" + i)).isEqualTo(Integer.toString(i));
    }
  }

  @Test
  void anAbsentHeaderIsNullAndNoHeadersIsEmpty() {
    assertThat(outgoing.header("Authorization")).isNull();
    assertThat(outgoing.headers().size()).isZero();
  }

  @Test
  void aValueThatCannotBeAHeaderIsRejectedBeforeAnythingIsSent() {
    outgoing.header("X-Bad", "a\r\nInjected: yes");

    assertThatThrownBy(outgoing::headers).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> outgoing.header("X-Null", null)).isInstanceOf(NullPointerException.class);
  }
}
