package io.github.paysdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.retry.RetryMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class TopLevelValueWatcherTest {
  record Order(String id, Item item, List<Item> items) {}

  record Item(String id) {}

  /** A bean read through setters, the way Jackson reads classes without a creator. */
  static final class Bean {
    public String id;
    public Item item;
  }

  private final JsonCodec codec = JsonCodec.standard();
  private final List<String> seen = new ArrayList<>();
  private final TopLevelValueWatcher.Listener listener = (name, token) -> seen.add(name + "=" + token);

  private static ApiResponse response(String body) {
    ApiRequest request = ApiRequest.builder(HttpMethod.POST, "/x").retryMode(RetryMode.READ).build();
    return new ApiResponse(request, 200, Headers.of(), body.getBytes(StandardCharsets.UTF_8), "rid");
  }

  private JavaType type(Class<?> type) {
    return codec.mapper().constructType(type);
  }

  private static final String BODY = "{\"id\":\"o-1\",\"item\":{\"id\":\"nested\",\"deep\":{\"id\":null}},"
      + "\"items\":[{\"id\":\"in an array\"}],\"unknown\":{\"a\":[1,{\"b\":2}]},\"n\":null,\"i\":7,"
      + "\"f\":true,\"e\\u0073c\":\"escaped name\"}";

  @Test
  void reportsEveryTopLevelValueAndNothingNestedWhileReadingTheModel() {
    Order order = codec.read(response(BODY), type(Order.class), listener);

    assertThat(order).isEqualTo(new Order("o-1", new Item("nested"), List.of(new Item("in an array"))));
    assertThat(seen).containsExactly("id=VALUE_STRING", "item=START_OBJECT", "items=START_ARRAY",
        "unknown=START_OBJECT", "n=VALUE_NULL", "i=VALUE_NUMBER_INT", "f=VALUE_TRUE",
        "esc=VALUE_STRING");
  }

  @Test
  void seesTheSameValuesThroughSettersAndMaps() {
    List<String> expected = List.of("id=VALUE_STRING", "item=START_OBJECT", "items=START_ARRAY",
        "unknown=START_OBJECT", "n=VALUE_NULL", "i=VALUE_NUMBER_INT", "f=VALUE_TRUE",
        "esc=VALUE_STRING");

    Bean bean = codec.read(response(BODY), type(Bean.class), listener);
    assertThat(bean.id).isEqualTo("o-1");
    assertThat(seen).containsExactlyElementsOf(expected);

    seen.clear();
    Map<?, ?> map = codec.read(response(BODY), type(Map.class), listener);
    assertThat(map).hasSize(8);
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void canAlsoHearEveryFieldNameReadAtAnyDepth() {
    List<String> names = new ArrayList<>();
    TopLevelValueWatcher.Listener both = new TopLevelValueWatcher.Listener() {
      @Override
      public void topLevelValue(String name, JsonToken token) {}

      @Override
      public void fieldName(String name) {
        names.add(name);
      }
    };

    codec.read(response(BODY), type(Order.class), both);

    // "deep" and "unknown" are skipped whole by the deserializer, so the names inside them are never read
    assertThat(names).containsExactly("id", "item", "id", "deep", "items", "id", "unknown", "n", "i", "f",
        "esc");
  }

  @Test
  void failsLikeAPlainRead() {
    assertThatThrownBy(() -> codec.read(response(""), type(Order.class), listener))
        .isInstanceOf(MalformedResponseException.class).hasMessage("Response body is empty (HTTP 200)");
    assertThatThrownBy(() -> codec.read(response("null"), type(Order.class), listener))
        .isInstanceOf(MalformedResponseException.class).hasMessage("Response body is JSON null (HTTP 200)");
    assertThatThrownBy(() -> codec.read(response("{\"id\":[1]}"), type(Order.class), listener))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("Response body is not a valid Order (HTTP 200)")
        .hasCauseInstanceOf(JsonFailure.class);
    assertThatThrownBy(() -> codec.read(response("{\"id\":\"x\""), type(Order.class), listener))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("Response body is not a valid Order (HTTP 200)");
  }

  @Test
  void reportsNothingForABodyThatIsNotAnObject() {
    assertThatThrownBy(() -> codec.read(response("[{\"id\":\"x\"}]"), type(Order.class), listener))
        .isInstanceOf(MalformedResponseException.class);
    List<?> list = codec.read(response("[{\"id\":\"x\"}]"), type(List.class), listener);

    assertThat(list).hasSize(1);
    assertThat(seen).isEmpty();
  }
}
