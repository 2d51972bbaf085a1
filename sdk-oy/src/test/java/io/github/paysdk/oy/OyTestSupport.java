package io.github.paysdk.oy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import io.github.paysdk.core.error.ValidationException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A MockWebServer, an OyClient pointed at it, fixtures and request assertions. */
public abstract class OyTestSupport {
  protected static final String USERNAME = "myuser";
  protected static final String API_KEY = "987654";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  protected MockWebServer server;
  protected OyClient oy;

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    oy = OyClient.builder()
        .username(USERNAME)
        .apiKey(API_KEY)
        .environment(OyEnvironment.STAGING)
        .baseUrl(server.url("/").toString())
        .sleeper(duration -> {})
        .build();
  }

  @AfterEach
  void stopServer() {
    oy.close();
    server.close();
  }

  /** @param path a fixture below src/test/resources/io/github/paysdk/oy/ */
  protected static String fixture(String path) {
    return fixtureText(path);
  }

  /** @param path a fixture below src/test/resources/io/github/paysdk/oy/ */
  public static String fixtureText(String path) {
    try (InputStream in = OyTestSupport.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected void enqueueJson(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status)
        .setHeader("Content-Type", "application/json").body(body).build());
  }

  protected void enqueueFixture(String path) {
    enqueueJson(200, fixture(path));
  }

  protected void enqueueStatus(String code, String message) {
    enqueueJson(200, "{\"status\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}");
  }

  /** Takes the next request and checks OY's headers on it. */
  protected RecordedRequest takeRequest(String method, String pathAndQuery) {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).as("request").isNotNull();
      assertThat(request.getMethod()).isEqualTo(method);
      assertThat(request.getTarget()).isEqualTo(pathAndQuery);
      assertThat(request.getHeaders().get("X-OY-Username")).isEqualTo(USERNAME);
      assertThat(request.getHeaders().get("X-Api-Key")).isEqualTo(API_KEY);
      assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
      if (method.equals("GET") || method.equals("DELETE")) {
        assertThat(request.getBodySize()).as("body of " + method).isZero();
      }
      return request;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** Takes the next request, checks OY's headers and compares its JSON body as a tree. */
  protected RecordedRequest takeJsonRequest(String method, String pathAndQuery, String expectedJson) {
    RecordedRequest request = takeRequest(method, pathAndQuery);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(tree(request.getBody().utf8())).isEqualTo(tree(expectedJson));
    return request;
  }

  /**
   * Runs each call and names the field its {@link ValidationException} named ("accepted" if none).
   */
  protected static List<String> rejectedFields(List<Supplier<?>> calls) {
    return calls.stream().map(call -> {
      try {
        call.get();
        return "accepted";
      } catch (ValidationException e) {
        return e.field();
      }
    }).toList();
  }

  protected static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
