package io.github.paysdk.oy.receivable;

import java.util.List;

/** Wire shape of the invoice list's {@code data}. */
record ArInvoicePage(Integer page, Integer total, Integer limit, List<ArInvoice> data) {}
