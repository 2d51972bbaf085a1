package io.github.paysdk.oy.callback;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paysdk.core.error.MalformedPayloadException;
import io.github.paysdk.core.json.JsonFailure;
import io.github.paysdk.oy.checkout.PaymentStatus;
import io.github.paysdk.oy.disbursement.Disbursement;
import io.github.paysdk.oy.internal.OyJson;

/**
 * Parses OY's callback bodies. Each method reads the raw bytes you received; a body that is not the
 * callback's shape throws {@link MalformedPayloadException}. Parsing does not prove the callback came
 * from OY: confirm it with {@link CallbackVerifier} before acting on it.
 */
public final class OyCallbacks {
  private OyCallbacks() {}

  /**
   * @param body the disbursement callback's body (the same shape as remit-status)
   * @return the disbursement; {@code outcome()} is SUCCESS (000), FAILED (300) or PENDING (301)
   */
  public static Disbursement parseDisbursement(byte[] body) {
    JsonNode tree = OyJson.codec().readPayloadTree(body);
    require(tree.path("status").path("code").isValueNode(), "status.code");
    require(tree.path("partner_trx_id").isTextual(), "partner_trx_id");
    return convert(tree, Disbursement.class);
  }

  /**
   * @param body the VA payment callback's body
   * @return the payment
   */
  public static VaPaymentCallback parseVaPayment(byte[] body) {
    JsonNode tree = OyJson.codec().readPayloadTree(body);
    require(tree.path("va_number").isValueNode(), "va_number");
    require(tree.path("trx_id").isValueNode(), "trx_id");
    return convert(tree, VaPaymentCallback.class);
  }

  /**
   * @param body the payment link or invoice callback's body
   * @return the link's state; {@code invoiceId()} and {@code fullName()} are set for invoices
   */
  public static PaymentStatus parsePaymentLink(byte[] body) {
    JsonNode tree = OyJson.codec().readPayloadTree(body);
    require(tree.path("partner_tx_id").isValueNode(), "partner_tx_id");
    require(tree.path("status").isTextual(), "status");
    return convert(tree, PaymentStatus.class);
  }

  private static void require(boolean present, String field) {
    if (!present) {
      throw new MalformedPayloadException("Callback has no " + field, null);
    }
  }

  private static <T> T convert(JsonNode tree, Class<T> type) {
    try {
      return OyJson.codec().mapper().treeToValue(tree, type);
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw new MalformedPayloadException("Callback is not a valid " + type.getSimpleName(),
          JsonFailure.of(e));
    }
  }
}
