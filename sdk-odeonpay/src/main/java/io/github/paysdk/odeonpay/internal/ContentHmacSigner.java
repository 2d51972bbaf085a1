package io.github.paysdk.odeonpay.internal;

import io.github.paysdk.core.auth.RequestSigner;
import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.http.OutgoingRequest;
import java.util.Objects;

/** Adds {@code Content-HMAC} over the exact body bytes of each attempt, with the merchant's signature key. */
public final class ContentHmacSigner implements RequestSigner {
  private final Secret signatureKey;

  /** @param signatureKey the signature key from the Back Office */
  public ContentHmacSigner(Secret signatureKey) {
    this.signatureKey = Objects.requireNonNull(signatureKey, "signatureKey");
  }

  @Override
  public void sign(OutgoingRequest request) {
    request.header(ContentHmac.HEADER, ContentHmac.compute(signatureKey.reveal(), request.body()));
  }

  @Override
  public String toString() {
    return "ContentHmacSigner[****]";
  }
}
