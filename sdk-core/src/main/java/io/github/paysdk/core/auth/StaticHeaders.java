package io.github.paysdk.core.auth;

import io.github.paysdk.core.http.OutgoingRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fixed header credentials, e.g. {@code X-Api-Key} or a subscription key, sent on every request. */
public final class StaticHeaders implements RequestSigner {
  private final Map<String, Secret> headers;

  private StaticHeaders(Map<String, Secret> headers) {
    this.headers = headers;
  }

  /**
   * @param headers header name to value, sent in this order
   * @return the signer
   */
  public static StaticHeaders of(Map<String, Secret> headers) {
    return new StaticHeaders(new LinkedHashMap<>(headers));
  }

  /**
   * @param name a header name
   * @param value its value
   * @return a signer sending that one header
   */
  public static StaticHeaders of(String name, Secret value) {
    return of(Map.of(name, value));
  }

  @Override
  public void sign(OutgoingRequest request) {
    headers.forEach((name, value) -> request.header(name, value.reveal()));
  }

  @Override
  public String toString() {
    return "StaticHeaders" + headers.keySet();
  }
}
