package io.github.paysdk.reliability.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a fuzz input into newline-separated header lines and a body: the first {@code lines} lines are
 * short fields (status, content type, header values), everything after them is the body, byte for byte.
 * Seeds therefore stay readable text files, while the fuzzer is free to put any bytes anywhere.
 */
final class FuzzInput {
  private final String[] lines;
  private final byte[] body;

  private FuzzInput(String[] lines, byte[] body) {
    this.lines = lines;
    this.body = body;
  }

  /**
   * @param data the fuzzer's bytes
   * @param lines how many leading lines to split off (missing ones read as empty)
   * @return the split input
   */
  static FuzzInput of(byte[] data, int lines) {
    String[] fields = new String[lines];
    Arrays.fill(fields, "");
    int start = 0;
    for (int i = 0; i < lines && start <= data.length; i++) {
      int end = start;
      while (end < data.length && data[end] != '\n') {
        end++;
      }
      fields[i] = new String(data, start, end - start, StandardCharsets.UTF_8);
      start = end + 1;
    }
    byte[] body = start >= data.length ? new byte[0] : Arrays.copyOfRange(data, start, data.length);
    return new FuzzInput(fields, body);
  }

  /**
   * @param index the line
   * @return that line as received (may hold any character)
   */
  String line(int index) {
    return lines[index];
  }

  /**
   * @param index the line
   * @return that line reduced to printable ASCII, so it is a legal HTTP header value
   */
  String headerLine(int index) {
    return lines[index].replaceAll("[^\\x20-\\x7e]", "").trim();
  }

  /**
   * @param index the line
   * @param fallback the status to use when the line is not a usable one
   * @return the line as an HTTP status in 200..599 (204, 205 and 304, which cannot carry a body, become
   *     {@code fallback})
   */
  int status(int index, int fallback) {
    try {
      int status = Integer.parseInt(lines[index].trim());
      if (status >= 200 && status <= 599 && status != 204 && status != 205 && status != 304) {
        return status;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    return fallback;
  }

  /** @return the body bytes */
  byte[] body() {
    return body;
  }
}
