package io.github.paysdk.examples;

import java.util.Map;

/** Reads the {@code <PROVIDER>_*} environment variables the examples use; never prints their values. */
public final class Env {
  private final Map<String, String> variables;

  private Env(Map<String, String> variables) {
    this.variables = variables;
  }

  /** @return the process environment */
  public static Env system() {
    return new Env(System.getenv());
  }

  /**
   * @param variables a fixed map, for tests
   * @return an environment over it
   */
  public static Env of(Map<String, String> variables) {
    return new Env(Map.copyOf(variables));
  }

  /**
   * @param name a variable name
   * @return its value, or null if unset or blank
   */
  public String get(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * @param names variable names
   * @return true if every one of them is set
   */
  public boolean hasAll(String... names) {
    for (String name : names) {
      if (get(name) == null) {
        return false;
      }
    }
    return true;
  }
}
