package io.github.paysdk.odeonpay.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JavaType;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.ErrorContexts;
import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.odeonpay.error.DuplicateInvoiceException;
import io.github.paysdk.odeonpay.model.Transaction;
import java.util.List;

/**
 * A successful OdeonPay answer: the raw response and its parsed envelope, with typed access to the payload.
 * The envelope comes in one of two forms: {@link Envelope} (payloads as trees, any endpoint) or, for the
 * transaction answers, {@link TransactionEnvelope} (payloads parsed straight into their types).
 *
 * @param response the response
 * @param envelope its envelope as trees, or null if it was parsed typed
 * @param typed its envelope with typed payloads, or null if it was parsed as trees
 */
public record Reply(ApiResponse response, Envelope envelope, TransactionEnvelope typed) {
  /**
   * @param response the response
   * @param envelope its envelope as trees
   */
  public Reply(ApiResponse response, Envelope envelope) {
    this(response, envelope, null);
  }

  /**
   * @param response the response
   * @param typed its envelope with typed payloads
   */
  public Reply(ApiResponse response, TransactionEnvelope typed) {
    this(response, null, typed);
  }

  private static JsonCodec codec() {
    return OdeonPayJson.codec();
  }

  /**
   * @param node a payload node
   * @param type the model type
   * @param <T> the model type
   * @return the node as that type
   * @throws MalformedResponseException if missing or not that shape
   */
  public <T> T convert(JsonNode node, Class<T> type) {
    return codec().convert(response, node, type);
  }

  /**
   * @param node an array payload node
   * @param type the element type
   * @param <T> the element type
   * @return the elements (empty for an empty array)
   * @throws MalformedResponseException if missing or not an array of that shape
   */
  public <T> List<T> list(JsonNode node, Class<T> type) {
    JavaType listType = codec().mapper().getTypeFactory().constructCollectionType(List.class, type);
    List<T> items = codec().convert(response, node, listType);
    return List.copyOf(items);
  }

  /** @return the {@code model} as a transaction */
  public Transaction transaction() {
    if (typed != null) {
      if (typed.model() == null) {
        throw missing("model");
      }
      return typed.model();
    }
    if (!Envelope.present(envelope.model())) {
      throw missing("model");
    }
    return convert(envelope.model(), Transaction.class);
  }

  /**
   * The {@code model} of a money-moving call whose duplicate protection keys on the invoice id.
   *
   * @return the transaction
   * @throws DuplicateInvoiceException if OdeonPay declined it as a duplicate invoice id (6002)
   */
  public Transaction transactionCheckingDuplicate() {
    Transaction transaction = transaction();
    if (transaction.isDeclined() && transaction.isDuplicateInvoice()) {
      throw duplicate(transaction);
    }
    return transaction;
  }

  /**
   * @param transaction the declined duplicate
   * @return the exception for it
   */
  public DuplicateInvoiceException duplicate(Transaction transaction) {
    return new DuplicateInvoiceException(
        ErrorContexts.of(response, String.valueOf(transaction.reasonCode()), transaction.reason())
            .withOutcomeUnknown(true),
        transaction);
  }

  /**
   * @param what what was expected, for the message
   * @return an exception for a 2xx answer that lacks the payload the endpoint documents
   */
  public MalformedResponseException missing(String what) {
    return new MalformedResponseException(
        "Response has no " + what + " (HTTP " + response.status() + ")",
        ErrorContexts.unreadable(response), null);
  }
}
