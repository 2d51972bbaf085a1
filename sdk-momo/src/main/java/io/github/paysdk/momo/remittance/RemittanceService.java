package io.github.paysdk.momo.remittance;

import io.github.paysdk.momo.model.Accepted;
import io.github.paysdk.momo.model.ProductService;
import io.github.paysdk.momo.model.StatusPoller;
import io.github.paysdk.momo.model.TransactionResult;
import io.github.paysdk.momo.model.TransferRequest;
import io.github.paysdk.momo.internal.MomoRules;
import io.github.paysdk.momo.internal.ProductChannel;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * MoMo Remittance ({@code /remittance}, Remittances subscription key). Create calls are retried with
 * the same {@code X-Reference-Id} and answer {@link Accepted}. Obtain it from
 * {@code MomoClient.remittance()}.
 */
public final class RemittanceService extends ProductService {

  /**
   * @param channel the remittance channel (internal)
   * @param poller the client's poller
   */
  public RemittanceService(ProductChannel channel, StatusPoller poller) {
    super(channel, poller);
  }

  /**
   * {@code POST /remittance/v1_0/transfer}.
   *
   * @param request the transfer
   * @return its reference id
   */
  public Accepted transfer(TransferRequest request) {
    return create("/v1_0/transfer", request,
        Objects.requireNonNull(request, "request").currency(), "currency");
  }

  /**
   * {@code GET /remittance/v1_0/transfer/{referenceId}}.
   *
   * @param referenceId the transfer's reference id
   * @return its status
   */
  public TransactionResult transferStatus(UUID referenceId) {
    return transactionStatus("/v1_0/transfer/", referenceId);
  }

  /**
   * Polls {@link #transferStatus} until final or the timeout passes.
   *
   * @param referenceId the reference id
   * @param timeout how long to poll
   * @return the final result, or the last one seen
   */
  public TransactionResult awaitTransfer(UUID referenceId, Duration timeout) {
    return awaitFinal(() -> transferStatus(referenceId), timeout);
  }

  /**
   * {@code POST /remittance/v2_0/cashtransfer}.
   *
   * @param request the cash transfer
   * @return its reference id
   */
  public Accepted cashTransfer(CashTransferRequest request) {
    return create("/v2_0/cashtransfer", request,
        Objects.requireNonNull(request, "request").currency(), "currency");
  }

  /**
   * {@code GET /remittance/v2_0/cashtransfer/{referenceId}}.
   *
   * @param referenceId the cash transfer's reference id
   * @return its status
   */
  public CashTransferResult cashTransferStatus(UUID referenceId) {
    MomoRules.uuidV4(referenceId, "referenceId");
    return channel().get("/v2_0/cashtransfer/" + referenceId, CashTransferResult.class);
  }
}
