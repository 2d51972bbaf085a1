package io.github.paysdk.benchmarks.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The providers' canned responses, copied from the provider modules' test fixtures. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * @param name a file under {@code io/github/paysdk/benchmarks/fixtures}, e.g. {@code oy-remit.json}
   * @return its bytes
   */
  public static byte[] bytes(String name) {
    String path = "/io/github/paysdk/benchmarks/fixtures/" + name;
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
