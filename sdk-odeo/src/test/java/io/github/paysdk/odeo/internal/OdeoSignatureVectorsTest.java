package io.github.paysdk.odeo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every signature vector of specs/odeo.md (§3.4, §3.5, §3.7), computed independently of this code. */
class OdeoSignatureVectorsTest {
  private static final String EMPTY_HASH = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void v1GetWithQueryParameters() {
    String query = "end_date=1706745599&page_token=pt_abc&reference_ids[0]=INV-001"
        + "&reference_ids[1]=INV+002&start_date=1704067200";
    assertThat(OdeoSignature.stringToSign("GET", "/cash/transfers", query, "demo-access-token",
        1700000000L, new byte[0]))
        .isEqualTo("GET:/cash/transfers:" + query + ":demo-access-token:1700000000:" + EMPTY_HASH);
    assertThat(OdeoSignature.sign("GET", "/cash/transfers", query, "demo-access-token", 1700000000L,
        new byte[0], "demo-signing-key"))
        .isEqualTo("Ep0InJZHF+eAk+mjikqb+EWvtIlGs+rrBwisbjqaGrM=");
  }

  static Stream<Arguments> section34() {
    return Stream.of(
        Arguments.of("V2 POST with JSON body", "POST", "/dg/v1/disbursements",
            "{\"account_number\":\"0123456789\",\"amount\":250000,\"bank_id\":2,\"customer_name\":"
                + "\"Budi Santoso\",\"reference_id\":\"ORDER-2024-0001\",\"description\":\"Refund order #1\"}",
            "8mTEhE5T7ZoT0nzWOFwp8fx/cH744B6645th+jTdKps=",
            "d4Ljs0b6R4P11uYC42T1083/+BLR0810mTA6UAKjsfs="),
        Arguments.of("V3 PUT with JSON body", "PUT", "/sub-users/42",
            "{\"email\":\"siti@example.com\",\"name\":\"Siti Aminah\",\"phone_number\":\"081298765432\"}",
            "xDg08I/UTodww8xQxpcdhVRmkqC1p4QURYHS9d9rCXc=",
            "xqA4N+oSYT5chyIXi+T8szhkI6sE+NY7bY5qj87s4IY="),
        Arguments.of("V4 POST with no body", "POST", "/cash/va-topup/cancel", "", EMPTY_HASH,
            "zXokoSHcx4nubb15fzIehGxQYHQwfaxe1oNZqEaY/Ew="),
        Arguments.of("V5 bulk transfer with nulls", "POST", "/cash/bulk-transfer",
            "{\"requests\":[{\"receiver_user_id\":1001,\"amount\":50000,\"reference_id\":\"TRF-1\","
                + "\"sender_user_id\":null,\"note\":null},{\"receiver_user_id\":1002,\"amount\":75000,"
                + "\"reference_id\":\"TRF-2\",\"sender_user_id\":2001,\"note\":\"Bonus Q1\"}]}",
            "nBRqE0du8vC0xG8dhs7lMG2ZFGzwRpTQXSm6U7nQo/U=",
            "Icvw3yGZkFpXTFj9xBleehz0f6TcaF6kQ2XHpxC/MNA="),
        Arguments.of("V6 non-ASCII and slash", "POST", "/dg/v1/disbursements",
            "{\"account_number\":\"0123456789\",\"amount\":100000,\"bank_id\":2,\"customer_name\":"
                + "\"Jos\\u00e9 \\u00d1u\\u00f1ez\",\"reference_id\":\"R/1\"}",
            "eFvbs7EIJ3NGIzsMgXIruoX/tKx4Oia98GgVINiQ0jM=",
            "EY8FclhEK49OZbd7uNxYxozsjC480or6r82AdCr7ZY4="));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("section34")
  void section34Vectors(String name, String method, String path, String body, String bodyHash,
      String expected) {
    assertThat(OdeoSignature.stringToSign(method, path, "", "demo-access-token", 1700000000L,
        utf8(body))).endsWith(":demo-access-token:1700000000:" + bodyHash);
    assertThat(OdeoSignature.sign(method, path, "", "demo-access-token", 1700000000L, utf8(body),
        "demo-signing-key")).isEqualTo(expected);
  }

  @Test
  void v7CallbackWithEmptyToken() {
    byte[] body = utf8("{\"notify_type\":\"va_inquiry\",\"va_code\":\"8991000012345678\"}");
    assertThat(OdeoSignature.stringToSign("POST", "/callbacks/odeo", "", "", 1700000123L, body))
        .isEqualTo("POST:/callbacks/odeo:::1700000123:g6osT93OWIJ7salsRewG7DMMSFDy3VF+uT4ApCe3qhE=");
    assertThat(OdeoSignature.sign("POST", "/callbacks/odeo", "", "", 1700000123L, body,
        "demo-signing-key")).isEqualTo("7UZtxib+/ti4NVEBR91t3T8luOnKv5xR8BfXhXhj3ts=");
  }

  @Test
  void section35UpstreamPostVector() {
    assertThat(OdeoSignature.sign("POST", "/some/path", "", "4cc355T0k3n", 1234567890L,
        utf8("{\"test\":12345}"), "W7dN7zfbMWrLvOILW6Q1"))
        .isEqualTo("TM/rrLRD1reOodDe7Ulk0kxGqw33Ufcmbse+eZPlSW0=");
  }

  @Test
  void section35UpstreamDocVector() {
    assertThat(OdeoSignature.sign("GET", "/path", "", "token", 123456L, new byte[0], "Key"))
        .isEqualTo("JhWklt2rgpFYreQ88U5StXNdkJFfmOlumstoR1J+x+k=");
  }

  /** §3.7: access token test_access_token, key test_signing_key, timestamp 1612137600. */
  static Stream<Arguments> section37() {
    String agus = "{\"email\":\"agus@example.com\",\"name\":\"Agus Hartono\",\"phone_number\":\"081234567890\"}";
    String agusBad = "{\"email\":\"agus-example.com\",\"name\":\"Agus Hartono\",\"phone_number\":\"081234567890\"}";
    String disb = "{\"account_number\":\"1234567890\",\"amount\":1000000,\"bank_id\":1,\"customer_name\":"
        + "\"Agus Hartono\",\"reference_id\":\"EXAMPLE-REF-ID-001\"";
    String firstSecond = "{\"first\":123,\"second\":\"one two three\"}";
    return Stream.of(
        row(1, "GET", "/test/path", "", "", "MngMIubMnbT6hNRYzb1ETOMmMIIjNRM5x52iJ+KglGU="),
        row(2, "GET", "/test/path", "first=123&second=one+two+three", "",
            "PFhHZo+7M7aB7tU4cJnXOV9wGWEC0dd50ggk0UpxJBk="),
        row(3, "POST", "/test/path", "", "", "ycJgzu+gmPf0nmP651Ul+TaxLYuQKdUu/HTc77z4ZzY="),
        row(4, "POST", "/test/path", "", firstSecond, "Gpb9VNdWlVxvkjC/YZCtJCVyyU1MqhsFUMuGchjZ7SQ="),
        row(5, "PUT", "/test/path", "", firstSecond, "z4o4jFYxYx8dlJnlCD1hPhqmL4MYwI6XQevOM1HcHb0="),
        row(6, "GET", "/dg/v1/banks", "", "", "UxTAo4TnY4sMUX3kUMPJSRD7pYwP73UJ6wmJArXFyRs="),
        row(7, "POST", "/dg/v1/bank-account-inquiry", "",
            "{\"account_number\":\"1234567890\",\"bank_id\":1,\"customer_name\":\"Agus Hartono\","
                + "\"with_validation\":true}",
            "xXZNi3mjrdmp6NM6drpXFyTcZGec4b4dxuA5dB/cHqI="),
        row(8, "POST", "/dg/v1/disbursements", "",
            disb + ",\"description\":\"Example fund disbursement\"}",
            "YrWxeSVGG8/Hn2zMGWfzuNutW5UNJMLyXlsDBQFlWfQ="),
        row(9, "POST", "/dg/v1/disbursements", "", disb + "}",
            "JmIv/2S7NyOotzi3dGYrhW7Qc8Mat3GU5ANcW8/qumA="),
        row(10, "GET", "/dg/v1/disbursements/123", "", "", "Ds7dqFQTYcpY176I+hk1Vwi4fC6kYyNYBo4CsIsIZB4="),
        row(11, "GET", "/dg/v1/disbursements/reference-id/EXAMPLE-REF-ID-001", "", "",
            "bS1/9owpQa5eIisCNMZ+E4c7n/XXx7P5fvh9DQ40+gk="),
        row(12, "GET", "/pg/v1/payment/123", "", "", "EzU4wy5jf/AAFckiSp/jmZVvWESdo6PimmZ4Gk72Mf0="),
        row(13, "GET", "/pg/v1/payment/reference-id/EXAMPLE-REF-ID-001", "", "",
            "AYUsBQsmajE9idsHKxjtLY9s06fdaUv2S+CUAOwiF/g="),
        row(14, "POST", "/cash/bulk-transfer", "",
            "{\"requests\":[{\"receiver_user_id\":789,\"amount\":1000000,\"reference_id\":"
                + "\"EXAMPLE-REF-ID-001\",\"sender_user_id\":456,\"note\":\"Example description\"}]}",
            "TPGgchibPJopgD2RSgD7H69kT6RimGUZqVhHwgovTrI="),
        row(15, "POST", "/cash/bulk-transfer", "",
            "{\"requests\":[{\"receiver_user_id\":789,\"amount\":1000000,\"reference_id\":"
                + "\"EXAMPLE-REF-ID-001\",\"sender_user_id\":null,\"note\":null}]}",
            "Oncl5GPNiNlQHi/SKtuWa/HGjyGY7rkQ9jBA+j9aey4="),
        row(16, "GET", "/cash/transfers", "", "", "YRHRKTH0L7nFSVGTO3Ng07KKBIys7olErXdtQFLVTio="),
        row(17, "GET", "/cash/transfers",
            "end_date=1617408000&page_token=abcdef&reference_ids[0]=REF-ID-111"
                + "&reference_ids[1]=REF-ID-222&start_date=1612137600", "",
            "9OFvffcuY/Jxg8wAFhvyidu8dLU9Ga/u5XbQas6e9hA="),
        row(18, "POST", "/cash/va-topup", "", "{\"amount\":1000000,\"user_id\":123}",
            "7LtJU4UaR9yUuNzbLww1sYyMEM14ctQCnfp4bTp4++A="),
        row(19, "GET", "/cash/va-topup/active", "", "", "9JcNSUOjeLKP0ENLp671MTl4rYBX55iEtg6Q/V0dNo0="),
        row(20, "GET", "/cash/va-topup/active", "user_id=123", "",
            "rdg9EpRwjKbHPRwos6L1clPGP15w6zHTUOUM+4uUk3A="),
        row(21, "POST", "/cash/va-topup/cancel", "", "", "Xx6lyK8XK7FJmwzQPVLngIMFUaIq4e+cYyue/nw/ET8="),
        row(22, "POST", "/cash/va-topup/cancel", "", "{\"user_id\":123}",
            "D1TXjaSBB5x+sCyzHgqz+hdXK0nu4fN6ClnZsRQYTPE="),
        row(23, "GET", "/cash/me/balance", "", "", "ms3Xm918ZnQ8rayEjAvnV86uKTxQLqFv/7M6F+SJ1kk="),
        row(24, "GET", "/cash/123/balance", "", "", "8ek7fHgiGmYXUDRO/7ygi2enSnxrAwEvEUDo13AJQJ8="),
        row(25, "GET", "/cash/transactions", "", "", "mDAKk7c//3X7r4X6Q/G0EtlY0fq0Ix7xQG2Gn4oI/A4="),
        row(26, "GET", "/cash/transactions", "end_date=1617408000&page_token=ghijkl&start_date=1612137600",
            "", "cONLC0e0B/lAd7k0NV3TP7gOHTAAR5O5VzX7O8hUf5k="),
        row(27, "GET", "/cash/sub-user-transactions", "user_ids[0]=456&user_ids[1]=789", "",
            "Br3ynlMByEKQfm7IZFi96JQ3jHluDpuGPalutS49Vtk="),
        row(28, "GET", "/cash/sub-user-transactions",
            "end_date=1617408000&page_token=ghijkl&start_date=1612137600&user_ids[0]=456&user_ids[1]=789",
            "", "kFIBW9qN5Z3IKUR1blmXIwxgdluIPLffCw3Kz5sWSKU="),
        row(29, "GET", "/sub-users", "", "", "sHzLllqZvSFwpZTxd70qu1eGfTWHawv3a1nT1IXP3zs="),
        row(30, "GET", "/sub-users", "page_token=abcdef", "", "amWP0owDfbvyPoQGyG9jpBCZXYugX3D+zhkH/t4lA3k="),
        row(31, "POST", "/sub-users", "", agus, "IyMSYxV1An/jebiOlsVaWAz1XPlVQ663J5spsJlxlro="),
        row(32, "PUT", "/sub-users/123", "", agus, "tcw7lg3kRTbH4h/80Tv3cidIa+uCqZecHKRKgXtC+3Y="),
        row(33, "POST", "/sub-users", "", agusBad, "DIQNg7zkrqYnM1bMFk563xv+Z2ljQOF8ptx5oR5LmZA="),
        row(34, "PUT", "/sub-users/123", "", agusBad, "qcZEJpP9vS1KNRVqCqS5qzyxmEUxn8xi8pBgEprySaU="));
  }

  private static Arguments row(int n, String method, String path, String query, String body,
      String expected) {
    return Arguments.of(n, method, path, query, body, expected);
  }

  @ParameterizedTest(name = "row {0}: {1} {2}")
  @MethodSource("section37")
  void section37ConformanceTable(int row, String method, String path, String query, String body,
      String expected) {
    assertThat(OdeoSignature.sign(method, path, query, "test_access_token", 1612137600L, utf8(body),
        "test_signing_key")).isEqualTo(expected);
  }
}
