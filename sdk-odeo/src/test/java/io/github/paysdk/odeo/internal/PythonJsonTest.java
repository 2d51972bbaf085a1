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
  void flatObjectWritesTheSameBytesAsTheTree() {
    String name = "Jos\u00e9 \"Q\" \\ \n\uD83D\uDE00 R/1";
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.put("account_number", "0123456789");
    tree.put("amount", Long.MAX_VALUE);
    tree.put("bank_id", -2);
    tree.put("customer_name", name);
    tree.putNull("description");
    PythonJson.FlatObject flat = PythonJson.object()
        .field("account_number", "0123456789")
        .field("amount", Long.MAX_VALUE)
        .field("bank_id", -2)
        .field("customer_name", name)
        .field("description", (String) null);

    assertThat(flat.bytes()).isEqualTo(PythonJson.bytes(tree));
    assertThat(flat.bytes()).isEqualTo(PythonJson.bytes(tree));
    assertThat(PythonJson.object().bytes()).isEqualTo("{}".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void writesBodiesLargerThanTheInitialBuffer() {
    String long_ = "x".repeat(1000);
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.put("a", long_);

    assertThat(write(tree)).isEqualTo("{\"a\":\"" + long_ + "\"}");
    assertThat(PythonJson.object().field("a", long_).bytes()).isEqualTo(PythonJson.bytes(tree));
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
