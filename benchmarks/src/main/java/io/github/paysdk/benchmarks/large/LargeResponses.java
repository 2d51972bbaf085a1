package io.github.paysdk.benchmarks.large;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Bar 4: finds, for each of OdeonPay's day list and OY's VA history, the smallest heap ({@code -Xmx},
 * Serial GC) in which a fresh JVM completes the call through the SDK and through the raw baseline, once
 * with the large answer and once with a one-row answer (the JVM's and the client's own needs). The
 * difference divided by the rows is the peak heap per row; the bar compares it with 3x the JSON per row.
 * The answers are served over loopback by this JVM, so the child holds only what its client holds.
 */
public final class LargeResponses {
  private static final int BASE_STEP_MB = 2;
  private static final int LARGE_STEP_MB = 4;

  private LargeResponses() {}

  /**
   * @param args optional: the row count (default 100000), then the cases to run, comma-separated (default
   *     {@code odeonpay-raw,odeonpay-sdk,oy-raw,oy-sdk})
   * @throws Exception on any failure
   */
  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    List<String> cases = List.of((args.length > 1 ? args[1] : "odeonpay-raw,odeonpay-sdk,oy-raw,oy-sdk")
        .split(","));
    byte[][] bodies = {LargeBodies.odeonPayList(rows), LargeBodies.oyVaHistory(rows)};
    byte[][] small = {LargeBodies.odeonPayList(1), LargeBodies.oyVaHistory(1)};
    String[] providers = {"odeonpay", "oy"};
    System.out.printf(Locale.ROOT, "%-13s %10s %9s %9s %10s %10s %7s%n", "case", "json bytes",
        "heap MB", "base MB", "B/row", "json B/row", "ratio");
    for (int p = 0; p < providers.length; p++) {
      for (String side : new String[] {"raw", "sdk"}) {
        String which = providers[p] + "-" + side;
        if (!cases.contains(which)) {
          continue;
        }
        int base = minimalHeap(which, small[p], 1, 4, 64, BASE_STEP_MB);
        int large = minimalHeap(which, bodies[p], rows, base, 512, LARGE_STEP_MB);
        double perRow = (large - base) * 1024.0 * 1024.0 / rows;
        double jsonPerRow = (double) bodies[p].length / rows;
        System.out.printf(Locale.ROOT, "%-13s %10d %9d %9d %10.0f %10.0f %7.2f%n", which,
            bodies[p].length, large, base, perRow, jsonPerRow, perRow / jsonPerRow);
      }
    }
  }

  private static int minimalHeap(String which, byte[] body, int rows, int fromMb, int toMb, int stepMb)
      throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    try {
      int low = fromMb;
      int high = toMb;
      while (!completes(which, baseUrl, rows, high)) {
        low = high;
        high *= 2;
        if (high > 8192) {
          throw new IllegalStateException(which + " does not complete even in " + low + " MB");
        }
      }
      while (high - low > stepMb) {
        int mid = (low + high) / 2;
        if (completes(which, baseUrl, rows, mid)) {
          high = mid;
        } else {
          low = mid;
        }
      }
      return high;
    } finally {
      server.stop(0);
    }
  }

  private static boolean completes(String which, String baseUrl, int rows, int heapMb)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
        "-Xmx" + heapMb + "m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Xshare:auto",
        "-cp", System.getProperty("java.class.path"),
        LargeResponseCall.class.getName(), which, baseUrl, Integer.toString(rows)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return false;
    }
    return process.exitValue() == 0;
  }
}
