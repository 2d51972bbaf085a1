package io.github.paysdk.benchmarks.large;

import java.nio.charset.StandardCharsets;

/** Generates the large list responses: OdeonPay's day of transactions and OY's VA transaction history. */
final class LargeBodies {
  private LargeBodies() {}

  /**
   * @param rows how many transactions
   * @return an OdeonPay {@code /payments/list} answer with that many rows, in the doc's shape
   */
  static byte[] odeonPayList(int rows) {
    StringBuilder out = new StringBuilder(rows * 460 + 64);
    out.append("{\"success\":true,\"message\":null,\"transactions\":[");
    for (int i = 0; i < rows; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append("{\"id\":").append(16213 + i)
          .append(",\"statusId\":4,\"status\":\"Completed\",\"currency\":\"USD\",\"amount\":")
          .append(i % 10_000).append('.').append(10 + i % 90)
          .append(",\"description\":\"Products Payment\",\"invoiceId\":\"132-33541-").append(i)
          .append("\",\"accountId\":\"test").append(i % 997).append("@account.com\",\"created\":")
          .append(1606726879000L + i)
          .append(",\"operationTypeId\":1,\"operationType\":\"Payment\",\"reasonId\":0,")
          .append("\"reason\":\"Approved\",\"cardType\":\"Visa\",\"cardFirstSix\":\"411111\",")
          .append("\"cardLastFour\":\"1111\",\"completed\":").append(1606726905000L + i)
          .append(",\"paymentTransactionId\":null}");
    }
    return out.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * @param rows how many payments
   * @return an OY {@code /api/va-tx-history/<id>} answer with that many rows, in the doc's shape
   */
  static byte[] oyVaHistory(int rows) {
    StringBuilder out = new StringBuilder(rows * 460 + 128);
    out.append("{\"id\":\"12345676788898\",\"status\":{\"code\":\"000\",\"message\":\"Success\"},")
        .append("\"data\":[");
    for (int i = 0; i < rows; i++) {
      if (i > 0) {
        out.append(',');
      }
      String n = String.format(java.util.Locale.ROOT, "%012d", i);
      out.append("{\"id\":\"d9c2963f-be14-4558-9380-").append(n)
          .append("\",\"created\":\"2020-02-27 07:48:01\",\"name\":\"Static VA by username\",")
          .append("\"amount\":").append(10_000 + i)
          .append(",\"create_by\":\"Static VA by username\",\"last_update_by\":\"Static VA by username\",")
          .append("\"last_updated\":\"2020-02-27 10:08:01\",\"admin_fee\":1000,\"va_number\":\"123456")
          .append(n).append("\",\"va_history_id\":\"3d5c41e6-04ac-4f1a-bd5e-").append(n)
          .append("\",\"settlement_time\":\"2020-02-28 15:00:00\",\"settlement_status\":\"WAITING\"}");
    }
    return out.append("],\"number_of_transaction\":").append(rows)
        .append(",\"total_incoming_payment\":10000}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
