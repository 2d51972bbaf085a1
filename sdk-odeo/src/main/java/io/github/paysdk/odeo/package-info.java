/**
 * The Odeo For Business API: start with {@link io.github.paysdk.odeo.OdeoClient#builder()}. Services are
 * grouped as Odeo groups them: {@code disbursement}, {@code paymentgateway}, {@code cash},
 * {@code subuser}; {@code callback} verifies and parses the callbacks Odeo sends you; {@code error} holds
 * the exceptions for Odeo's error codes.
 */
package io.github.paysdk.odeo;
