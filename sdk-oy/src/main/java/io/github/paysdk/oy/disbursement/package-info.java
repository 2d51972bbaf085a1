/**
 * Disbursement: send money to a bank account or e-wallet ({@code /api/remit}) and follow its status
 * ({@code /api/remit-status}, or the disbursement callback).
 */
package io.github.paysdk.oy.disbursement;
