package io.github.paysdk.reliability.fuzz;

import io.github.paysdk.core.error.PaySdkException;
import java.util.concurrent.Callable;

/**
 * The only outcomes a hostile input may have: a typed result, or a {@link PaySdkException}. Anything
 * else (NPE, ClassCastException, IndexOutOfBounds, a raw Jackson exception, StackOverflowError) escapes
 * and Jazzer reports it as a finding. Results and exceptions are also rendered with {@code toString()} and
 * {@code getMessage()}, so a custom {@code toString()} that trips over hostile data is caught too.
 */
final class Outcomes {
  private Outcomes() {}

  /**
   * @param call the call under test
   * @throws AssertionError if it returns null
   */
  static void typedOrPaySdkException(Callable<?> call) {
    Object result;
    try {
      result = call.call();
    } catch (PaySdkException expected) {
      String message = expected.getMessage();
      if (message == null) {
        throw new AssertionError("PaySdkException without a message", expected);
      }
      expected.toString();
      return;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new AssertionError("Checked exception escaped the SDK", e);
    }
    if (result == null) {
      throw new AssertionError("The SDK returned null instead of a typed result or exception");
    }
    result.toString();
  }

  /**
   * @param call a call without a result
   */
  static void completesOrPaySdkException(Runnable call) {
    typedOrPaySdkException(() -> {
      call.run();
      return Boolean.TRUE;
    });
  }
}
