package io.github.paysdk.odeo.disbursement;

import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeo.internal.OdeoApi;
import io.github.paysdk.odeo.internal.OdeoValidation;
import java.util.List;
import java.util.Objects;

/**
 * Odeo's disbursement API ({@code /dg/v1}): supported banks, bank account inquiry, and disbursements
 * (money sent to a bank account). Obtain it from {@code OdeoClient.disbursement()}.
 */
public final class DisbursementService {
  /** Fields without which an answer is not a disbursement. */
  private static final String[] REQUIRED = {"disbursement_id", "reference_id", "status"};
  private final OdeoApi api;

  /**
   * Not public API: use {@code OdeoClient.disbursement()}.
   *
   * @param api the client's connection
   */
  public DisbursementService(OdeoApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /**
   * {@code GET /dg/v1/banks}.
   *
   * @return the banks Odeo can disburse to
   */
  public List<Bank> getBanks() {
    return api.get("/dg/v1/banks", List.of()).list("banks", Bank.class);
  }

  /**
   * {@code POST /dg/v1/bank-account-inquiry}. Charges an inquiry fee, so it is not retried once it may
   * have reached Odeo.
   *
   * @param request the account to inquire
   * @return the account as the bank reports it
   * @throws io.github.paysdk.odeo.error.OdeoInputValidationException if Odeo rejects the input
   * @throws io.github.paysdk.odeo.error.OdeoInvalidBankException if the bank id is not supported
   * @throws io.github.paysdk.odeo.error.OdeoInsufficientBalanceException if the balance does not cover
   *     the inquiry fee
   */
  public BankAccount bankAccountInquiry(BankAccountInquiryRequest request) {
    Objects.requireNonNull(request, "request");
    return api.send(HttpMethod.POST, "/dg/v1/bank-account-inquiry", request.toJson(), null)
        .as(BankAccount.class, "status");
  }

  /**
   * {@code POST /dg/v1/disbursements}: moves money. Odeo does not document deduplication of a repeated
   * request, so the SDK never resends it once it may have left the JVM. If the call fails with
   * {@code isOutcomeUnknown() == true} (a timeout, a dropped connection, a 5xx or an unreadable answer),
   * the money may have moved: call {@link #getDisbursementByReferenceId(String)} with the same reference
   * id ({@code e.lookupKey()}). If that throws
   * {@link io.github.paysdk.odeo.error.OdeoResourceNotFoundException}, the order was not created and you
   * may send it again with the same reference id; Odeo rejects a reference id it already has.
   *
   * @param request the order
   * @return the created disbursement, normally {@link DisbursementStatus#PENDING_DISBURSE_INQUIRY}
   * @throws io.github.paysdk.odeo.error.OdeoGeneralException e.g. if the reference id already exists
   * @throws io.github.paysdk.odeo.error.OdeoInvalidBankException if the bank id is not supported
   * @throws io.github.paysdk.odeo.error.OdeoInsufficientBalanceException if the balance is too low
   */
  public Disbursement createDisbursement(CreateDisbursementRequest request) {
    Objects.requireNonNull(request, "request");
    return api.sendBytes(HttpMethod.POST, "/dg/v1/disbursements", request.toBody(), request.referenceId())
        .as(Disbursement.class, REQUIRED);
  }

  /**
   * {@code GET /dg/v1/disbursements/{disbursementId}}.
   *
   * @param disbursementId Odeo's id ({@link Disbursement#disbursementId()}), digits only
   * @return the disbursement
   * @throws io.github.paysdk.odeo.error.OdeoResourceNotFoundException if there is none
   */
  public Disbursement getDisbursement(String disbursementId) {
    OdeoValidation.numericId(disbursementId, "disbursementId");
    return api.get("/dg/v1/disbursements/" + disbursementId, List.of())
        .as(Disbursement.class, REQUIRED);
  }

  /**
   * {@code GET /dg/v1/disbursements/reference-id/{referenceId}}: how to find out what happened to a
   * {@link #createDisbursement} whose outcome is unknown.
   *
   * @param referenceId your reference id
   * @return the disbursement
   * @throws io.github.paysdk.odeo.error.OdeoResourceNotFoundException if there is none
   */
  public Disbursement getDisbursementByReferenceId(String referenceId) {
    OdeoValidation.referenceId(referenceId, "referenceId");
    return api.get("/dg/v1/disbursements/reference-id/" + referenceId, List.of())
        .as(Disbursement.class, REQUIRED);
  }

  /**
   * Looks a disbursement up by exactly one of its ids, like the Python SDK's
   * {@code get_disbursement(by_disbursement_id, by_reference_id)}.
   *
   * @param disbursementId Odeo's id, or null
   * @param referenceId your reference id, or null
   * @return the disbursement
   * @throws io.github.paysdk.core.error.ValidationException if both or neither are given
   */
  public Disbursement getDisbursement(String disbursementId, String referenceId) {
    Validate.exactlyOne(disbursementId, "disbursementId", referenceId, "referenceId");
    return disbursementId != null && !disbursementId.isBlank()
        ? getDisbursement(disbursementId)
        : getDisbursementByReferenceId(referenceId);
  }
}
