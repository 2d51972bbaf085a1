package io.github.paysdk.momo.callback;

import io.github.paysdk.core.error.MalformedPayloadException;
import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.momo.model.TransactionResult;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Parses MoMo callbacks and confirms them. MTN sends callbacks by POST (V1 operations) or PUT (V2,
 * invoices, payments, pre-approvals), unsigned, possibly more than once and possibly before the status
 * query reflects them; answer 2xx within 2 seconds and treat the callback as a hint.
 */
public final class MomoCallbacks {
  private static final JsonCodec CODEC = JsonCodec.standard();

  private MomoCallbacks() {}

  /**
   * @param method the HTTP method of the callback request
   * @param body the raw body
   * @return the callback
   * @throws MalformedPayloadException if the method is not POST or PUT, or the body is not a result
   */
  public static MomoCallback parse(String method, byte[] body) {
    String verb = Objects.requireNonNull(method, "method").trim().toUpperCase(Locale.ROOT);
    if (!verb.equals("POST") && !verb.equals("PUT")) {
      throw new MalformedPayloadException("MoMo callbacks are POST or PUT, not " + verb, null);
    }
    return new MomoCallback(verb, CODEC.readPayload(body, TransactionResult.class));
  }

  /**
   * @param body the raw body of a callback for another kind of resource (invoice, payment,
   *     pre-approval, cash transfer)
   * @param type the result type, e.g. {@code InvoiceResult.class}
   * @param <T> the result type
   * @return the parsed body
   */
  public static <T> T parse(byte[] body, Class<T> type) {
    return CODEC.readPayload(body, type);
  }

  /**
   * Confirms a callback through the status endpoint: MTN does not sign callbacks, so only the status
   * query is trustworthy.
   *
   * @param callback the callback received
   * @param statusCall the status query of the same transaction, e.g.
   *     {@code () -> momo.collection().requestToPayStatus(referenceIdFromUrl)}
   * @return the confirmed status and whether the callback agreed with it
   */
  public static CallbackConfirmation confirm(MomoCallback callback,
      Supplier<TransactionResult> statusCall) {
    Objects.requireNonNull(callback, "callback");
    TransactionResult claimed = callback.result();
    TransactionResult actual = statusCall.get();
    boolean matches = claimed.status() == actual.status()
        && sameAmount(claimed, actual)
        && Objects.equals(claimed.currency(), actual.currency())
        && Objects.equals(claimed.externalId(), actual.externalId());
    return new CallbackConfirmation(actual, matches);
  }

  private static boolean sameAmount(TransactionResult a, TransactionResult b) {
    if (a.amount() == null || b.amount() == null) {
      return a.amount() == b.amount();
    }
    return a.amount().compareTo(b.amount()) == 0;
  }
}
