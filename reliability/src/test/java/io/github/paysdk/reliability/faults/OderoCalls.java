package io.github.paysdk.reliability.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.odero.OderoClient;
import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.PaymentGroup;
import io.github.paysdk.odero.model.PaymentStatus;
import io.github.paysdk.odero.payment.Card;
import io.github.paysdk.odero.payment.CreatePaymentRequest;
import io.github.paysdk.odero.payment.Payment;
import io.github.paysdk.odero.payment.PaymentItem;
import io.github.paysdk.odero.reporting.PaymentDetail;
import io.github.paysdk.testing.RecordedCall;
import io.github.paysdk.testing.odero.OderoSimulator;
import java.math.BigDecimal;
import java.util.List;

/** Odero: retrieve a payment through reporting (read); create a card payment (money, sent once). */
final class OderoCalls {
  private static final String API_KEY = "fault-matrix-api-key";
  private static final String SECRET_KEY = "fault-matrix-secret-key";
  private static final String CARD = "5258640000000001";

  private OderoCalls() {}

  static CallUnderTest<OderoSimulator, OderoClient> retrievePayment() {
    return new Base("retrievePayment", CallKind.READ, "GET", "/payment-reporting/v1/payments") {
      @Override
      String prepare(OderoSimulator simulator, OderoClient client) {
        return String.valueOf(client.payments().createPayment(payment(newKey())).id());
      }

      @Override
      Object invoke(OderoClient client, String key) {
        return client.paymentReporting().retrievePayment(Long.parseLong(key));
      }
    };
  }

  static CallUnderTest<OderoSimulator, OderoClient> createPayment() {
    return new Base("createPayment", CallKind.MONEY_ONCE, "POST", "/payment/v1/card-payments") {
      @Override
      int moneyMoved(OderoSimulator simulator, String key) {
        return simulator.paymentCount();
      }

      @Override
      String prepare(OderoSimulator simulator, OderoClient client) {
        return null;
      }

      @Override
      Object invoke(OderoClient client, String key) {
        return client.payments().createPayment(payment(key));
      }

      @Override
      boolean isAttempt(RecordedCall call) {
        return call.method().equals("POST") && call.path().equals("/payment/v1/card-payments");
      }
    };
  }

  private static CreatePaymentRequest payment(String conversationId) {
    return CreatePaymentRequest.builder()
        .price(new BigDecimal("100.00")).paidPrice(new BigDecimal("100.00"))
        .currency(Currency.AZN).paymentGroup(PaymentGroup.PRODUCT).installment(1)
        .conversationId(conversationId)
        .card(Card.builder().cardHolderName("Aysel Mammadova").cardNumber(CARD)
            .expireYear("2044").expireMonth("07").cvc("000").build())
        .addItem(PaymentItem.of("Book", new BigDecimal("40.00"), "book-1"))
        .addItem(PaymentItem.of("Lamp", new BigDecimal("60.00"), "lamp-1"))
        .build();
  }

  private abstract static class Base extends CallUnderTest<OderoSimulator, OderoClient> {
    @Override
    List<String> secrets(OderoSimulator simulator) {
      return List.of(SECRET_KEY, CARD);
    }

    @Override
    ProviderError providerError() {
      return new ProviderError("{\"errors\":{\"errorCode\":\"1\",\"errorDescription\":\"Sistem hatası\",\"errorGroup\":null}}", "1", "Sistem hatası");
    }

    Base(String operation, CallKind kind, String method, String path) {
      super("Odero", operation, kind, method, path);
    }

    @Override
    OderoSimulator startSimulator() {
      return OderoSimulator.started(API_KEY, SECRET_KEY);
    }

    @Override
    OderoClient client(OderoSimulator simulator, String baseUrl, ClientSettings settings) {
      return settings.applyTo(OderoClient.builder()
          .apiKey(API_KEY).secretKey(SECRET_KEY).baseUrl(baseUrl)).build();
    }

    @Override
    String keyOf(RecordedCall call) {
      return FaultJson.field(call.body(), "conversationId");
    }

    @Override
    void putUnknownEnumValue(ObjectNode normal) {
      ((ObjectNode) normal.get("data")).put("paymentStatus", "PAID_BY_TELEPATHY");
    }

    @Override
    boolean toleratedUnknown(Object result) {
      PaymentStatus status = result instanceof Payment p ? p.paymentStatus()
          : result instanceof PaymentDetail d ? d.paymentStatus() : null;
      return status == PaymentStatus.UNKNOWN;
    }

    @Override
    JsonNode withNullObject(ObjectNode normal) {
      return normal.putNull("data");
    }
  }
}
