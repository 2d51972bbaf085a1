/**
 * MoMo Collection: request to pay and its delivery notification, request to withdraw (V1/V2),
 * invoices, payments and pre-approvals, plus balance, user info and the account-holder check.
 */
package io.github.paysdk.momo.collection;
