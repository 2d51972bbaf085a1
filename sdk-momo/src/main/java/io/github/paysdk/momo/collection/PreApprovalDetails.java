package io.github.paysdk.momo.collection;

/**
 * One pre-approval an account holder has given
 * ({@code GET /collection/v1_0/preapprovals/{type}/{id}}). Times are kept as sent.
 *
 * @param preApprovalId its id, for {@link CollectionService#cancelPreApproval}
 * @param toFri the payee's FRI
 * @param fromFri the payer's FRI
 * @param fromCurrency the payer's currency
 * @param createdTime when created
 * @param approvedTime when approved
 * @param expiryTime when it expires
 * @param status its state
 * @param message its message
 * @param frequency DAILY, WEEKLY or MONTHLY, as sent
 * @param startDate start date
 * @param lastUsedDate last use
 * @param offer the offer
 * @param externalId your reference
 * @param maxDebitAmount the largest debit, as sent
 */
public record PreApprovalDetails(
    String preApprovalId,
    String toFri,
    String fromFri,
    String fromCurrency,
    String createdTime,
    String approvedTime,
    String expiryTime,
    PreApprovalState status,
    String message,
    String frequency,
    String startDate,
    String lastUsedDate,
    String offer,
    String externalId,
    String maxDebitAmount) {}
