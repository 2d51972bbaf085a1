package io.github.paysdk.reliability.secrets;

import org.junit.jupiter.api.BeforeAll;

/** Base of every secrets audit: before any test, core's in-memory binding must be capturing TRACE lines. */
abstract class CapturedTraceTest {
  @BeforeAll
  static void traceIsCaptured() {
    SecretsSupport.assertCapturingBinding();
  }
}
