/**
 * Disbursement ({@code /dg/v1}): list banks, inquire a bank account, create a disbursement and look it
 * up by id or by your reference id.
 */
package io.github.paysdk.odeo.disbursement;
