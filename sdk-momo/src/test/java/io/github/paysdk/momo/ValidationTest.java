package io.github.paysdk.momo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.ValidationException;
import io.github.paysdk.momo.collection.RequestToPayRequest;
import io.github.paysdk.momo.model.AccountHolder;
import io.github.paysdk.momo.model.Party;
import io.github.paysdk.momo.model.TransferRequest;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad input is rejected before any request, naming the field. */
class ValidationTest extends MomoTestSupport {

  private static TransferRequest.Builder valid() {
    return TransferRequest.builder().amount("10").currency("EUR").payee(Party.msisdn("56733123453"));
  }

  private static void rejects(ThrowingCallable call, String field, String rule) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).contains(rule);
    });
  }

  @AfterEach
  void nothingWasSent() {
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void referenceIdsMustBeUuidVersion4() {
    UUID v1 = UUID.fromString("a8098c1a-f86e-11da-bd1a-00112444be1e");
    rejects(() -> valid().referenceId(v1).build(), "referenceId", "UUID version 4");
    rejects(() -> momo.disbursement().transferStatus(v1), "referenceId", "UUID version 4");
    rejects(() -> momo.collection().requestToPayStatus(null), "referenceId", "is required");
    TransferRequest apiUserAsId = valid().referenceId(UUID.fromString(API_USER)).build();
    rejects(() -> momo.disbursement().transfer(apiUserAsId), "referenceId", "API user");
  }

  @Test
  void msisdnsMustBeDigitsWithCountryCode() {
    rejects(() -> Party.msisdn("+256772123456"), "partyId", "digits only");
    rejects(() -> Party.msisdn("0772123456"), "partyId", "digits only");
    rejects(() -> Party.msisdn("25677 212"), "partyId", "digits only");
    rejects(() -> valid().payee(new Party(io.github.paysdk.momo.model.PartyIdType.MSISDN, "12ab"))
        .build(), "payee.partyId", "digits only");
    rejects(() -> AccountHolder.msisdn("+46733123450"), "accountHolderId", "digits only");
    rejects(() -> momo.disbursement().basicUserInfo("46-733"), "msisdn", "digits only");
  }

  @Test
  void messagesAreAtMost160CharactersWithoutApostrophes() {
    rejects(() -> valid().payerMessage("x".repeat(161)).build(), "payerMessage", "at most 160");
    rejects(() -> valid().payeeNote("Tom's shop").build(), "payeeNote", "apostrophe");
    assertThat(valid().payerMessage("x".repeat(160)).build().payerMessage()).hasSize(160);
    rejects(() -> RequestToPayRequest.builder().amount("1").currency("EUR")
        .payer(Party.msisdn("56733123453")).payerMessage("it's").build(), "payerMessage", "apostrophe");
  }

  @Test
  void amountsMustBePositive() {
    rejects(() -> valid().amount("0").build(), "amount", "greater than 0");
    rejects(() -> valid().amount("-5").build(), "amount", "greater than 0");
    rejects(() -> valid().amount((String) null).build(), "amount", "is required");
    rejects(() -> valid().amount("12,50").build(), "amount", "decimal number");
  }

  @Test
  void theSandboxTakesEurOnly() {
    TransferRequest ugx = valid().currency("UGX").build();
    rejects(() -> momo.disbursement().transfer(ugx), "currency", "EUR in the sandbox");
    rejects(() -> valid().currency("eur").build(), "currency", "ISO 4217");
  }

  @Test
  void callbackUrlsMustBeAbsoluteAndHttpsInProduction() {
    rejects(() -> valid().callbackUrl("/momo/callback").build(), "callbackUrl", "absolute");
    TransferRequest plainHttp = valid().currency("UGX").callbackUrl("http://shop.example/cb").build();
    try (MomoClient production = builder().environment(MomoEnvironment.PRODUCTION)
        .targetEnvironment(TargetEnvironments.UGANDA).build()) {
      rejects(() -> production.disbursement().transfer(plainHttp), "callbackUrl", "https");
    }
    rejects(() -> builder().environment(MomoEnvironment.PRODUCTION).targetEnvironment("mtnuganda")
        .defaultCallbackUrl("http://shop.example/cb").build(), "defaultCallbackUrl", "https");
  }

  @Test
  void productionNeedsARealTargetEnvironment() {
    rejects(() -> builder().environment(MomoEnvironment.PRODUCTION).build(), "targetEnvironment",
        "required in production");
    rejects(() -> builder().environment(MomoEnvironment.PRODUCTION).targetEnvironment("sandbox").build(),
        "targetEnvironment", "must not be sandbox");
  }

  @Test
  void unconfiguredProductsAndProductionProvisioningFailClearly() {
    try (MomoClient onlyCollection = MomoClient.builder().baseUrl(server.url("/").toString())
        .collection(ProductCredentials.of(COLLECTION_KEY, API_USER, API_KEY)).build()) {
      assertThatThrownBy(onlyCollection::disbursement).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("disbursement");
    }
    try (MomoClient production = builder().environment(MomoEnvironment.PRODUCTION)
        .targetEnvironment("mtnghana").build()) {
      assertThatThrownBy(production::provisioning).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Partner Portal");
    }
  }

  @Test
  void callbackUrlsMustUseTheProviderCallbackHostWhenConfigured() {
    try (MomoClient checked = builder().providerCallbackHost("shop.example").build()) {
      TransferRequest elsewhere = valid().callbackUrl("https://evil.example/cb").build();
      rejects(() -> checked.disbursement().transfer(elsewhere), "callbackUrl", "providerCallbackHost");
    }
    rejects(() -> builder().providerCallbackHost("shop.example")
        .defaultCallbackUrl("https://other.example/cb").build(), "defaultCallbackUrl", "providerCallbackHost");
  }

  @Test
  void headerValuesMustBePrintableAscii() {
    UUID id = UUID.fromString("5c2f1e0d-3b4a-4c5d-8e6f-7a8b9c0d1e2f");
    rejects(() -> momo.collection().requestToPayDeliveryNotification(id, "Commande expédiée", "fr"),
        "notificationMessage", "ASCII");
    rejects(() -> momo.collection().requestToPayDeliveryNotification(id, "Shipped", "english"),
        "language", "ISO 639");
    rejects(() -> valid().callbackUrl("https://shop.example/cb/é").build(), "callbackUrl", "ASCII");
  }
}
