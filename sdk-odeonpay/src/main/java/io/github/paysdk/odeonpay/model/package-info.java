/**
 * Models shared by several OdeonPay services: the transaction model most endpoints answer with, and the
 * status and operation dictionaries.
 */
package io.github.paysdk.odeonpay.model;
