package io.github.paysdk.odeo.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a JSON tree exactly as Python's {@code json.dumps(value, separators=(',', ':'))} does, which is
 * what Odeo's reference SDK signs: compact, keys in insertion order, explicit nulls kept, every character
 * outside printable ASCII escaped as {@code \}{@code uXXXX} with lower-case hex, {@code /} not escaped.
 * The output is ASCII, so it is written as bytes directly: one working buffer and the result, no
 * intermediate {@code String}.
 */
public final class PythonJson {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private PythonJson() {}

  /**
   * @param node an object, array or value tree (numbers must be integral or plain decimals)
   * @return its compact JSON as ASCII bytes
   */
  public static byte[] bytes(JsonNode node) {
    Ascii out = new Ascii();
    write(node, out);
    return out.toByteArray();
  }

  /**
   * Starts a flat object written straight to bytes, for request bodies whose fields are known: the same
   * output as {@link #bytes(JsonNode)} of an {@code ObjectNode} with the same fields in the same order,
   * without building the tree.
   *
   * @return an empty object
   */
  public static FlatObject object() {
    return new FlatObject();
  }

  /** A JSON object of string and integer fields, written in the order they are added. */
  public static final class FlatObject {
    private final Ascii out = new Ascii();

    private FlatObject() {
      out.append('{');
    }

    /**
     * @param name the key
     * @param value the value; null is written as JSON null
     * @return this object
     */
    public FlatObject field(String name, String value) {
      key(name);
      if (value == null) {
        out.append("null");
      } else {
        string(value, out);
      }
      return this;
    }

    /**
     * @param name the key
     * @param value the value
     * @return this object
     */
    public FlatObject field(String name, long value) {
      key(name);
      out.append(Long.toString(value));
      return this;
    }

    /** @return the object's compact JSON as ASCII bytes */
    public byte[] bytes() {
      out.append('}');
      byte[] bytes = out.toByteArray();
      out.length--; // so that a second call gives the same bytes
      return bytes;
    }

    private void key(String name) {
      if (out.length > 1) {
        out.append(',');
      }
      string(name, out);
      out.append(':');
    }
  }

  /** A growable ASCII byte buffer, sized for a typical request body. */
  private static final class Ascii {
    private byte[] bytes = new byte[256];
    private int length;

    void append(char c) {
      if (length == bytes.length) {
        bytes = Arrays.copyOf(bytes, bytes.length * 2);
      }
      bytes[length++] = (byte) c;
    }

    void append(String ascii) {
      for (int i = 0; i < ascii.length(); i++) {
        append(ascii.charAt(i));
      }
    }

    byte[] toByteArray() {
      return Arrays.copyOf(bytes, length);
    }
  }

  private static void write(JsonNode node, Ascii out) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      out.append("null");
    } else if (node.isObject()) {
      out.append('{');
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      boolean first = true;
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!first) {
          out.append(',');
        }
        first = false;
        string(field.getKey(), out);
        out.append(':');
        write(field.getValue(), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(node.get(i), out);
      }
      out.append(']');
    } else if (node.isTextual()) {
      string(node.textValue(), out);
    } else if (node.isBoolean()) {
      out.append(node.booleanValue() ? "true" : "false");
    } else if (node.isInt() || node.isLong() || node.isShort()) {
      out.append(Long.toString(node.longValue()));
    } else if (node.isIntegralNumber()) {
      out.append(node.bigIntegerValue().toString());
    } else if (node.isNumber()) {
      out.append(node.decimalValue().toPlainString());
    } else {
      throw new IllegalArgumentException("Unsupported JSON node: " + node.getNodeType());
    }
  }

  private static void string(String value, Ascii out) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c >= 0x20 && c <= 0x7e) {
            out.append(c);
          } else {
            // UTF-16 code units, so characters outside the BMP become surrogate pairs, as in Python.
            out.append("\\u");
            out.append(HEX[(c >> 12) & 0xF]);
            out.append(HEX[(c >> 8) & 0xF]);
            out.append(HEX[(c >> 4) & 0xF]);
            out.append(HEX[c & 0xF]);
          }
        }
      }
    }
    out.append('"');
  }
}
