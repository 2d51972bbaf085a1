package io.github.paysdk.examples;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the provider examples: {@code all} (the default) or one provider by name. Each example runs against
 * its in-process simulator unless that provider's credentials are in the environment.
 */
public final class RunExamples {
  private static final Map<String, String> EXAMPLES = new LinkedHashMap<>();

  static {
    EXAMPLES.put("odeo", "io.github.paysdk.examples.odeo.OdeoExample");
    EXAMPLES.put("odeonpay", "io.github.paysdk.examples.odeonpay.OdeonPayExample");
    EXAMPLES.put("oy", "io.github.paysdk.examples.oy.OyExample");
    EXAMPLES.put("odero", "io.github.paysdk.examples.odero.OderoExample");
    EXAMPLES.put("momo", "io.github.paysdk.examples.momo.MomoExample");
  }

  private RunExamples() {}

  /**
   * @param args {@code all} or a provider name
   * @throws Exception if an example fails
   */
  public static void main(String[] args) throws Exception {
    String which = args.length == 0 ? "all" : args[0].toLowerCase(Locale.ROOT);
    List<String> names = which.equals("all") ? List.copyOf(EXAMPLES.keySet()) : List.of(which);
    for (String name : names) {
      String className = EXAMPLES.get(name);
      if (className == null) {
        throw new IllegalArgumentException("No example named " + name + "; try one of " + EXAMPLES.keySet());
      }
      System.out.println();
      System.out.println("=== " + name + " ===");
      Class<?> example;
      try {
        example = Class.forName(className);
      } catch (ClassNotFoundException notYet) {
        System.out.println("(no example for " + name + " yet)");
        continue;
      }
      Method main = example.getMethod("main", String[].class);
      try {
        main.invoke(null, (Object) new String[0]);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof Exception cause) {
          throw cause;
        }
        throw e;
      }
    }
  }
}
