package io.github.paysdk.core.auth;

import io.github.paysdk.core.http.OutgoingRequest;
import okhttp3.Credentials;

/** HTTP Basic authentication: {@code Authorization: Basic base64(user:password)}. */
public final class BasicAuth implements RequestSigner {
  private final String header;

  /**
   * @param user the user name (e.g. a public id or API user)
   * @param password the password (e.g. an API secret)
   */
  public BasicAuth(String user, Secret password) {
    this.header = Credentials.basic(user, password.reveal(), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public void sign(OutgoingRequest request) {
    request.header("Authorization", header);
  }

  @Override
  public String toString() {
    return "BasicAuth[****]";
  }
}
