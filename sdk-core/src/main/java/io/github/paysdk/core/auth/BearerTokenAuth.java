package io.github.paysdk.core.auth;

import io.github.paysdk.core.http.OutgoingRequest;

/**
 * {@code Authorization: Bearer <token>} from a {@link TokenProvider}; after a 401 the rejected token is
 * dropped and the request is sent once more with a new one.
 */
public final class BearerTokenAuth implements RequestSigner {
  private static final String PREFIX = "Bearer ";
  private final TokenProvider tokens;

  /** @param tokens where tokens come from */
  public BearerTokenAuth(TokenProvider tokens) {
    this.tokens = tokens;
  }

  @Override
  public void sign(OutgoingRequest request) {
    request.header("Authorization", PREFIX + tokens.token().value());
  }

  @Override
  public boolean refreshAfterUnauthorized(OutgoingRequest request) {
    String sent = request.header("Authorization");
    if (sent != null && sent.startsWith(PREFIX)) {
      tokens.invalidate(sent.substring(PREFIX.length()));
    }
    return true;
  }

  @Override
  public String toString() {
    return "BearerTokenAuth[****]";
  }
}
