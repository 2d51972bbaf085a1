/**
 * MoMo Disbursement: pay out from the merchant account (transfer, deposit V1/V2, refund V1/V2), their
 * statuses, balance, user info and the account-holder check.
 */
package io.github.paysdk.momo.disbursement;
