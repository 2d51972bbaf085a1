/**
 * Account inquiry: check a beneficiary account's holder name before disbursing, and pay the daily
 * invoices OY bills for inquiries (code 232 blocks inquiries while invoices are unpaid).
 */
package io.github.paysdk.oy.accountinquiry;
