package io.github.paysdk.odero.installment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.paysdk.core.error.ValidationException;
import io.github.paysdk.odero.MockOdero;
import io.github.paysdk.odero.error.OderoNotFoundException;
import io.github.paysdk.odero.model.CardAssociation;
import io.github.paysdk.odero.model.CardType;
import io.github.paysdk.odero.model.Currency;
import java.math.BigDecimal;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InstallmentServiceTest {
  private final MockOdero odero = new MockOdero();
  private final InstallmentService installments = odero.client.installments();

  @AfterEach
  void close() {
    odero.close();
  }

  @Test
  void searchInstallmentsSendsBinPriceAndCurrency() {
    odero.enqueueFixture("installments.json");

    List<InstallmentOptions> options =
        installments.searchInstallments("525864", new BigDecimal("100.00"), Currency.AZN);

    RecordedRequest request = odero.takeSigned();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget())
        .isEqualTo("/installment/v1/installments?binNumber=525864&price=100.00&currency=AZN");
    assertThat(options).containsExactly(new InstallmentOptions("525864", new BigDecimal("100"),
        CardType.CREDIT_CARD, CardAssociation.MASTER_CARD, "World", "Yapı Kredi", 67L, true, false,
        List.of(new InstallmentPrice(1, new BigDecimal("100"), new BigDecimal("100")),
            new InstallmentPrice(3, new BigDecimal("34.50"), new BigDecimal("103.50")))));
  }

  @Test
  void searchWithoutCurrencyLeavesItOut() {
    odero.enqueue(200, "{\"data\":{\"items\":[]}}");
    assertThat(installments.searchInstallments("52586412", BigDecimal.TEN, null)).isEmpty();
    assertThat(odero.takeSigned().getTarget())
        .isEqualTo("/installment/v1/installments?binNumber=52586412&price=10");
  }

  @Test
  void retrieveBinGetsByBin() {
    odero.enqueueFixture("bin.json");

    BinNumber bin = installments.retrieveBin("525864");

    RecordedRequest request = odero.takeSigned();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/installment/v1/bins/525864");
    assertThat(bin).isEqualTo(new BinNumber("525864", CardType.CREDIT_CARD, CardAssociation.MASTER_CARD,
        "World", "Yapı Kredi", 67L, false));
  }

  @Test
  void anUnknownBinIsNotFound() {
    odero.enqueue(404, "{\"errors\":{\"errorCode\":\"404\",\"errorDescription\":\"Bin not found\"}}");
    assertThat(catchThrowableOfType(OderoNotFoundException.class, () -> installments.retrieveBin("999999"))
        .errorDescription()).isEqualTo("Bin not found");
  }

  @Test
  void badInputIsRejectedBeforeAnyRequest() {
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> installments.searchInstallments("52586", BigDecimal.TEN, null)).field()).isEqualTo("binNumber");
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> installments.searchInstallments("525864", BigDecimal.ZERO, null)).field()).isEqualTo("price");
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> installments.searchInstallments("525864", BigDecimal.ONE, Currency.UNKNOWN)).field())
        .isEqualTo("currency");
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> installments.retrieveBin("52/864")).field()).isEqualTo("binNumber");
    assertThat(odero.server.getRequestCount()).isZero();
  }
}
