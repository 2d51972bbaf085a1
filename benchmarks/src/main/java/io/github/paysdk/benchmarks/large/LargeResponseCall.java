package io.github.paysdk.benchmarks.large;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.paysdk.benchmarks.support.Credentials;
import io.github.paysdk.odeonpay.OdeonPayClient;
import io.github.paysdk.odeonpay.payments.ListedTransaction;
import io.github.paysdk.oy.OyClient;
import io.github.paysdk.oy.virtualaccount.VaTransaction;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The child JVM of {@link LargeResponses}: makes one large list call and exits 0 if every row arrived,
 * 2 if not; running out of heap exits through {@code -XX:+ExitOnOutOfMemoryError}.
 */
public final class LargeResponseCall {
  private LargeResponseCall() {}

  /**
   * @param args case ({@code odeonpay-sdk}, {@code odeonpay-raw}, {@code oy-sdk}, {@code oy-raw}), base
   *     URL, expected row count
   * @throws Exception on any failure
   */
  public static void main(String[] args) throws Exception {
    String which = args[0];
    String baseUrl = args[1];
    int expected = Integer.parseInt(args[2]);
    OkHttpClient http = new OkHttpClient();
    List<?> rows = switch (which) {
      case "odeonpay-sdk" -> {
        try (OdeonPayClient client = OdeonPayClient.builder().publicId(Credentials.ODEONPAY_PUBLIC_ID)
            .apiSecret(Credentials.ODEONPAY_API_SECRET).httpClient(http).baseUrl(baseUrl)
            .maxResponseBytes(1L << 30).build()) {
          yield client.payments().list(LocalDate.of(2020, 11, 30));
        }
      }
      case "oy-sdk" -> {
        try (OyClient client = OyClient.builder().username(Credentials.OY_USERNAME)
            .apiKey(Credentials.OY_API_KEY).httpClient(http).baseUrl(baseUrl)
            .maxResponseBytes(1L << 30).build()) {
          yield client.virtualAccounts().transactions("12345676788898", 0, expected).items();
        }
      }
      case "odeonpay-raw" -> raw(http, baseUrl + "payments/list", JsonMapper.builder(),
          ListedTransaction.class, "transactions");
      case "oy-raw" -> raw(http, baseUrl + "api/va-tx-history/12345676788898?offset=0&limit=" + expected,
          JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE),
          VaTransaction.class, "data");
      default -> throw new IllegalArgumentException(which);
    };
    System.exit(rows.size() == expected ? 0 : 2);
  }

  /** The baseline: stream the body straight into the list field's records, nothing kept besides them. */
  private static List<?> raw(OkHttpClient http, String url, JsonMapper.Builder builder, Class<?> row,
      String field) throws Exception {
    ObjectMapper mapper = builder.addModule(new JavaTimeModule())
        .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    JavaType list = mapper.getTypeFactory().constructCollectionType(List.class, row);
    Request.Builder request = new Request.Builder().url(url);
    if (field.equals("transactions")) {
      request.post(RequestBody.create("{\"date\":\"2020-11-30\"}".getBytes(), null));
    }
    try (Response response = http.newCall(request.build()).execute();
        InputStream in = response.body().byteStream();
        com.fasterxml.jackson.core.JsonParser parser = mapper.createParser(in)) {
      parser.nextToken();
      while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals(field)) {
          return mapper.readValue(parser, list);
        }
        parser.skipChildren();
      }
      throw new IllegalStateException("no " + field);
    }
  }
}
