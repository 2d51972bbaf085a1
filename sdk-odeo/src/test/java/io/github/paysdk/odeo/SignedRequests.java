package io.github.paysdk.odeo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import mockwebserver3.RecordedRequest;

/** Assertions on the exact request an Odeo endpoint sent. */
final class SignedRequests {
  private SignedRequests() {}

  /**
   * Asserts method, path, encoded query, bearer token, timestamp, signature and body (as bytes and as a
   * JSON tree).
   */
  static void assertSigned(RecordedRequest request, String method, String path, String encodedQuery,
      String body, String signature) {
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    assertThat(request.getUrl().encodedQuery()).isEqualTo(encodedQuery);
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + OdeoMockServer.TOKEN);
    assertThat(request.getHeaders().get("X-Odeo-Timestamp")).isEqualTo("1612137600");
    assertThat(request.getHeaders().get("X-Odeo-Signature")).isEqualTo(signature);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    String sent = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
    assertThat(sent).isEqualTo(body);
    if (method.equals("GET")) {
      assertThat(request.getHeaders().get("Content-Type")).isNull();
    } else {
      assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
      if (!body.isEmpty()) {
        assertThat(OdeoMockServer.tree(sent)).isEqualTo(OdeoMockServer.tree(body));
      }
    }
  }
}
