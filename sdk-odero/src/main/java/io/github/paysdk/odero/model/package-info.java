/**
 * Odero's shared vocabulary: currencies, payment and card enums, payouts and in-record bank errors. Every
 * enum reads unknown wire values as {@code UNKNOWN}.
 */
package io.github.paysdk.odero.model;
