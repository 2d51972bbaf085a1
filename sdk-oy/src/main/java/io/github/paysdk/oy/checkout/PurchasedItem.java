package io.github.paysdk.oy.checkout;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.paysdk.oy.internal.OyDates;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One invoice line as API Get returns it (inside a JSON-encoded string; the SDK decodes it).
 *
 * @param item the item's name
 * @param description its description
 * @param quantity how many
 * @param pricePerItem the unit price
 * @param dateOfPurchase the purchase date, sent as epoch milliseconds (UTC midnight)
 */
public record PurchasedItem(
    String item,
    String description,
    Integer quantity,
    BigDecimal pricePerItem,
    @JsonDeserialize(using = OyDates.Utc.class) Instant dateOfPurchase) {}
