package io.github.paysdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.retry.RetryMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiRequestTest {
  @Test
  void headersKeepTheirInsertionOrderAndAReplacedValueKeepsItsPlace() {
    ApiRequest request = ApiRequest.builder(HttpMethod.POST, "/x")
        .header("A", "1").header("B", "2").header("C", "3").header("A", "one").build();

    assertThat(request.headers()).containsExactly(
        java.util.Map.entry("A", "one"), java.util.Map.entry("B", "2"), java.util.Map.entry("C", "3"));
  }

  @Test
  void aNullValueRemovesAHeader() {
    ApiRequest request = ApiRequest.builder(HttpMethod.POST, "/x")
        .header("A", "1").header("B", "2").header("C", "3").header("B", null).header("D", null).build();

    assertThat(request.headers()).containsExactly(
        java.util.Map.entry("A", "1"), java.util.Map.entry("C", "3"));
  }

  @Test
  void manyHeadersAllArrive() {
    ApiRequest.Builder builder = ApiRequest.builder(HttpMethod.GET, "/x");
    for (int i = 0; i < 12; i++) {
      builder.header("H" + i, "v" + i);
    }

    ApiRequest request = builder.build();

    assertThat(request.headers()).hasSize(12);
    assertThat(List.copyOf(request.headers().keySet())).startsWith("H0", "H1", "H2").endsWith("H11");
  }

  @Test
  void noneOneOrSeveralHeadersAreAllUnmodifiable() {
    ApiRequest none = ApiRequest.builder(HttpMethod.GET, "/x").build();
    ApiRequest one = ApiRequest.builder(HttpMethod.GET, "/x").header("A", "1").build();
    ApiRequest two = ApiRequest.builder(HttpMethod.GET, "/x").header("A", "1").header("B", "2").build();

    assertThat(none.headers()).isEmpty();
    assertThat(one.headers()).containsExactly(java.util.Map.entry("A", "1"));
    for (ApiRequest request : List.of(none, one, two)) {
      assertThatThrownBy(() -> request.headers().put("X", "y"))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void queryKeepsOrderAndSkipsNulls() {
    ApiRequest request = ApiRequest.builder(HttpMethod.GET, "/x")
        .query("b", 2).query("skip", null).query("a", "1").retryMode(RetryMode.READ).build();

    assertThat(request.query()).containsExactly(new QueryParam("b", "2"), new QueryParam("a", "1"));
    assertThat(ApiRequest.builder(HttpMethod.GET, "/x").build().query()).isEmpty();
  }
}
