package io.github.paysdk.oy.disbursement;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.oy.error.DuplicatePartnerTrxIdException;
import io.github.paysdk.oy.model.OyCodeTable;
import io.github.paysdk.oy.internal.OyHttp;
import java.util.Objects;

/**
 * Disbursements: {@code POST /api/remit} and {@code POST /api/remit-status}.
 *
 * <p>OY deduplicates on {@code partner_trx_id}: a second request with the same id is answered 203
 * (duplicate) or 257 (still in process) and creates nothing. The SDK sends the same id on every attempt
 * and turns such an answer into a status lookup, so {@link #create} retries a lost answer safely and
 * returns the one disbursement that exists.
 */
public final class DisbursementService {
  private final OyHttp http;

  /** @param http the OY transport (internal) */
  public DisbursementService(OyHttp http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  /**
   * Creates a disbursement. Usually returns {@code PENDING} (101): the final result arrives by callback or
   * through {@link #status(String)}.
   *
   * @param request the disbursement
   * @return the disbursement; {@code outcome()} is SUCCESS, PENDING or FAILED (206, 225, 300)
   * @throws DuplicatePartnerTrxIdException if the id already belongs to a different disbursement
   * @throws io.github.paysdk.core.error.InvalidRequestException for a rejected request (205, 209, 210,
   *     990 ...): nothing was created
   * @throws io.github.paysdk.core.error.ServerException with {@code isOutcomeUnknown()} for 999 or 5xx:
   *     call {@link #status(String)} with the same id before anything else
   * @throws io.github.paysdk.core.error.ApiConnectionException on a lost answer; when
   *     {@code isOutcomeUnknown()} look the disbursement up by {@code lookupKey()}
   */
  public Disbursement create(CreateDisbursementRequest request) {
    Objects.requireNonNull(request, "request");
    ApiRequest call = http.request(HttpMethod.POST, "/api/remit", request)
        // Safe to resend: OY answers a repeated partner_trx_id with 203/257, which becomes a lookup.
        .retryMode(RetryMode.IDEMPOTENT)
        .lookupKey(request.partnerTrxId())
        .build();
    try {
      return http.statusObject(
          call, OyCodeTable.DISBURSEMENT_CREATE, Disbursement.class, Disbursement::status);
    } catch (DuplicatePartnerTrxIdException duplicate) {
      return existing(request, duplicate);
    }
  }

  private Disbursement existing(
      CreateDisbursementRequest request, DuplicatePartnerTrxIdException duplicate) {
    Disbursement found;
    try {
      found = status(request.partnerTrxId());
    } catch (PaySdkException lookupFailed) {
      throw new DuplicatePartnerTrxIdException("A disbursement with partner_trx_id "
          + request.partnerTrxId() + " already exists but its status could not be read; look it up",
          duplicate.context().withOutcomeUnknown(true), lookupFailed);
    }
    if (!sameDisbursement(request, found)) {
      throw new DuplicatePartnerTrxIdException("partner_trx_id " + request.partnerTrxId()
          + " is already used by a different disbursement", duplicate.context());
    }
    return found;
  }

  private static boolean sameDisbursement(CreateDisbursementRequest request, Disbursement found) {
    return (found.amount() == null || found.amount().longValue() == request.amount()
            && found.amount().stripTrailingZeros().scale() <= 0)
        && (found.recipientAccount() == null
            || found.recipientAccount().equals(request.recipientAccount()))
        && (found.recipientBank() == null
            || found.recipientBank().equalsIgnoreCase(request.recipientBank()));
  }

  /**
   * Reads a disbursement's status. Call it after a timeout, after an outcome-unknown error, or about 60
   * seconds after creating, until {@code isFinal()}.
   *
   * @param partnerTrxId your id for the disbursement
   * @return the disbursement
   * @throws io.github.paysdk.core.error.NotFoundException for 204: no disbursement with that id exists,
   *     so it is safe to create it
   */
  public Disbursement status(String partnerTrxId) {
    return status(partnerTrxId, false);
  }

  /**
   * @param partnerTrxId your id for the disbursement
   * @param sendCallback whether OY should send the callback again
   * @return the disbursement
   * @throws io.github.paysdk.core.error.NotFoundException for 204 (no such disbursement)
   */
  public Disbursement status(String partnerTrxId, boolean sendCallback) {
    Validate.notBlank(partnerTrxId, "partnerTrxId");
    Validate.maxLength(partnerTrxId, 255, "partnerTrxId");
    ApiRequest call = http.request(HttpMethod.POST, "/api/remit-status",
            new StatusQuery(partnerTrxId, sendCallback))
        // A status read: repeating it changes nothing (at most one more callback when asked for).
        .retryMode(RetryMode.READ)
        .lookupKey(partnerTrxId)
        .build();
    return http.statusObject(
        call, OyCodeTable.DISBURSEMENT_STATUS, Disbursement.class, Disbursement::status);
  }

  /**
   * The body of {@code POST /api/remit-status}, written as {@code {"partner_trx_id":...,
   * "send_callback":...}}: a record instead of a map, so no map is built per status read.
   *
   * @param partnerTrxId your id for the disbursement
   * @param sendCallback whether OY should send the callback again
   */
  @JsonPropertyOrder({"partner_trx_id", "send_callback"})
  record StatusQuery(String partnerTrxId, boolean sendCallback) {}
}
