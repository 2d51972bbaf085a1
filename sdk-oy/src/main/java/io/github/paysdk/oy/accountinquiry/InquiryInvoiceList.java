package io.github.paysdk.oy.accountinquiry;

import java.util.List;

/** The wire shape of the invoice list. */
record InquiryInvoiceList(Integer total, List<InquiryInvoice> data) {}
