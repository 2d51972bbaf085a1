package io.github.paysdk.odeo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PythonJsonTest {
  private static String write(ObjectNode node) {
    return new String(PythonJson.bytes(node), StandardCharsets.US_ASCII);
  }

  @Test
  void writesV6BodyExactlyAsPythonDoes() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("account_number", "0123456789");
    body.put("amount", 100000L);
    body.put("bank_id", 2);
    body.put("customer_name", "José Ñuñez");
    body.put("reference_id", "R/1");

    assertThat(write(body)).isEqualTo("{\"account_number\":\"0123456789\",\"amount\":100000,\"bank_id\":2,"
        + "\"customer_name\":\"Jos\\u00e9 \\u00d1u\\u00f1ez\",\"reference_id\":\"R/1\"}");
  }

  @Test
  void keepsInsertionOrderAndExplicitNulls() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("z", 1);
    body.putNull("a");
    body.put("flag", true);

    assertThat(write(body)).isEqualTo("{\"z\":1,\"a\":null,\"flag\":true}");
  }

  @Test
  void escapesControlCharactersQuotesAndAstralCharactersLikePython() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    // json.dumps('"\\\n\t\x01\x7f😀') == '"\\"\\\\\\n\\t\\u0001\\u007f\\ud83d\\ude00"'
    body.put("s", "\"\\\n\t\u0001\u007f\uD83D\uDE00");

    assertThat(write(body)).isEqualTo("{\"s\":\"\\\"\\\\\\n\\t\\u0001\\u007f\\ud83d\\ude00\"}");
  }

  @Test
  void writesDecimalsPlain() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("d", new BigDecimal("1E+3"));

    assertThat(write(body)).isEqualTo("{\"d\":1000}");
  }
}
