package io.github.paysdk.testing.odero;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** One payment the simulator holds, with its transactions and refunds. Not thread-safe (the server serializes). */
final class SimPayment {
  final long id;
  final LocalDateTime createdDate;
  LocalDateTime updatedDate;
  final String conversationId;
  final BigDecimal price;
  BigDecimal paidPrice;
  final BigDecimal walletPrice;
  final String currency;
  final String paymentGroup;
  String paymentPhase;
  final int installment;
  final boolean threeDs;
  String status;
  String callbackUrl;
  final String binNumber;
  final String lastFourDigits;
  final String cardHolderName;
  final String cardNumber;
  String cardUserKey;
  String cardToken;
  final boolean paidWithStoredCard;
  final List<SimTransaction> transactions = new ArrayList<>();
  final List<SimWholeRefund> wholeRefunds = new ArrayList<>();
  String errorCode;
  String errorGroup;

  SimPayment(long id, LocalDateTime now, String conversationId, BigDecimal price, BigDecimal paidPrice,
      BigDecimal walletPrice, String currency, String paymentGroup, String paymentPhase, int installment,
      boolean threeDs, String cardNumber, String cardHolderName, boolean paidWithStoredCard) {
    this.id = id;
    this.createdDate = now;
    this.updatedDate = now;
    this.conversationId = conversationId;
    this.price = price;
    this.paidPrice = paidPrice;
    this.walletPrice = walletPrice;
    this.currency = currency;
    this.paymentGroup = paymentGroup;
    this.paymentPhase = paymentPhase;
    this.installment = installment;
    this.threeDs = threeDs;
    this.cardNumber = cardNumber;
    this.cardHolderName = cardHolderName;
    this.binNumber = cardNumber.substring(0, 6);
    this.lastFourDigits = cardNumber.substring(cardNumber.length() - 4);
    this.paidWithStoredCard = paidWithStoredCard;
  }

  /** @return what can still be refunded across all transactions */
  BigDecimal refundable() {
    BigDecimal total = BigDecimal.ZERO;
    for (SimTransaction t : transactions) {
      total = total.add(t.refundable());
    }
    return total;
  }

  /** One basket item's share. */
  static final class SimTransaction {
    final long id;
    final SimPayment payment;
    final String name;
    final String externalId;
    final BigDecimal price;
    BigDecimal paidPrice;
    final Long subMerchantId;
    final BigDecimal subMerchantPrice;
    final List<SimRefund> refunds = new ArrayList<>();

    SimTransaction(long id, SimPayment payment, String name, String externalId, BigDecimal price,
        BigDecimal paidPrice, Long subMerchantId, BigDecimal subMerchantPrice) {
      this.id = id;
      this.payment = payment;
      this.name = name;
      this.externalId = externalId;
      this.price = price;
      this.paidPrice = paidPrice;
      this.subMerchantId = subMerchantId;
      this.subMerchantPrice = subMerchantPrice;
    }

    BigDecimal refunded() {
      BigDecimal total = BigDecimal.ZERO;
      for (SimRefund r : refunds) {
        if (r.success) {
          total = total.add(r.amount);
        }
      }
      return total;
    }

    BigDecimal refundable() {
      return paidPrice.subtract(refunded());
    }
  }

  /** A refund of one transaction (wholePaymentRefundId set when it is part of a whole refund). */
  static final class SimRefund {
    final long id;
    final LocalDateTime createdDate;
    final SimTransaction transaction;
    final BigDecimal amount;
    final String conversationId;
    final String destination;
    final boolean success;
    final Long wholeRefundId;

    SimRefund(long id, LocalDateTime createdDate, SimTransaction transaction, BigDecimal amount,
        String conversationId, String destination, boolean success, Long wholeRefundId) {
      this.id = id;
      this.createdDate = createdDate;
      this.transaction = transaction;
      this.amount = amount;
      this.conversationId = conversationId;
      this.destination = destination;
      this.success = success;
      this.wholeRefundId = wholeRefundId;
    }
  }

  /** A refund of the whole payment: one transaction refund per transaction. */
  static final class SimWholeRefund {
    final long id;
    final LocalDateTime createdDate;
    final String conversationId;
    final String destination;
    final List<SimRefund> parts = new ArrayList<>();

    SimWholeRefund(long id, LocalDateTime createdDate, String conversationId, String destination) {
      this.id = id;
      this.createdDate = createdDate;
      this.conversationId = conversationId;
      this.destination = destination;
    }

    BigDecimal amount() {
      BigDecimal total = BigDecimal.ZERO;
      for (SimRefund part : parts) {
        total = total.add(part.amount);
      }
      return total;
    }
  }
}
