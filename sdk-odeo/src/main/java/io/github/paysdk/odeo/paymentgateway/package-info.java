/** Payment gateway ({@code /pg/v1}): look a payment up by Odeo's id or by your reference id. */
package io.github.paysdk.odeo.paymentgateway;
