package io.github.paysdk.core.auth;

import io.github.paysdk.core.http.OutgoingRequest;
import java.util.List;

/**
 * Adds authentication and signature headers to each attempt of a request, after its URL and body bytes
 * are final. Called again for every retry, so timestamps, nonces and tokens are fresh.
 */
@FunctionalInterface
public interface RequestSigner {
  /** Adds nothing. */
  RequestSigner NONE = request -> {};

  /** @param request the attempt about to be sent; add headers to it */
  void sign(OutgoingRequest request);

  /**
   * Called once when the provider answers 401. Return true after renewing credentials (e.g. dropping a
   * cached token) to have the request signed and sent once more.
   *
   * @param request the attempt that was rejected
   * @return whether one more attempt with fresh credentials makes sense
   */
  default boolean refreshAfterUnauthorized(OutgoingRequest request) {
    return false;
  }

  /**
   * @param signers signers to run in order
   * @return one signer running them all; refreshes if any of them refreshed
   */
  static RequestSigner compose(RequestSigner... signers) {
    List<RequestSigner> all = List.of(signers);
    return new RequestSigner() {
      @Override
      public void sign(OutgoingRequest request) {
        for (RequestSigner signer : all) {
          signer.sign(request);
        }
      }

      @Override
      public boolean refreshAfterUnauthorized(OutgoingRequest request) {
        boolean refreshed = false;
        for (RequestSigner signer : all) {
          refreshed |= signer.refreshAfterUnauthorized(request);
        }
        return refreshed;
      }
    };
  }
}
