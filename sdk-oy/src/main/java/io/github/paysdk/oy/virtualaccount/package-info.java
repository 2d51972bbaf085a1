/**
 * VA Aggregator: static virtual accounts ({@code /api/generate-static-va},
 * {@code /api/static-virtual-account}), their transaction history, and customized VAs
 * ({@code /api/custom-va}). Payments arrive by the VA callback (see the callback package).
 */
package io.github.paysdk.oy.virtualaccount;
