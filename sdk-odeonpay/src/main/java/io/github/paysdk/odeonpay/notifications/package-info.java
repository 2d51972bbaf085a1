/**
 * Notifications (webhooks) OdeonPay sends to the merchant: verified with {@code Content-HMAC} over the
 * raw body (keyed with the API secret), parsed into typed events, and answered with
 * {@link io.github.paysdk.odeonpay.notifications.NotificationReply}. OdeonPay sends them from
 * {@value io.github.paysdk.odeonpay.notifications.OdeonPayNotifications#SENDER_IP}.
 */
package io.github.paysdk.odeonpay.notifications;
