/**
 * Odero (odero.az, oderopay.com.tr), the TokenPay payment platform: start at
 * {@link io.github.paysdk.odero.OderoClient}.
 */
package io.github.paysdk.odero;
