package io.github.paysdk.testing.odeo;

import io.github.paysdk.core.crypto.Crypto;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * The signature check as the Odeo server does it, written independently of the SDK's signer: the server
 * decodes the query it received, sorts it by name and re-joins it with spaces as {@code +}; the body
 * hashed is the raw bytes received.
 */
final class SimSignature {
  private SimSignature() {}

  static String canonicalQuery(HttpUrl url) {
    List<Map.Entry<String, String>> params = new ArrayList<>();
    for (int i = 0; i < url.querySize(); i++) {
      String value = url.queryParameterValue(i);
      params.add(Map.entry(url.queryParameterName(i), value == null ? "" : value));
    }
    params.sort(Map.Entry.comparingByKey());
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> param : params) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(param.getKey().replace(' ', '+')).append('=').append(param.getValue().replace(' ', '+'));
    }
    return out.toString();
  }

  static String expected(String method, String path, String query, String token, String timestamp,
      byte[] body, String signingKey) {
    String bodyHash = Crypto.base64(Crypto.sha256(body));
    String message = String.join(":", method, path, query, token, timestamp, bodyHash);
    return Crypto.base64(Crypto.hmacSha256(signingKey, message));
  }
}
