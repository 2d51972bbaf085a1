package io.github.paysdk.reliability.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.testing.Fault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.Buffer;
import okio.BufferedSink;

/** The responses the matrix serves; every one carries {@link #REQUEST_ID} so errors can be traced. */
final class Faults {
  /** The request id every fault response carries in {@code X-Request-Id}. */
  static final String REQUEST_ID = "fm-req-0001";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long TWENTY_MB = 20L * 1024 * 1024;

  private Faults() {}

  /** @return not processed; an HTML error page with that status */
  static Fault htmlStatus(int code) {
    return Fault.custom("HTML " + code, false, ignored -> new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "text/html")
        .setHeader("X-Request-Id", REQUEST_ID)
        .body("<html><head><title>" + code + "</title></head><body><h1>" + code
            + " Bad Gateway</h1><hr>nginx</body></html>")
        .build());
  }

  /** @return not processed; a JSON error answer with that status */
  static Fault json(int code, String body) {
    return Fault.custom("JSON " + code, false, ignored -> new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .setHeader("X-Request-Id", REQUEST_ID)
        .body(body)
        .build());
  }

  /** @return not processed; 429 with that Retry-After and an HTML page */
  static Fault rateLimited(String retryAfter) {
    return Fault.custom("429 Retry-After " + retryAfter, false, ignored -> new MockResponse.Builder()
        .code(429)
        .setHeader("Content-Type", "text/html")
        .setHeader("X-Request-Id", REQUEST_ID)
        .setHeader("Retry-After", retryAfter)
        .body("<html><body>Too Many Requests</body></html>")
        .build());
  }

  /** @return processed; the answer is a 200 with this body and content type */
  static Fault body200(String description, String contentType, UnaryOperator<String> body) {
    return Fault.custom(description, true, normal -> new MockResponse.Builder(normal)
        .code(200)
        .setHeader("Content-Type", contentType)
        .setHeader("X-Request-Id", REQUEST_ID)
        .body(body.apply(bodyOf(normal)))
        .build());
  }

  /** @return processed; the normal JSON answer, changed by {@code change} */
  static Fault changedJson(String description, Function<ObjectNode, JsonNode> change) {
    return body200(description, "application/json", normal -> {
      try {
        JsonNode tree = normal.isBlank() ? JSON.createObjectNode() : JSON.readTree(normal);
        return JSON.writeValueAsString(change.apply((ObjectNode) tree));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** @return processed; the normal answer labelled with another content type */
  static Fault contentType(String contentType) {
    return Fault.custom("Content-Type " + contentType, true, normal -> new MockResponse.Builder(normal)
        .setHeader("Content-Type", contentType)
        .setHeader("X-Request-Id", REQUEST_ID)
        .build());
  }

  /** @return processed; a 200 whose body is 20 MB of JSON-looking text, streamed without a length */
  static Fault twentyMegabytes() {
    return Fault.custom("20 MB body", true, normal -> new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "application/json")
        .setHeader("X-Request-Id", REQUEST_ID)
        .body(new HugeBody())
        .build());
  }

  /** @return processed; then the answer comes late */
  static Fault delay(Duration delay) {
    return Fault.delay(delay);
  }

  static String bodyOf(MockResponse response) {
    if (response == null || response.getBody() == null) {
      return "";
    }
    try {
      Buffer buffer = new Buffer();
      response.getBody().writeTo(buffer);
      return buffer.readUtf8();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {"padding":"xxxx...  for 20 MB, written in chunks; its length is not declared. */
  private static final class HugeBody implements MockResponseBody {
    @Override
    public long getContentLength() {
      return -1;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'x');
      sink.writeUtf8("{\"padding\":\"");
      for (long written = 0; written < TWENTY_MB; written += chunk.length) {
        sink.write(chunk);
      }
      sink.writeUtf8("\"}");
    }
  }
}
