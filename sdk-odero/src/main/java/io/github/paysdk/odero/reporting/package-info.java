/**
 * Payment reporting: {@link io.github.paysdk.odero.reporting.PaymentReportingService} retrieves one payment
 * with everything the platform knows about it ({@link io.github.paysdk.odero.reporting.PaymentDetail}) and
 * searches payments with auto-paging.
 */
package io.github.paysdk.odero.reporting;
