package io.github.paysdk.reliability.secrets;

import io.github.paysdk.testing.RecordedCall;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects the values that must never leak (secrets, tokens, signatures, Basic credentials, card numbers,
 * CVVs) and the texts they must never appear in (log lines, exception messages, {@code toString()}s,
 * printed output), then counts every occurrence. A finding names the kind of value and where it was
 * found, never the value itself.
 */
final class LeakAudit {
  /** Headers whose values are credentials or signatures. */
  private static final Pattern SECRET_HEADER = Pattern.compile(
      "(?i).*(authorization|signature|api-key|apikey|subscription-key|hmac|token|secret|password).*");
  /** JSON/form fields holding a credential (card fields are handled apart). */
  private static final Pattern SECRET_FIELD = Pattern.compile(
      "(?i).*(secret|password|token|signature|api_?key|signing_?key).*");
  private static final Pattern CARD_FIELD = Pattern.compile("(?i)(pan|card_?number|card_?no)");
  private static final Pattern CVV_FIELD = Pattern.compile("(?i)(cvv2?|cvc2?|cvn|security_?code)");
  /** Values this short would match by accident; they are only searched next to their field name. */
  private static final int MIN_PLAIN_LENGTH = 6;

  private final Map<String, String> needles = new LinkedHashMap<>();
  private final Map<String, String> cvvs = new LinkedHashMap<>();
  private final Map<Pattern, String> patterns = new LinkedHashMap<>();
  private final List<String[]> haystacks = new ArrayList<>();

  /**
   * @param kind what the value is, e.g. "client secret"
   * @param value a value that must never appear
   * @return this
   */
  LeakAudit secret(String kind, String value) {
    if (value != null && value.length() >= MIN_PLAIN_LENGTH) {
      needles.putIfAbsent(value, kind);
    }
    return this;
  }

  /**
   * Values known only by their shape, e.g. the tokens an in-process simulator issues.
   *
   * @param kind what the values are
   * @param regex their shape
   * @return this
   */
  LeakAudit pattern(String kind, String regex) {
    patterns.put(Pattern.compile(regex), kind);
    return this;
  }

  /**
   * A Basic credential: the pair, its Base64 and the password alone.
   *
   * @param user the user
   * @param password the password
   * @return this
   */
  LeakAudit basic(String user, String password) {
    String pair = user + ":" + password;
    secret("Basic user:password", pair);
    secret("Basic credential (Base64)",
        Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    return secret("Basic password", password);
  }

  /**
   * A full card number, also as printed in groups of four.
   *
   * @param pan the card number
   * @return this
   */
  LeakAudit card(String pan) {
    String digits = pan.replaceAll("[^0-9]", "");
    secret("card number", digits);
    secret("card number (grouped)", digits.replaceAll("(\\d{4})(?=\\d)", "$1 "));
    return secret("card number (dashed)", digits.replaceAll("(\\d{4})(?=\\d)", "$1-"));
  }

  /**
   * A CVV: too short to search alone, so it counts when it follows a CVV-like name.
   *
   * @param cvv the CVV
   * @return this
   */
  LeakAudit cvv(String cvv) {
    cvvs.putIfAbsent(cvv, "CVV");
    return this;
  }

  /**
   * Takes every credential the SDK actually sent: secret-bearing header values (a Basic one also
   * decoded, a Bearer token without its scheme) and secret or card fields of JSON and form bodies.
   *
   * @param calls what a simulator received
   * @return this
   */
  LeakAudit harvest(List<RecordedCall> calls) {
    for (RecordedCall call : calls) {
      for (int i = 0; i < call.headers().size(); i++) {
        String name = call.headers().name(i);
        if (SECRET_HEADER.matcher(name).matches()) {
          header(name, call.headers().value(i));
        }
      }
      body(call);
    }
    return this;
  }

  private void header(String name, String value) {
    int space = value.indexOf(' ');
    String scheme = space > 0 ? value.substring(0, space) : "";
    if (scheme.equalsIgnoreCase("Basic")) {
      secret("Basic credential (Base64)", value.substring(space + 1));
      String decoded = new String(Base64.getDecoder().decode(value.substring(space + 1)),
          StandardCharsets.UTF_8);
      basic(decoded.substring(0, decoded.indexOf(':')), decoded.substring(decoded.indexOf(':') + 1));
    } else if (scheme.equalsIgnoreCase("Bearer")) {
      secret("access token", value.substring(space + 1));
    } else {
      secret(name.toLowerCase(Locale.ROOT) + " header value", value);
    }
  }

  private void body(RecordedCall call) {
    String type = String.valueOf(call.header("Content-Type")).toLowerCase(Locale.ROOT);
    String text = call.bodyUtf8();
    if (type.contains("x-www-form-urlencoded")) {
      for (String pair : text.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          field(pair.substring(0, eq),
              java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    } else if (type.contains("json") && !text.isBlank()) {
      try {
        walkJson(new com.fasterxml.jackson.databind.ObjectMapper().readTree(text));
      } catch (java.io.IOException notJson) {
        // Nothing to harvest from a body that is not JSON.
      }
    }
  }

  private void walkJson(com.fasterxml.jackson.databind.JsonNode node) {
    if (node.isObject()) {
      node.properties().forEach(field -> {
        if (field.getValue().isValueNode()) {
          field(field.getKey(), field.getValue().asText());
        } else {
          walkJson(field.getValue());
        }
      });
    } else if (node.isArray()) {
      node.forEach(this::walkJson);
    }
  }

  private void field(String name, String value) {
    if (CVV_FIELD.matcher(name).matches()) {
      cvv(value);
    } else if (CARD_FIELD.matcher(name).matches() && value.replaceAll("[ -]", "").matches("\\d{13,19}")) {
      card(value);
    } else if (SECRET_FIELD.matcher(name).matches()) {
      secret(name + " field", value);
    }
  }

  /**
   * @param where a name for the lines, e.g. "log"
   * @param lines texts to search
   * @return this
   */
  LeakAudit texts(String where, List<String> lines) {
    for (String line : lines) {
      text(where, line);
    }
    return this;
  }

  /**
   * @param where a name for the text
   * @param text a text to search
   * @return this
   */
  LeakAudit text(String where, String text) {
    if (text != null) {
      haystacks.add(new String[] {where, text});
    }
    return this;
  }

  /**
   * The message and {@code toString()} of the exception and of every cause and suppressed exception.
   *
   * @param where a name for the call that threw
   * @param thrown the exception
   * @return this
   */
  LeakAudit exception(String where, Throwable thrown) {
    Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> todo = new ArrayList<>(List.of(thrown));
    while (!todo.isEmpty()) {
      Throwable t = todo.remove(todo.size() - 1);
      if (!seen.add(t)) {
        continue;
      }
      text(where + " exception " + t.getClass().getSimpleName(), t.getMessage());
      text(where + " exception " + t.getClass().getSimpleName(), t.toString());
      text(where + " exception " + t.getClass().getSimpleName(), t.getLocalizedMessage());
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      todo.addAll(List.of(t.getSuppressed()));
      if (t instanceof io.github.paysdk.core.error.ApiException api) {
        objects(where + " exception context", api.context());
      }
    }
    return this;
  }

  /**
   * The {@code toString()} of the object and of every SDK object reachable from it.
   *
   * @param where a name for the root
   * @param root a client, builder, request, response ...
   * @return this
   */
  LeakAudit objects(String where, Object root) {
    ObjectGraph.toStrings(root).forEach((type, text) -> text(where + " toString " + type, text));
    return this;
  }

  /** @return how many values are being looked for */
  int valueCount() {
    return needles.size() + cvvs.size() + patterns.size();
  }

  /** @return how many values of each kind are looked for */
  Map<String, Integer> valueCountsByKind() {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    needles.values().forEach(kind -> counts.merge(kind, 1, Integer::sum));
    cvvs.values().forEach(kind -> counts.merge(kind, 1, Integer::sum));
    patterns.values().forEach(kind -> counts.merge(kind + " (pattern)", 1, Integer::sum));
    return counts;
  }

  /** @return how many texts are searched */
  int textCount() {
    return haystacks.size();
  }

  /**
   * @return every occurrence, as "kind in where"; never the value
   */
  List<String> findings() {
    List<String> found = new ArrayList<>();
    for (String[] haystack : haystacks) {
      String text = haystack[1];
      needles.forEach((value, kind) -> {
        if (text.contains(value)) {
          found.add(kind + " in " + haystack[0]);
        }
      });
      patterns.forEach((pattern, kind) -> {
        if (pattern.matcher(text).find()) {
          found.add(kind + " in " + haystack[0]);
        }
      });
      cvvs.forEach((value, kind) -> {
        if (Pattern.compile("(?i)(cvv2?|cvc2?|cvn|security.?code)[^0-9a-z]{0,6}" + Pattern.quote(value)
            + "(?![0-9])").matcher(text).find()) {
          found.add(kind + " in " + haystack[0]);
        }
      });
    }
    return found;
  }

  /**
   * @param name what was audited
   * @return a summary line for the test output: values checked, texts searched, occurrences
   */
  String summary(String name) {
    return String.format(Locale.ROOT, "[secrets] %-28s values checked: %3d, texts searched: %6d, occurrences: %d",
        name, valueCount(), textCount(), findings().size()) + "\n          by kind: " + valueCountsByKind();
  }
}
