/**
 * Cash ({@code /cash}): bulk transfers between users, virtual-account top-ups, balances and paged
 * transaction history. Dates are sent as epoch seconds of the given {@link java.time.Instant}, so the
 * JVM's time zone never changes a query.
 */
package io.github.paysdk.odeo.cash;
