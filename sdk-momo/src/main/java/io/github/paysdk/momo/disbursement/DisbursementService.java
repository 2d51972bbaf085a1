package io.github.paysdk.momo.disbursement;

import io.github.paysdk.momo.model.Accepted;
import io.github.paysdk.momo.model.ProductService;
import io.github.paysdk.momo.model.StatusPoller;
import io.github.paysdk.momo.model.TransactionResult;
import io.github.paysdk.momo.model.TransferRequest;
import io.github.paysdk.momo.internal.ProductChannel;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * MoMo Disbursement ({@code /disbursement}, Disbursements subscription key). Every create call sends the
 * request's {@code X-Reference-Id}, is retried with that same id (MTN deduplicates on it) and answers
 * {@link Accepted}: the transaction is only accepted, query its status or await it. A failure after the
 * request may have reached MTN is thrown with {@code isOutcomeUnknown() == true} and the reference id as
 * {@code lookupKey()}. Obtain it from {@code MomoClient.disbursement()}.
 */
public final class DisbursementService extends ProductService {

  /**
   * @param channel the disbursement channel (internal)
   * @param poller the client's poller
   */
  public DisbursementService(ProductChannel channel, StatusPoller poller) {
    super(channel, poller);
  }

  /**
   * {@code POST /disbursement/v1_0/transfer}: move money from the merchant account to a payee.
   *
   * @param request the transfer
   * @return its reference id
   */
  public Accepted transfer(TransferRequest request) {
    return send("/v1_0/transfer", request);
  }

  /**
   * {@code GET /disbursement/v1_0/transfer/{referenceId}}.
   *
   * @param referenceId the transfer's reference id
   * @return its status; FAILED comes with a reason
   * @throws io.github.paysdk.core.error.NotFoundException if MTN does not know it (yet)
   */
  public TransactionResult transferStatus(UUID referenceId) {
    return transactionStatus("/v1_0/transfer/", referenceId);
  }

  /**
   * Polls {@link #transferStatus} until final or the timeout passes.
   *
   * @param referenceId the transfer's reference id
   * @param timeout how long to poll
   * @return the final result, or the last one seen
   */
  public TransactionResult awaitTransfer(UUID referenceId, Duration timeout) {
    return awaitFinal(() -> transferStatus(referenceId), timeout);
  }

  /**
   * {@code POST /disbursement/v1_0/deposit} (Deposit-V1): cash-in to a payee; the callback is a POST.
   *
   * @param request the deposit
   * @return its reference id
   */
  public Accepted depositV1(TransferRequest request) {
    return send("/v1_0/deposit", request);
  }

  /**
   * {@code POST /disbursement/v2_0/deposit} (Deposit-V2): as V1, but the callback is a PUT.
   *
   * @param request the deposit
   * @return its reference id
   */
  public Accepted depositV2(TransferRequest request) {
    return send("/v2_0/deposit", request);
  }

  /**
   * {@code GET /disbursement/v1_0/deposit/{referenceId}}, for V1 and V2 deposits.
   *
   * @param referenceId the deposit's reference id
   * @return its status (the sandbox omits {@code financialTransactionId})
   */
  public TransactionResult depositStatus(UUID referenceId) {
    return transactionStatus("/v1_0/deposit/", referenceId);
  }

  /**
   * {@code POST /disbursement/v1_0/refund} (Refund-V1): refund a collection request to pay, in full or in
   * part; the callback is a POST.
   *
   * @param request the refund
   * @return its reference id
   */
  public Accepted refundV1(RefundRequest request) {
    return sendRefund("/v1_0/refund", request);
  }

  /**
   * {@code POST /disbursement/v2_0/refund} (Refund-V2): as V1, but the callback is a PUT.
   *
   * @param request the refund
   * @return its reference id
   */
  public Accepted refundV2(RefundRequest request) {
    return sendRefund("/v2_0/refund", request);
  }

  /**
   * {@code GET /disbursement/v1_0/refund/{referenceId}}, for V1 and V2 refunds.
   *
   * @param referenceId the refund's reference id
   * @return its status
   */
  public TransactionResult refundStatus(UUID referenceId) {
    return transactionStatus("/v1_0/refund/", referenceId);
  }

  private Accepted send(String path, TransferRequest request) {
    return create(path, request, Objects.requireNonNull(request, "request").currency(), "currency");
  }

  private Accepted sendRefund(String path, RefundRequest request) {
    return create(path, request, Objects.requireNonNull(request, "request").currency(), "currency");
  }
}
