package io.github.paysdk.reliability.secrets;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks everything reachable from an SDK object (its fields, and the elements of collections, maps,
 * arrays and optionals among them) and records the {@code toString()} of each SDK, OkHttp and Jackson
 * object on the way: what a user's log statement or debugger would print.
 */
final class ObjectGraph {
  private static final int MAX_OBJECTS = 20_000;

  private ObjectGraph() {}

  /**
   * @param root where to start
   * @return "type#n" to that object's {@code toString()}, for every printable object reached
   */
  static Map<String, String> toStrings(Object root) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    List<Object> todo = new ArrayList<>();
    todo.add(root);
    while (!todo.isEmpty() && seen.size() < MAX_OBJECTS) {
      Object o = todo.remove(todo.size() - 1);
      if (o == null || seen.put(o, Boolean.TRUE) != null) {
        continue;
      }
      Class<?> type = o.getClass();
      if (o instanceof CharSequence || o instanceof Number || o instanceof Boolean
          || o instanceof Character || o instanceof Enum<?> || o instanceof Class<?>) {
        continue;
      }
      if (type.isArray()) {
        if (!type.getComponentType().isPrimitive()) {
          todo.addAll(List.of((Object[]) o));
        }
        continue;
      }
      if (o instanceof Collection<?> c) {
        todo.addAll(c);
        continue;
      }
      if (o instanceof Map<?, ?> m) {
        todo.addAll(m.keySet());
        todo.addAll(m.values());
        continue;
      }
      if (o instanceof Optional<?> opt) {
        opt.ifPresent(todo::add);
        continue;
      }
      String name = type.getName();
      if (printable(name)) {
        out.put(type.getSimpleName() + "#" + out.size(), String.valueOf(o));
      }
      if (name.startsWith("io.github.paysdk.") && !name.startsWith("io.github.paysdk.testing.")) {
        todo.addAll(fieldValues(o));
      }
    }
    return out;
  }

  private static boolean printable(String typeName) {
    return (typeName.startsWith("io.github.paysdk.") && !typeName.startsWith("io.github.paysdk.testing."))
        || typeName.startsWith("okhttp3.Headers") || typeName.startsWith("okhttp3.HttpUrl")
        || typeName.startsWith("okhttp3.Request") || typeName.startsWith("okhttp3.Response")
        || typeName.startsWith("com.fasterxml.jackson.databind.node.");
  }

  private static List<Object> fieldValues(Object o) {
    List<Object> values = new ArrayList<>();
    if (o.getClass().isRecord()) {
      for (RecordComponent component : o.getClass().getRecordComponents()) {
        try {
          component.getAccessor().setAccessible(true);
          values.add(component.getAccessor().invoke(o));
        } catch (ReflectiveOperationException | RuntimeException e) {
          // A component we cannot read is not reachable by users either.
        }
      }
    }
    for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      if (!c.getName().startsWith("io.github.paysdk.")) {
        break;
      }
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
          continue;
        }
        try {
          field.setAccessible(true);
          values.add(field.get(o));
        } catch (ReflectiveOperationException | RuntimeException e) {
          // Skip what the module system hides.
        }
      }
    }
    return values;
  }
}
