/**
 * MTN MoMo Open API client: build a {@link io.github.paysdk.momo.MomoClient} with per-product
 * credentials, then use its collection, disbursement and remittance services. Transactions are
 * asynchronous: a create call answers with its reference id, the final status comes from a status
 * query, the {@link io.github.paysdk.momo.model.StatusPoller} or a callback.
 */
package io.github.paysdk.momo;
