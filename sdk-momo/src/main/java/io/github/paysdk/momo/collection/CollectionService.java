package io.github.paysdk.momo.collection;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.momo.model.Accepted;
import io.github.paysdk.momo.model.AccountHolder;
import io.github.paysdk.momo.model.ProductService;
import io.github.paysdk.momo.model.StatusPoller;
import io.github.paysdk.momo.model.TransactionResult;
import io.github.paysdk.momo.internal.MomoRules;
import io.github.paysdk.momo.internal.ProductChannel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * MoMo Collection ({@code /collection}, Collections subscription key). Create calls send the request's
 * {@code X-Reference-Id}, are retried with that same id and answer {@link Accepted}; a failure after the
 * request may have reached MTN is thrown with {@code isOutcomeUnknown() == true} and the reference id as
 * {@code lookupKey()}. Obtain it from {@code MomoClient.collection()}.
 */
public final class CollectionService extends ProductService {
  private static final TypeReference<List<PreApprovalDetails>> DETAILS = new TypeReference<>() {};
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}");
  private static final Pattern PRE_APPROVAL_ID = Pattern.compile("[A-Za-z0-9_-]+");

  /**
   * @param channel the collection channel (internal)
   * @param poller the client's poller
   */
  public CollectionService(ProductChannel channel, StatusPoller poller) {
    super(channel, poller);
  }

  /**
   * {@code POST /collection/v1_0/requesttopay}: ask a payer to approve a debit (callback: POST).
   *
   * @param request the request to pay
   * @return its reference id
   */
  public Accepted requestToPay(RequestToPayRequest request) {
    return sendPayerRequest("/v1_0/requesttopay", request);
  }

  /**
   * {@code GET /collection/v1_0/requesttopay/{referenceId}}.
   *
   * @param referenceId the request to pay's reference id
   * @return its status; FAILED comes with a reason (e.g. APPROVAL_REJECTED, EXPIRED)
   */
  public TransactionResult requestToPayStatus(UUID referenceId) {
    return transactionStatus("/v1_0/requesttopay/", referenceId);
  }

  /**
   * Polls {@link #requestToPayStatus} until final or the timeout passes (the payer has 5 minutes).
   *
   * @param referenceId the reference id
   * @param timeout how long to poll
   * @return the final result, or the last one seen
   */
  public TransactionResult awaitRequestToPay(UUID referenceId, Duration timeout) {
    return awaitFinal(() -> requestToPayStatus(referenceId), timeout);
  }

  /**
   * {@code POST /collection/v1_0/requesttopay/{referenceId}/deliverynotification}: send the payer a
   * notification about a request to pay. Not retried once sent.
   *
   * @param referenceId the request to pay's reference id
   * @param message the text (max 160 characters, no apostrophe)
   * @param language an ISO 639 language code, or null
   */
  public void requestToPayDeliveryNotification(UUID referenceId, String message, String language) {
    MomoRules.uuidV4(referenceId, "referenceId");
    Validate.notBlank(message, "notificationMessage");
    MomoRules.message(message, "notificationMessage");
    MomoRules.headerValue(message, "notificationMessage");
    if (language != null) {
      Validate.matches(language, LANGUAGE, "must be an ISO 639-1 or 639-3 code", "language");
    }
    ApiRequest call = channel().request(HttpMethod.POST,
            "/v1_0/requesttopay/" + referenceId + "/deliverynotification")
        .header("notificationMessage", message)
        .header("Language", language)
        .body(channel().codec().toBytes(Map.of("notificationMessage", message)), "application/json")
        .retryMode(RetryMode.NON_IDEMPOTENT)
        .build();
    channel().send(ProductChannel.Auth.BEARER, call);
  }

  /**
   * {@code POST /collection/v1_0/requesttowithdraw} (RequestToWithdraw-V1; callback: POST).
   *
   * @param request the withdrawal (payer-based, like a request to pay)
   * @return its reference id
   */
  public Accepted requestToWithdrawV1(RequestToPayRequest request) {
    return sendPayerRequest("/v1_0/requesttowithdraw", request);
  }

  /**
   * {@code POST /collection/v2_0/requesttowithdraw} (RequestToWithdraw-V2; callback: PUT).
   *
   * @param request the withdrawal
   * @return its reference id
   */
  public Accepted requestToWithdrawV2(RequestToPayRequest request) {
    return sendPayerRequest("/v2_0/requesttowithdraw", request);
  }

  /**
   * {@code GET /collection/v1_0/requesttowithdraw/{referenceId}}, for V1 and V2.
   *
   * @param referenceId the withdrawal's reference id
   * @return its status
   */
  public TransactionResult requestToWithdrawStatus(UUID referenceId) {
    return transactionStatus("/v1_0/requesttowithdraw/", referenceId);
  }

  /**
   * {@code POST /collection/v2_0/invoice}.
   *
   * @param request the invoice
   * @return its reference id
   */
  public Accepted createInvoice(CreateInvoiceRequest request) {
    return create("/v2_0/invoice", request,
        Objects.requireNonNull(request, "request").currency(), "currency");
  }

  /**
   * {@code GET /collection/v2_0/invoice/{referenceId}}.
   *
   * @param referenceId the invoice's reference id
   * @return its status
   */
  public InvoiceResult invoiceStatus(UUID referenceId) {
    MomoRules.uuidV4(referenceId, "referenceId");
    return channel().get("/v2_0/invoice/" + referenceId, InvoiceResult.class);
  }

  /**
   * {@code DELETE /collection/v2_0/invoice/{referenceId}} with body {@code {"externalId":..}}. The
   * cancellation has its own {@code X-Reference-Id}; MTN answers 200 or 202.
   *
   * @param invoiceReferenceId the invoice to cancel
   * @param externalId the invoice's external id
   * @param cancellationReferenceId a new UUID v4 for the cancellation, or null to generate one
   * @param callbackUrl where MTN sends the (PUT) callback, or null for the client's default
   * @return the cancellation's reference id
   */
  public Accepted cancelInvoice(UUID invoiceReferenceId, String externalId,
      UUID cancellationReferenceId, String callbackUrl) {
    MomoRules.uuidV4(invoiceReferenceId, "invoiceReferenceId");
    Validate.notBlank(externalId, "externalId");
    MomoRules.callbackUrl(callbackUrl, "callbackUrl");
    UUID id = cancellationReferenceId == null ? UUID.randomUUID() : cancellationReferenceId;
    return channel().create(HttpMethod.DELETE, "/v2_0/invoice/" + invoiceReferenceId, id,
        callbackUrl, Map.of("externalId", externalId));
  }

  /**
   * {@code POST /collection/v2_0/payment}.
   *
   * @param request the payment
   * @return its reference id
   */
  public Accepted createPayment(CreatePaymentRequest request) {
    return create("/v2_0/payment", request,
        Objects.requireNonNull(request, "request").money().currency(), "money.currency");
  }

  /**
   * {@code GET /collection/v2_0/payment/{referenceId}}.
   *
   * @param referenceId the payment's reference id
   * @return its status
   */
  public PaymentResult paymentStatus(UUID referenceId) {
    MomoRules.uuidV4(referenceId, "referenceId");
    return channel().get("/v2_0/payment/" + referenceId, PaymentResult.class);
  }

  /**
   * {@code POST /collection/v2_0/preapproval}.
   *
   * @param request the pre-approval
   * @return its reference id
   */
  public Accepted preApproval(PreApprovalRequest request) {
    return create("/v2_0/preapproval", request,
        Objects.requireNonNull(request, "request").payerCurrency(), "payerCurrency");
  }

  /**
   * {@code GET /collection/v2_0/preapproval/{referenceId}}.
   *
   * @param referenceId the pre-approval's reference id
   * @return its status
   */
  public PreApprovalResult preApprovalStatus(UUID referenceId) {
    MomoRules.uuidV4(referenceId, "referenceId");
    return channel().get("/v2_0/preapproval/" + referenceId, PreApprovalResult.class);
  }

  /**
   * {@code GET /collection/v1_0/preapprovals/{type}/{id}}: the pre-approvals an account holder gave.
   *
   * @param holder the account holder
   * @return the pre-approvals
   */
  public List<PreApprovalDetails> approvedPreApprovals(AccountHolder holder) {
    Objects.requireNonNull(holder, "holder");
    return channel().get("/v1_0/preapprovals/" + holder.idType().pathValue() + "/" + holder.id(),
        channel().codec().mapper().constructType(DETAILS));
  }

  /**
   * {@code DELETE /collection/v1_0/preapproval/{preApprovalId}}: cancel an APPROVED pre-approval where
   * you are the payee. Safe to repeat.
   *
   * @param preApprovalId the {@link PreApprovalDetails#preApprovalId()}
   */
  public void cancelPreApproval(String preApprovalId) {
    Validate.matches(preApprovalId, PRE_APPROVAL_ID,
        "must contain only letters, digits, '-' and '_'", "preApprovalId");
    channel().send(ProductChannel.Auth.BEARER,
        channel().request(HttpMethod.DELETE, "/v1_0/preapproval/" + preApprovalId)
            .retryMode(RetryMode.IDEMPOTENT).build());
  }

  private Accepted sendPayerRequest(String path, RequestToPayRequest request) {
    return create(path, request, Objects.requireNonNull(request, "request").currency(), "currency");
  }
}
