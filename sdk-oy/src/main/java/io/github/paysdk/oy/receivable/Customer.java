package io.github.paysdk.oy.receivable;

import java.math.BigDecimal;

/**
 * An Account Receivable customer.
 *
 * @param id OY's customer id (used as {@code customer_id} on invoices)
 * @param status ACTIVE or INACTIVE
 * @param partnerCustomerId your id for the customer
 * @param name the customer's name
 * @param picName the person in charge
 * @param phoneNumber the phone number
 * @param taxType the PPN treatment
 * @param pphTax the PPh 23 treatment
 * @param email up to six addresses separated by {@code ;}
 * @param address the address
 * @param totalPiutang the outstanding receivable, if OY reports it
 * @param canBeDeactivated whether the customer has no outstanding invoice
 */
public record Customer(
    String id,
    CustomerStatus status,
    String partnerCustomerId,
    String name,
    String picName,
    String phoneNumber,
    TaxType taxType,
    PphTax pphTax,
    String email,
    String address,
    BigDecimal totalPiutang,
    Boolean canBeDeactivated) {}
