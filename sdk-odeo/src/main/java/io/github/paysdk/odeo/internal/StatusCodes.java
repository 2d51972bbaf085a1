package io.github.paysdk.odeo.internal;

import java.util.function.ToIntFunction;

/** Maps Odeo's integer status codes to enums that have an {@code UNKNOWN} fallback. */
public final class StatusCodes {
  private StatusCodes() {}

  /**
   * @param values the enum's constants
   * @param code the wire code, or null
   * @param unknown the fallback constant
   * @param codeOf each constant's wire code
   * @param <E> the enum
   * @return the constant with that code, or {@code unknown}
   */
  public static <E extends Enum<E>> E fromCode(
      E[] values, Integer code, E unknown, ToIntFunction<E> codeOf) {
    if (code != null) {
      for (E value : values) {
        if (value != unknown && codeOf.applyAsInt(value) == code) {
          return value;
        }
      }
    }
    return unknown;
  }
}
