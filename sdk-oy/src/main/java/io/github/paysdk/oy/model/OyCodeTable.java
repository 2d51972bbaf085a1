package io.github.paysdk.oy.model;

import static io.github.paysdk.oy.model.OyOutcome.DUPLICATE;
import static io.github.paysdk.oy.model.OyOutcome.FAILED;
import static io.github.paysdk.oy.model.OyOutcome.NOT_FOUND;
import static io.github.paysdk.oy.model.OyOutcome.OUTCOME_UNKNOWN;
import static io.github.paysdk.oy.model.OyOutcome.PENDING;
import static io.github.paysdk.oy.model.OyOutcome.REJECTED;
import static io.github.paysdk.oy.model.OyOutcome.RETRYABLE;
import static io.github.paysdk.oy.model.OyOutcome.SUCCESS;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One of OY's status-code tables, with each code classified as an {@link OyOutcome}. The same code
 * means different things in different tables (209 is a billed "account not found" result for an
 * account inquiry, but a rejected request for a disbursement), so every endpoint names its table.
 * A code a table does not list is {@link OyOutcome#OUTCOME_UNKNOWN}: never guess that it failed.
 */
public final class OyCodeTable {
  /** Account inquiry, its invoices and paying them (all four account-inquiry endpoints). */
  public static final OyCodeTable ACCOUNT_INQUIRY = new OyCodeTable("account inquiry")
      .add("000", SUCCESS, "Inquiry is success")
      .add("201", REJECTED, "Request is Rejected (User ID is not Found)")
      .add("202", REJECTED, "Request is Rejected (User ID/product is not active)")
      .add("203", REJECTED, "Request is Rejected (User Config is not valid)")
      .add("204", NOT_FOUND, "Request is Rejected (Invoice ID is not found)")
      .add("205", REJECTED, "Request is Rejected (Beneficiary Bank Code is Not Supported)")
      .add("206", REJECTED, "Failed doing payment (Balance is not enough)")
      .add("207", REJECTED, "Request is Rejected (Request IP Address is not Registered)")
      .add("208", REJECTED, "Request is Rejected (API Key is not Valid)")
      .add("209", FAILED, "Request is Rejected (Bank Account is not found)")
      .add("232", REJECTED, "Request is Rejected (User has unpaid invoices)")
      .add("300", REJECTED, "Failed doing payment (invoice is not on UNPAID status)")
      .add("429", RETRYABLE, "Request Rejected (Too Many Request to specific endpoint)")
      .add("990", REJECTED, "Request is Rejected (Request Parameter is not Valid)")
      .add("999", RETRYABLE, "Internal server error");

  /** Create disbursement ({@code /api/remit}): transaction status and request status. */
  public static final OyCodeTable DISBURSEMENT_CREATE = new OyCodeTable("create disbursement")
      .add("000", SUCCESS, "Transaction has been completed (success); only in the overbooking flow")
      .add("101", PENDING, "Transaction is Processed")
      .add("102", PENDING, "Transaction is In Progress")
      .add("206", FAILED, "Transaction is FAILED (Partner Deposit Balance is Not Enough)")
      .add("225", FAILED, "Transaction is FAILED (Transaction amount exceeds the maximum limit)")
      .add("300", FAILED, "Transaction is FAILED")
      .add("301", PENDING, "Pending (When there is an unclear answer from Banks Network)")
      .add("201", REJECTED, "Request is Rejected (User ID is not Found)")
      .add("202", REJECTED, "Request is Rejected (User ID is not Active)")
      .add("203", DUPLICATE, "Request is Rejected (Duplicate Partner Tx ID)")
      .add("205", REJECTED, "Request is Rejected (Beneficiary Bank Code is Not Supported)")
      .add("207", REJECTED, "Request is Rejected (Request IP Address is not Registered)")
      .add("208", REJECTED, "Request is Rejected (API Key is not Valid)")
      .add("209", REJECTED, "Request is Rejected (Bank Account is not found)")
      .add("210", REJECTED, "Request is Rejected (Amount is not valid)")
      .add("211", REJECTED, "Request is Rejected (Bank Account is not Allowed)")
      .add("257", DUPLICATE,
          "Request is Rejected (Disbursement with the same Partner Tx ID is still in process)")
      .add("264", REJECTED, "Request is Rejected (The suggested routing from the partner is not valid)")
      .add("429", RETRYABLE, "Request Rejected (Too Many Request to specific endpoint)")
      .add("504", OUTCOME_UNKNOWN, "Disbursement Submission Timed Out")
      .add("990", REJECTED, "Request is Rejected (Invalid Format)")
      .add("999", OUTCOME_UNKNOWN, "Internal Server Error");

  /**
   * Get disbursement status ({@code /api/remit-status}). Its request-status rows (201-208, 429, 990,
   * 999) say nothing about the transaction: they are never FAILED.
   */
  public static final OyCodeTable DISBURSEMENT_STATUS = new OyCodeTable("disbursement status")
      .add("000", SUCCESS, "Transaction has been completed (success)")
      .add("101", PENDING, "Transaction is Processed")
      .add("102", PENDING, "Transaction is In Progress")
      .add("204", NOT_FOUND, "Transaction do not exist (Partner Tx ID is Not Found)")
      .add("206", FAILED, "Transaction is FAILED (Partner Deposit Balance is Not Enough)")
      .add("225", FAILED, "Transaction is FAILED (Transaction amount exceeds the maximum limit)")
      .add("300", FAILED, "Transaction is FAILED")
      .add("301", PENDING, "Pending (When there is an unclear answer from Banks Network)")
      .add("201", REJECTED, "Request is Rejected (User ID is not Found)")
      .add("202", REJECTED, "Request is Rejected (User ID is not Active)")
      .add("207", REJECTED, "Request is Rejected (Request IP Address is not Registered)")
      .add("208", REJECTED, "Request is Rejected (API Key is not Valid)")
      .add("429", RETRYABLE, "Request Rejected (Too Many Request to specific endpoint)")
      .add("990", REJECTED, "Request is Rejected (Invalid Format)")
      .add("999", RETRYABLE, "Internal Server Error");

  /** The disbursement callback ("Transaction Status: API Disbursement"). */
  public static final OyCodeTable DISBURSEMENT_CALLBACK = new OyCodeTable("disbursement callback")
      .add("000", SUCCESS, "Transaction has been completed (success)")
      .add("300", FAILED, "Transaction is FAILED")
      .add("301", PENDING, "Pending (When there is an unclear answer from Banks Network)");

  /** Get balance. {@code 900} is the docs' typo for {@code 990}; both mean invalid format. */
  public static final OyCodeTable BALANCE = new OyCodeTable("balance")
      .add("000", SUCCESS, "Request get balance is success")
      .add("201", REJECTED, "Request is Rejected (User ID is not Found)")
      .add("202", REJECTED, "Request is Rejected (User ID is not Active)")
      .add("207", REJECTED, "Request is Rejected (Request IP Address is not Registered)")
      .add("208", REJECTED, "Request is Rejected (API Key is not Valid)")
      .add("429", RETRYABLE, "Request Rejected (Too Many Request to specific endpoint)")
      .add("900", REJECTED, "Request is Rejected (Invalid Format)")
      .add("990", REJECTED, "Request is Rejected (Invalid Format)")
      .add("999", RETRYABLE, "Internal Server Error");

  /** Every VA Aggregator endpoint (static and customized VAs). */
  public static final OyCodeTable VIRTUAL_ACCOUNT = new OyCodeTable("virtual account")
      .add("000", SUCCESS, "Response success without error")
      .add("201", REJECTED, "Request is Rejected (User ID is not Found)")
      .add("202", REJECTED, "Request is Rejected (User ID is not Active / Multiple Use VA is not allowed"
          + " for use / Custom VA is not allowed for use)")
      .add("203", DUPLICATE, "Request is Rejected (Duplicate Partner Tx ID)")
      .add("207", REJECTED, "Request is Rejected (Request IP Address is not Registered)")
      .add("208", REJECTED, "Request is Rejected (API Key is not Valid)")
      .add("211", REJECTED, "Request is Rejected (Bank code is not available for this service)")
      .add("212", REJECTED,
          "Request is Rejected (Given amount are lesser than allowed value for static va)")
      .add("213", REJECTED,
          "Request is Rejected (Given amount are greater than allowed value for static va)")
      .add("214", REJECTED, "Request is Rejected (Failed to generate static va / Amount type is not"
          + " supported for the requested bank code)")
      .add("216", REJECTED, "Request is Rejected (VA Id is empty)")
      .add("217", REJECTED, "Request is Rejected (VA Number is still active for this partner user id)")
      .add("219", REJECTED, "Request is Rejected (Virtual account is not enabled for this bank / has"
          + " reached daily limit transaction)")
      .add("226", REJECTED, "Request is rejected (Transaction expiry time exceeds VA expiry time)")
      .add("245", REJECTED, "Request is rejected (Min expiry time is 60 minutes)")
      .add("246", REJECTED, "Request is rejected (Failed update va)")
      .add("260", REJECTED, "Request is rejected (Given VA suffix is invalid)")
      .add("262", REJECTED, "Request is rejected (VA prefix for this risk level is not available)")
      .add("990", REJECTED, "Request is Rejected (Invalid Format)")
      .add("999", OUTCOME_UNKNOWN, "Internal Server Error");

  /** Account Receivable (codes in {@code error.code} / {@code status_code}). */
  public static final OyCodeTable ACCOUNT_RECEIVABLE = new OyCodeTable("account receivable")
      .add("000", SUCCESS, "Success")
      .add("204", NOT_FOUND, "Tx Id is not found")
      .add("210", REJECTED, "Billed invoice less than threshold : Rp 10000")
      .add("223", REJECTED, "Invoice status not eligible to cancel")
      .add("247", REJECTED, "Email is not valid / Phone number is not valid")
      .add("300", RETRYABLE, "Failed to cancel invoice with id, please try again")
      .add("400", REJECTED, "Validation error (see the message)")
      .add("901", REJECTED, "Expiration date exceed invoice time");

  private final String name;
  private final Map<String, OyCode> codes = new LinkedHashMap<>();

  private OyCodeTable(String name) {
    this.name = name;
  }

  private OyCodeTable add(String code, OyOutcome outcome, String description) {
    codes.put(code, new OyCode(code, outcome, description));
    return this;
  }

  /**
   * @param code a code as OY sent it
   * @return its row, or a row with {@link OyOutcome#OUTCOME_UNKNOWN} if this table does not list it
   */
  public OyCode lookup(String code) {
    OyCode row = code == null ? null : codes.get(code.trim());
    return row != null ? row : new OyCode(code, OUTCOME_UNKNOWN, "Code not documented for " + name);
  }

  /**
   * @param code a code as OY sent it
   * @return what it means; {@link OyOutcome#OUTCOME_UNKNOWN} for a code this table does not list
   */
  public OyOutcome outcomeOf(String code) {
    return lookup(code).outcome();
  }

  /** @return every documented row, in the docs' order */
  public Collection<OyCode> codes() {
    return Collections.unmodifiableCollection(codes.values());
  }

  /** @return the table's name, e.g. "create disbursement" */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return "OyCodeTable[" + name + "]";
  }
}
