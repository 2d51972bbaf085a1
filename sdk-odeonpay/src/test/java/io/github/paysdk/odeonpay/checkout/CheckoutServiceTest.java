package io.github.paysdk.odeonpay.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.odeonpay.OdeonPayServerTest;
import io.github.paysdk.odeonpay.apm.ApmPaymentType;
import io.github.paysdk.odeonpay.model.PayerData;
import io.github.paysdk.odeonpay.model.TransactionStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CheckoutServiceTest extends OdeonPayServerTest {

  @Test
  void checkoutLinkSendsPageAndDataAndReadsTheLink() throws Exception {
    enqueueFixture("checkout-link.json");

    Link link = client.checkout().checkoutLink(CheckoutLinkRequest.builder()
        .amount("10.66")
        .currency("USD")
        .description("Payment for products")
        .invoiceId("990022")
        .accountId("john@doe.com")
        .successUrl("https://example.com/success")
        .failureUrl("https://example.com/failure")
        .pendingUrl("https://example.com/pending")
        .cancelUrl("https://example.com/cancel")
        .locale("en_US")
        .ip("10.20.30.40")
        .data(PayerData.builder().firstName("John").lastName("Doe").build())
        .page(CheckoutPage.builder()
            .logo("merchant-logo")
            .leftContainerBackgroundColor("#172650")
            .merchantTitle("Merchant #1")
            .priceHeadingColor("#fff")
            .backLinkColor("#5D6784")
            .backLinkHoverColor("#fff")
            .bodyFont("BlinkMacSystemFont, Segoe UI, Roboto, Helvetica Neue, Ubuntu, sans-serif")
            .payButtonColor("#172650")
            .payButtonTextColor("#9b8a8a")
            .payButtonWithPrice(true)
            .rightContainerBackgroundColor("#fff")
            .rightContainerHeadingColor("#2E2522")
            .formLabelColor("#514643")
            .formErrorColor("#DC2F2E")
            .formControlBorderColor("#e0e0e0")
            .formControlBorderRadius("6px")
            .footerColor("#A2A8B9")
            .footerIcons(CheckoutPage.SECURE_CONNECTION, CheckoutPage.VERIFIED_BY_VISA,
                CheckoutPage.MASTERCARD_SECURE_CODE, CheckoutPage.MIR_ACCEPT, CheckoutPage.AMERICAN_EXPRESS,
                CheckoutPage.PCI_DSS)
            .footerText("This is footer text that is displayed")
            .fields(CheckoutPage.FIELD_EMAIL, CheckoutPage.FIELD_PHONE, CheckoutPage.FIELD_SHIPPING_ADDRESS,
                CheckoutPage.FIELD_BILLING_ADDRESS)
            .build())
        .build());

    assertThat(assertSignedPost(take(), "/checkout/link")).isEqualTo(tree(fixture("checkout-link-request.json")));
    assertThat(link).isEqualTo(new Link("get", "https://api.odeonpay.com/aaa-bbb-ccc-123"));
  }

  @Test
  void paymentLinkWithAnApmTypeReadsTheTransactionAndTheLink() throws Exception {
    enqueueFixture("payment-link.json");

    PaymentLink link = client.checkout().paymentLink(PaymentLinkRequest.builder()
        .amount("10.66")
        .currency("USD")
        .description("Payment for products")
        .invoiceId("990022")
        .accountId("john@doe.com")
        .successUrl("https://example.com/success")
        .failureUrl("https://example.com/failure")
        .pendingUrl("https://example.com/pending")
        .cancelUrl("https://example.com/cancel")
        .locale("en_US")
        .ip("10.20.30.40")
        .data(PayerData.builder()
            .personId("4000878749933")
            .phone("+73838247553")
            .address("Wall Street 14-49")
            .city("New York")
            .firstName("John")
            .lastName("Doe")
            .countryCode("BR")
            .paymentTypeId(ApmPaymentType.BR_BANCO_ITAU.id())
            .build())
        .build());

    assertThat(assertSignedPost(take(), "/payments/link")).isEqualTo(tree(fixture("payment-link-request.json")));
    assertThat(link.url()).isEqualTo("https://checkout.odeonpay.com/?f8927-3928f-2398-3939");
    assertThat(link.transaction().transactionId()).isEqualTo(356244L);
    assertThat(link.transaction().transactionStatus()).isEqualTo(TransactionStatus.CREATED);
  }

  @Test
  void paymentLinkSendsSmallAmountsPlainly() throws Exception {
    enqueueFixture("payment-link.json");

    client.checkout().paymentLink(PaymentLinkRequest.builder()
        .amount(new BigDecimal("4.5E-4"))
        .currency("BTC")
        .description("Payment for products")
        .accountId("user@email.net")
        .data(PayerData.builder().paymentTypeId(10100).build())
        .build());

    assertThat(take().getBody().utf8()).contains("\"amount\":0.00045,").doesNotContain("E-");
  }

  @Test
  void redirectUrlReproducesTheDocsExampleEncoding() {
    String url = client.checkout().redirectUrl(HostedRedirect.builder()
        .amount("10.50")
        .description("Payment")
        .currency("EUR")
        .invoiceId("0001")
        .accountId("account@example.com")
        .successUrl("https://www.example.com/success")
        .failureUrl("https://www.example.com/failure")
        .pendingUrl("https://www.example.com/pending")
        .cancelUrl("https://www.example.com/cancel")
        .locale("en_US")
        .build());

    assertThat(url).isEqualTo(server.url("/").toString()
        + "payments/redirect/pbid_2kajhh9oqhmpwjqgd529rg?amount=10.50&description=Payment&currency=EUR"
        + "&invoiceId=0001&accountId=account%40example.com"
        + "&successUrl=https%3A%2F%2Fwww.example.com%2Fsuccess"
        + "&failureUrl=https%3A%2F%2Fwww.example.com%2Ffailure"
        + "&pendingUrl=https%3A%2F%2Fwww.example.com%2Fpending"
        + "&cancelUrl=https%3A%2F%2Fwww.example.com%2Fcancel&locale=en_US");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void redirectUrlEncodesSpacesAndReservedCharactersAndSkipsOptionalOnes() {
    String url = client.checkout().redirectUrl(HostedRedirect.builder()
        .amount(new BigDecimal("1E+3"))
        .description("Order #7 & more +1")
        .currency("EUR")
        .successUrl("https://shop.example/ok?a=1&b=2")
        .failureUrl("f")
        .pendingUrl("p")
        .cancelUrl("c")
        .build());

    assertThat(url).endsWith("?amount=1000&description=Order%20%237%20%26%20more%20%2B1&currency=EUR"
        + "&successUrl=https%3A%2F%2Fshop.example%2Fok%3Fa%3D1%26b%3D2&failureUrl=f&pendingUrl=p&cancelUrl=c");
  }
}
