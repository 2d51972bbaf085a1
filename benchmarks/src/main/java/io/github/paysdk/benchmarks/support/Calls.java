package io.github.paysdk.benchmarks.support;

import io.github.paysdk.benchmarks.raw.RawMomo;
import io.github.paysdk.benchmarks.raw.RawOdeo;
import io.github.paysdk.benchmarks.raw.RawOdeonPay;
import io.github.paysdk.benchmarks.raw.RawOdero;
import io.github.paysdk.benchmarks.raw.RawOy;
import io.github.paysdk.momo.MomoClient;
import io.github.paysdk.momo.MomoEnvironment;
import io.github.paysdk.momo.ProductCredentials;
import io.github.paysdk.momo.model.Accepted;
import io.github.paysdk.momo.model.Party;
import io.github.paysdk.momo.model.TransactionResult;
import io.github.paysdk.momo.model.TransferRequest;
import io.github.paysdk.odeo.OdeoClient;
import io.github.paysdk.odeo.disbursement.CreateDisbursementRequest;
import io.github.paysdk.odeo.disbursement.Disbursement;
import io.github.paysdk.odeonpay.OdeonPayClient;
import io.github.paysdk.odeonpay.model.Transaction;
import io.github.paysdk.odeonpay.payments.Card;
import io.github.paysdk.odeonpay.payments.ChargeRequest;
import io.github.paysdk.odeonpay.payments.ChargeResult;
import io.github.paysdk.odero.OderoClient;
import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.PaymentGroup;
import io.github.paysdk.odero.payment.CreatePaymentRequest;
import io.github.paysdk.odero.payment.Payment;
import io.github.paysdk.odero.payment.PaymentItem;
import io.github.paysdk.odero.reporting.PaymentDetail;
import io.github.paysdk.oy.OyClient;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.OkHttpClient;

/**
 * The ten measured calls, each written twice: through the SDK and through the raw baseline. Both sides
 * build their request inside the call (the SDK with its validating builders), so what differs is only
 * what the SDK does on top of the wire work.
 */
public final class Calls implements AutoCloseable {
  private static final BigDecimal PRICE = new BigDecimal("100.00");
  private static final BigDecimal CHARGE = new BigDecimal("40.11");
  private final OdeoClient odeo;
  private final OdeonPayClient odeonPay;
  private final OyClient oy;
  private final OderoClient odero;
  private final MomoClient momo;
  private final RawOdeo rawOdeo;
  private final RawOdeonPay rawOdeonPay;
  private final RawOy rawOy;
  private final RawOdero rawOdero;
  private final RawMomo rawMomo;

  /**
   * @param http the OkHttpClient both sides share (its interceptor or network decides the answers)
   * @param baseUrl the base URL both sides call
   */
  public Calls(OkHttpClient http, String baseUrl) {
    odeo = OdeoClient.builder().clientId(Credentials.ODEO_CLIENT_ID)
        .clientSecret(Credentials.ODEO_CLIENT_SECRET).signingKey(Credentials.ODEO_SIGNING_KEY)
        .httpClient(http).baseUrl(baseUrl).build();
    odeonPay = OdeonPayClient.builder().publicId(Credentials.ODEONPAY_PUBLIC_ID)
        .apiSecret(Credentials.ODEONPAY_API_SECRET).signatureKey(Credentials.ODEONPAY_SIGNATURE_KEY)
        .httpClient(http).baseUrl(baseUrl).build();
    oy = OyClient.builder().username(Credentials.OY_USERNAME).apiKey(Credentials.OY_API_KEY)
        .httpClient(http).baseUrl(baseUrl).build();
    odero = OderoClient.builder().apiKey(Credentials.ODERO_API_KEY)
        .secretKey(Credentials.ODERO_SECRET_KEY).httpClient(http).baseUrl(baseUrl).build();
    momo = MomoClient.builder().environment(MomoEnvironment.SANDBOX)
        .disbursement(ProductCredentials.of(Credentials.MOMO_SUBSCRIPTION_KEY,
            Credentials.MOMO_API_USER, Credentials.MOMO_API_KEY))
        .httpClient(http).baseUrl(baseUrl).build();
    rawOdeo = new RawOdeo(http, baseUrl, Credentials.ODEO_CLIENT_ID, Credentials.ODEO_CLIENT_SECRET,
        Credentials.ODEO_SIGNING_KEY);
    rawOdeonPay = new RawOdeonPay(http, baseUrl, Credentials.ODEONPAY_PUBLIC_ID,
        Credentials.ODEONPAY_API_SECRET, Credentials.ODEONPAY_SIGNATURE_KEY);
    rawOy = new RawOy(http, baseUrl, Credentials.OY_USERNAME, Credentials.OY_API_KEY);
    rawOdero = new RawOdero(http, baseUrl, Credentials.ODERO_API_KEY, Credentials.ODERO_SECRET_KEY);
    rawMomo = new RawMomo(http, baseUrl, Credentials.MOMO_SUBSCRIPTION_KEY, Credentials.MOMO_API_USER,
        Credentials.MOMO_API_KEY, "sandbox");
    rawOdeo.fetchToken();
    rawMomo.fetchToken();
  }

  /** @return an interceptor answering every measured call with the provider's own example */
  public static CannedInterceptor cannedResponses() {
    return new CannedInterceptor()
        .on("POST", "/oauth2/token", 200, Fixtures.bytes("odeo-token.json"))
        .on("POST", "/dg/v1/disbursements", 200, Fixtures.bytes("odeo-disbursement.json"))
        .on("GET", "/dg/v1/disbursements/", 200, Fixtures.bytes("odeo-disbursement.json"))
        .on("POST", "/payments/charge/card", 200, Fixtures.bytes("odeonpay-charge.json"))
        .on("POST", "/payments/status", 200, Fixtures.bytes("odeonpay-status.json"))
        .on("POST", "/api/remit-status", 200, Fixtures.bytes("oy-remit-status.json"))
        .on("POST", "/api/remit", 200, Fixtures.bytes("oy-remit.json"))
        .on("POST", "/payment/v1/card-payments", 200, Fixtures.bytes("odero-payment.json"))
        .on("GET", "/payment-reporting/v1/payments/", 200, Fixtures.bytes("odero-payment-detail.json"))
        .on("POST", "/disbursement/token/", 200, Fixtures.bytes("momo-token.json"))
        .on("POST", "/disbursement/v1_0/transfer", 202, new byte[0])
        .on("GET", "/disbursement/v1_0/transfer/", 200, Fixtures.bytes("momo-transfer-status.json"));
  }

  /** @return Odeo create disbursement through the SDK */
  public Disbursement odeoCreateSdk() {
    return odeo.disbursement().createDisbursement(CreateDisbursementRequest.builder()
        .accountNumber("1234567890").amount(1_000_000).bankId(1).customerName("Agus Hartono")
        .referenceId("EXAMPLE-REF-ID-001").description("Example fund disbursement").build());
  }

  /** @return Odeo create disbursement by hand */
  public Disbursement odeoCreateRaw() {
    return rawOdeo.createDisbursement("1234567890", 1_000_000, 1, "Agus Hartono", "EXAMPLE-REF-ID-001",
        "Example fund disbursement");
  }

  /** @return Odeo get disbursement through the SDK */
  public Disbursement odeoReadSdk() {
    return odeo.disbursement().getDisbursement("123");
  }

  /** @return Odeo get disbursement by hand */
  public Disbursement odeoReadRaw() {
    return rawOdeo.getDisbursement("123");
  }

  /** @return OdeonPay card charge through the SDK */
  public ChargeResult odeonPayChargeSdk() {
    return odeonPay.payments().charge(ChargeRequest.builder()
        .amount(CHARGE).currency("EUR").name("John Doe").description("Payment for products")
        .invoiceId("9276334").accountId("john@doe.com").ip("203.0.113.10")
        .card(Card.of("4111111111111111", "123", 12, 2049)).build());
  }

  /** @return OdeonPay card charge by hand */
  public Transaction odeonPayChargeRaw() {
    return rawOdeonPay.charge(CHARGE, "EUR", "John Doe", "Payment for products", "9276334",
        "john@doe.com", "203.0.113.10", "4111111111111111", "123", 12, 2049);
  }

  /** @return OdeonPay status through the SDK */
  public Transaction odeonPayReadSdk() {
    return odeonPay.payments().status(144221);
  }

  /** @return OdeonPay status by hand */
  public Transaction odeonPayReadRaw() {
    return rawOdeonPay.status(144221);
  }

  /** @return OY remit through the SDK */
  public io.github.paysdk.oy.disbursement.Disbursement oyRemitSdk() {
    return oy.disbursement().create(io.github.paysdk.oy.disbursement.CreateDisbursementRequest.builder()
        .recipientBank("014").recipientAccount("1239812390").amount(125_000).note("Payout")
        .partnerTrxId("1234-asdf").build());
  }

  /** @return OY remit by hand */
  public io.github.paysdk.oy.disbursement.Disbursement oyRemitRaw() {
    return rawOy.remit("014", "1239812390", 125_000, "Payout", "1234-asdf");
  }

  /** @return OY remit status through the SDK */
  public io.github.paysdk.oy.disbursement.Disbursement oyReadSdk() {
    return oy.disbursement().status("1234-asde");
  }

  /** @return OY remit status by hand */
  public io.github.paysdk.oy.disbursement.Disbursement oyReadRaw() {
    return rawOy.remitStatus("1234-asde");
  }

  /** @return Odero card payment through the SDK */
  public Payment oderoCreateSdk() {
    return odero.payments().createPayment(CreatePaymentRequest.builder()
        .price(PRICE).paidPrice(PRICE).currency(Currency.AZN).paymentGroup(PaymentGroup.PRODUCT)
        .installment(1).conversationId("order-42")
        .card(io.github.paysdk.odero.payment.Card.builder().cardHolderName("Haluk Demir")
            .cardNumber("5258640000000001").expireYear("2044").expireMonth("07").cvc("000").build())
        .addItem(PaymentItem.of("Book", new BigDecimal("40.00"), "book-1"))
        .addItem(PaymentItem.of("Lamp", new BigDecimal("60.00"), "lamp-1"))
        .build());
  }

  /** @return Odero card payment by hand */
  public Payment oderoCreateRaw() {
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("cardHolderName", "Haluk Demir");
    card.put("cardNumber", "5258640000000001");
    card.put("expireYear", "2044");
    card.put("expireMonth", "07");
    card.put("cvc", "000");
    return rawOdero.createPayment(PRICE, "order-42", card,
        List.of(item("Book", "40.00", "book-1"), item("Lamp", "60.00", "lamp-1")));
  }

  private static Map<String, Object> item(String name, String price, String externalId) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("name", name);
    item.put("price", new BigDecimal(price));
    item.put("externalId", externalId);
    return item;
  }

  /** @return Odero retrieve payment through the SDK */
  public PaymentDetail oderoReadSdk() {
    return odero.paymentReporting().retrievePayment(100042);
  }

  /** @return Odero retrieve payment by hand */
  public PaymentDetail oderoReadRaw() {
    return rawOdero.retrievePayment(100042);
  }

  /** @return MoMo disbursement transfer through the SDK */
  public Accepted momoTransferSdk() {
    return momo.disbursement().transfer(TransferRequest.builder()
        .amount("500").currency("EUR").externalId("payout-2002").payee(Party.msisdn("56733123453"))
        .payerMessage("MoMo Transfer API").payeeNote("MoMo Transfer API").build());
  }

  /** @return MoMo disbursement transfer by hand */
  public UUID momoTransferRaw() {
    return rawMomo.transfer("500", "EUR", "payout-2002", "56733123453", "MoMo Transfer API",
        "MoMo Transfer API");
  }

  private static final UUID TRANSFER = UUID.fromString("0d5c4d3e-5d0b-4a6c-9d4e-2f1a3b4c5d6e");

  /** @return MoMo transfer status through the SDK */
  public TransactionResult momoReadSdk() {
    return momo.disbursement().transferStatus(TRANSFER);
  }

  /** @return MoMo transfer status by hand */
  public TransactionResult momoReadRaw() {
    return rawMomo.transferStatus(TRANSFER);
  }

  /** @return the SDK's Odeo client */
  public OdeoClient odeo() {
    return odeo;
  }

  @Override
  public void close() {
    odeo.close();
    odeonPay.close();
    oy.close();
    odero.close();
    momo.close();
  }
}
