package io.github.paysdk.momo.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.error.ValidationException;
import io.github.paysdk.momo.MomoClient;
import io.github.paysdk.momo.MomoTestSupport;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class SandboxProvisioningServiceTest extends MomoTestSupport {
  private static final UUID USER = UUID.fromString("c72025f5-5cd1-4630-99e4-8ba4722fad56");

  @Test
  void createUserCreateKeyAndReadUserWithTheSubscriptionKeyOnly() {
    server.enqueue(new MockResponse.Builder().code(201).build());
    server.enqueue(new MockResponse.Builder().code(201)
        .setHeader("Content-Type", "application/json;charset=utf-8")
        .body("{\"apiKey\":\"f1db798c98df4bcf83b538175893bbf0\"}").build());
    enqueueJson(200, "{\"providerCallbackHost\":\"clinic.com\",\"targetEnvironment\":\"sandbox\"}");
    try (MomoClient provisioning = MomoClient.builder().baseUrl(server.url("/").toString())
        .provisioningSubscriptionKey("sub-key").build()) {
      SandboxProvisioningService service = provisioning.provisioning();

      assertThat(service.createApiUser(USER, "clinic.com")).isEqualTo(USER);
      Secret key = service.createApiKey(USER);
      ApiUser user = service.getApiUser(USER);

      RecordedRequest create = take();
      assertThat(create.getMethod()).isEqualTo("POST");
      assertThat(create.getUrl().encodedPath()).isEqualTo("/v1_0/apiuser");
      assertThat(create.getHeaders().get("X-Reference-Id")).isEqualTo(USER.toString());
      assertThat(create.getHeaders().get("Ocp-Apim-Subscription-Key")).isEqualTo("sub-key");
      assertThat(create.getHeaders().get("Authorization")).isNull();
      assertThat(create.getHeaders().get("X-Target-Environment")).isNull();
      assertJsonBody(create, "{\"providerCallbackHost\":\"clinic.com\"}");
      RecordedRequest apiKey = take();
      assertThat(apiKey.getMethod()).isEqualTo("POST");
      assertThat(apiKey.getUrl().encodedPath()).isEqualTo("/v1_0/apiuser/" + USER + "/apikey");
      assertThat(apiKey.getHeaders().get("Content-Length")).isEqualTo("0");
      assertThat(apiKey.getHeaders().get("Ocp-Apim-Subscription-Key")).isEqualTo("sub-key");
      assertThat(key.reveal()).isEqualTo("f1db798c98df4bcf83b538175893bbf0");
      RecordedRequest get = take();
      assertThat(get.getMethod()).isEqualTo("GET");
      assertThat(get.getUrl().encodedPath()).isEqualTo("/v1_0/apiuser/" + USER);
      assertThat(get.getHeaders().get("Authorization")).isNull();
      assertThat(user).isEqualTo(new ApiUser("clinic.com", "sandbox"));
    }
  }

  @Test
  void theCallbackHostIsAHostNameOnly() {
    assertThatThrownBy(() -> momo.provisioning().createApiUser(USER, "https://webhook.site/my"))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("providerCallbackHost"));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void productSubscriptionKeyIsUsedWhenNoProvisioningKeyIsSet() {
    server.enqueue(new MockResponse.Builder().code(201).build());

    momo.provisioning().createApiUser(USER, "webhook.site");

    assertThat(take().getHeaders().get("Ocp-Apim-Subscription-Key")).isEqualTo(COLLECTION_KEY);
  }
}
