package io.github.paysdk.odeo.disbursement;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A bank Odeo can disburse to.
 *
 * @param bankId the id to pass as {@code bank_id} in inquiries and disbursements
 * @param name the bank's name, e.g. {@code BCA}
 * @param bankCode the zero-padded domestic bank code, e.g. {@code "014"}
 * @param swiftCode the SWIFT/BIC code, e.g. {@code CENAIDJA}
 */
public record Bank(
    @JsonProperty("bank_id") int bankId,
    @JsonProperty("name") String name,
    @JsonProperty("bank_code") String bankCode,
    @JsonProperty("swift_code") String swiftCode) {}
