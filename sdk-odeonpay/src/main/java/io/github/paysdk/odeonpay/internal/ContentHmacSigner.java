package io.github.paysdk.odeonpay.internal;

import io.github.paysdk.core.auth.RequestSigner;
import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.crypto.Crypto;
import io.github.paysdk.core.crypto.HmacSha256;
import io.github.paysdk.core.http.OutgoingRequest;
import java.util.Objects;

/** Adds {@code Content-HMAC} over the exact body bytes of each attempt, with the merchant's signature key. */
public final class ContentHmacSigner implements RequestSigner {
  private final HmacSha256 signatureKey;

  /** @param signatureKey the signature key from the Back Office */
  public ContentHmacSigner(Secret signatureKey) {
    this.signatureKey =
        HmacSha256.keyed(Crypto.utf8(Objects.requireNonNull(signatureKey, "signatureKey").reveal()));
  }

  @Override
  public void sign(OutgoingRequest request) {
    request.header(ContentHmac.HEADER, ContentHmac.compute(signatureKey, request.body()));
  }

  @Override
  public String toString() {
    return "ContentHmacSigner[****]";
  }
}
