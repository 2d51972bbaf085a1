package io.github.paysdk.odero.installment;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odero.internal.OderoApi;
import io.github.paysdk.odero.internal.OderoQuery;
import io.github.paysdk.odero.internal.OderoRules;
import io.github.paysdk.odero.model.Currency;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Installment plans and BIN lookup. Reads; retried on network failures, 429 and 502/503/504. */
public final class InstallmentService {
  private static final String BASE = "/installment/v1";
  private final OderoApi api;

  /** @param api the Odero wire (internal) */
  public InstallmentService(OderoApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /**
   * Lists the installment plans for a card and price
   * ({@code GET /installment/v1/installments?binNumber=&price=&currency=}).
   *
   * @param binNumber the card's first 6 to 8 digits
   * @param price the price, greater than 0
   * @param currency the currency, or null for the platform's default
   * @return the plans, per matching card
   */
  public List<InstallmentOptions> searchInstallments(String binNumber, BigDecimal price, Currency currency) {
    Validate.required(binNumber, "binNumber");
    OderoRules.bin(binNumber, "binNumber");
    Validate.positive(price, "price");
    OderoRules.knownOrNull(currency, "currency");
    return api.list(api.get(BASE + "/installments")
        .query("binNumber", binNumber)
        .query("price", price.toPlainString())
        .query("currency", OderoQuery.name(currency))
        .build(), InstallmentOptions.class).items();
  }

  /**
   * Looks up a BIN ({@code GET /installment/v1/bins/{bin}}).
   *
   * @param binNumber the card's first 6 to 8 digits
   * @return what the BIN says about the card
   * @throws io.github.paysdk.odero.error.OderoNotFoundException if the BIN is unknown
   */
  public BinNumber retrieveBin(String binNumber) {
    Validate.required(binNumber, "binNumber");
    OderoRules.bin(binNumber, "binNumber");
    return api.data(api.get(BASE + "/bins/" + binNumber).build(), BinNumber.class);
  }
}
