package io.github.paysdk.odero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.paysdk.core.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OderoClientTest {
  private final List<Request> sent = new ArrayList<>();

  /** An OkHttpClient that answers every call itself and remembers what it was asked. */
  private OkHttpClient capturing() {
    return new OkHttpClient.Builder().addInterceptor(chain -> {
      sent.add(chain.request());
      return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200)
          .message("OK").body(ResponseBody.create("{\"data\":{\"id\":100042}}",
              MediaType.get("application/json"))).build();
    }).build();
  }

  @ParameterizedTest
  @EnumSource(OderoEnvironment.class)
  void environmentsSendToTheirHostAndSignTheFullUrl(OderoEnvironment environment) {
    try (OderoClient client = OderoClient.builder().apiKey("sandbox-az-api-key-1")
        .secretKey("sandbox-az-secret-1").environment(environment).httpClient(capturing()).build()) {
      client.paymentReporting().retrievePayment(100042);
    }
    Request request = sent.get(0);
    String url = environment.baseUrl() + "/payment-reporting/v1/payments/100042";
    assertThat(request.url().toString()).isEqualTo(url);
    assertThat(request.header("x-signature")).isEqualTo(MockOdero.expectedSignature(url,
        "sandbox-az-api-key-1", "sandbox-az-secret-1", request.header("x-rnd-key"), ""));
  }

  @Test
  void theDefaultEnvironmentIsTheAzSandbox() {
    try (OderoClient client = OderoClient.builder().apiKey("k").secretKey("s").httpClient(capturing())
        .build()) {
      client.paymentReporting().retrievePayment(1);
    }
    assertThat(sent.get(0).url().host()).isEqualTo("sbx-api-gateway.odero.az");
    assertThat(OderoEnvironment.AZ_PRODUCTION.baseUrl()).isEqualTo("https://api-gateway.odero.az");
  }

  @Test
  void aBaseUrlWithATrailingSlashIsNotDoubled() {
    try (OderoClient client = OderoClient.builder().apiKey("k").secretKey("s")
        .baseUrl("https://proxy.example/odero/").httpClient(capturing()).build()) {
      client.paymentReporting().retrievePayment(1);
    }
    assertThat(sent.get(0).url().toString())
        .isEqualTo("https://proxy.example/odero/payment-reporting/v1/payments/1");
  }

  @Test
  void credentialsAreRequired() {
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> OderoClient.builder().secretKey("s").build()).field()).isEqualTo("apiKey");
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> OderoClient.builder().apiKey("k").build()).field()).isEqualTo("secretKey");
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> OderoClient.builder().apiKey(" ")).field()).isEqualTo("apiKey");
  }

  @Test
  void toStringShowsNoCredentials() {
    try (OderoClient client = OderoClient.builder().apiKey("my-api-key").secretKey("my-secret").build()) {
      assertThat(client.toString()).doesNotContain("my-api-key").doesNotContain("my-secret");
    }
  }
}
