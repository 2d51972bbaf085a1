package io.github.paysdk.core.http;

import java.util.Objects;

/**
 * One query parameter, unencoded; the transport encodes it.
 *
 * @param name the parameter name
 * @param value the parameter value, never null
 */
public record QueryParam(String name, String value) {
  /** Requires both parts. */
  public QueryParam {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
