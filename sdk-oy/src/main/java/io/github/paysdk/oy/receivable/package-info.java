/**
 * Account Receivable: customers and the invoices billed to them
 * ({@code /api/account-receivable/customers}, {@code /api/account-receivable/invoices}). OY answers
 * with a {@code {data, error, status|success, reason, status_code}} wrapper; the SDK unwraps it and
 * throws on failure with the {@code error} code as {@code providerCode()}.
 */
package io.github.paysdk.oy.receivable;
