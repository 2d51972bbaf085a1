/**
 * Installments: {@link io.github.paysdk.odero.installment.InstallmentService} lists installment plans for a
 * card and price, and looks up BINs.
 */
package io.github.paysdk.odero.installment;
