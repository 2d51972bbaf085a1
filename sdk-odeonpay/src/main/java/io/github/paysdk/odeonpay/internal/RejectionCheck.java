package io.github.paysdk.odeonpay.internal;

import com.fasterxml.jackson.core.JsonToken;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.ErrorContexts;
import io.github.paysdk.core.json.TopLevelValueWatcher;
import io.github.paysdk.odeonpay.error.RequestRejectedException;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a rejection apart from an answer while the envelope is parsed into its model, so that one parse
 * does both. A 2xx answer is a rejection ({@link RequestRejectedException}) when its {@code success} is
 * false and it carries no payload; {@code success:false} with a model or a 3-D Secure model is a decline or
 * a 3-D Secure step, which the services turn into results. Keys are matched case-insensitively.
 *
 * <p>Watches the top level as it goes by (one instance per parse, not thread-safe): only a {@code success}
 * whose last value is neither {@code true} nor null, with no payload key carrying a value, may be a
 * rejection; the parsed {@code success} then decides.
 */
final class RejectionCheck implements TopLevelValueWatcher.Listener {
  /** The envelope's payload keys ({@link Envelope}), lower case. */
  private static final Set<String> PAYLOADS = Set.of(
      "model", "transactions", "link", "balances", "threedsredirectmodel", "threedsmodel");

  private boolean failed;
  private boolean payload;

  @Override
  public void topLevelValue(String name, JsonToken token) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.equals("success")) {
      // Anything but a literal true or null leaves it to the parsed flag, which decides.
      failed = token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_NULL;
    } else if (token != JsonToken.VALUE_NULL && PAYLOADS.contains(key)) {
      payload = true;
    }
  }

  /**
   * @return whether the answer may be a rejection: a {@code success} that is not {@code true} and no
   *     payload key with a value; nearly every answer is not
   */
  boolean mayBeRejection() {
    return failed && !payload;
  }

  /**
   * @param response the 2xx response
   * @param success the envelope's parsed {@code success}
   * @param message the envelope's parsed {@code message}
   * @throws RequestRejectedException if the answer is a rejection
   */
  void throwIfRejected(ApiResponse response, Boolean success, String message) {
    if (mayBeRejection() && Boolean.FALSE.equals(success)) {
      throw new RequestRejectedException(ErrorContexts.of(response, null, message));
    }
  }

  /**
   * For answers parsed into a model that carries neither {@code success} nor {@code message} (the lists):
   * only when the answer may be a rejection, parses its {@link Envelope} to decide.
   *
   * @param response the 2xx response
   * @throws RequestRejectedException if the answer is a rejection
   */
  void throwIfRejected(ApiResponse response) {
    if (!mayBeRejection()) {
      return;
    }
    Envelope envelope;
    try {
      envelope = OdeonPayJson.codec().mapper().readValue(response.body(), Envelope.class);
    } catch (IOException | RuntimeException notAnEnvelope) {
      return; // the caller reports the answer as it found it
    }
    if (envelope != null && !envelope.hasPayload()) {
      throwIfRejected(response, envelope.success(), envelope.message());
    }
  }
}
