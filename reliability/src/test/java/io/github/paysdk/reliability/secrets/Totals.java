package io.github.paysdk.reliability.secrets;

import java.util.Locale;

/** Running totals of every audit in this JVM, printed after each one so the last line is the total. */
final class Totals {
  private static int audits;
  private static int values;
  private static long texts;
  private static int occurrences;

  private Totals() {}

  static synchronized void add(LeakAudit audit) {
    audits++;
    values += audit.valueCount();
    texts += audit.textCount();
    occurrences += audit.findings().size();
    System.out.println(String.format(Locale.ROOT,
        "[secrets] running total: %d audits, %d values checked, %d texts searched, %d occurrences",
        audits, values, texts, occurrences));
  }
}
