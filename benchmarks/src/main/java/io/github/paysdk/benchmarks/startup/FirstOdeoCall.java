package io.github.paysdk.benchmarks.startup;

import io.github.paysdk.benchmarks.raw.RawOdeo;
import io.github.paysdk.odeo.OdeoClient;
import io.github.paysdk.odeo.disbursement.Bank;
import java.lang.management.ManagementFactory;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * The child JVM of {@link StartupComparison}: fetches a token and lists the banks once (SDK or raw), then
 * prints the milliseconds from JVM start and from {@code main} to the parsed answer.
 */
public final class FirstOdeoCall {
  private FirstOdeoCall() {}

  /**
   * @param args {@code sdk} or {@code raw}, the simulator's base URL, client id, client secret, signing key
   */
  public static void main(String[] args) {
    long mainStarted = System.nanoTime();
    List<Bank> banks;
    if (args[0].equals("sdk")) {
      try (OdeoClient odeo = OdeoClient.builder().clientId(args[2]).clientSecret(args[3])
          .signingKey(args[4]).baseUrl(args[1]).build()) {
        banks = odeo.disbursement().getBanks();
      }
    } else {
      OkHttpClient http = new OkHttpClient();
      RawOdeo raw = new RawOdeo(http, args[1], args[2], args[3], args[4]);
      raw.fetchToken();
      banks = raw.getBanks();
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    long sinceMain = (System.nanoTime() - mainStarted) / 1_000_000;
    long sinceJvm = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    if (banks.isEmpty()) {
      throw new IllegalStateException("no banks");
    }
    System.out.println("first-response " + sinceJvm + " " + sinceMain);
  }
}
