/**
 * MoMo Remittance: international transfer and KYC-enriched cash transfer, their statuses, balance,
 * user info and the account-holder check.
 */
package io.github.paysdk.momo.remittance;
