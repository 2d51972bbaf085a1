package io.github.paysdk.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this SDK build: its version, read from the build, and the {@code User-Agent} it sends. */
public final class PaySdk {
  /** The SDK version, written into the jar by the build (e.g. {@code 0.1.0}). */
  public static final String VERSION = readVersion();

  private PaySdk() {}

  /**
   * The {@code User-Agent} sent with every request, naming the SDK, its version and the provider module.
   * Kept short on purpose: the provider's server reads it on every call (the JVM and OkHttp versions,
   * once part of it, cost the loopback benchmark's server 4-5% more CPU per request; see
   * docs/performance.md).
   *
   * @param provider the provider module, e.g. {@code "odeo"}
   * @return e.g. {@code paysdk-java/0.1.0 (odeo)}
   */
  public static String userAgent(String provider) {
    return "paysdk-java/" + VERSION + " (" + provider + ")";
  }

  private static String readVersion() {
    try (InputStream in = PaySdk.class.getResourceAsStream("paysdk.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
