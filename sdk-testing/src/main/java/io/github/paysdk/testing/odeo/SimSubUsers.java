package io.github.paysdk.testing.odeo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Sub users of the main account; each has its own cash balance in the ledger. */
final class SimSubUsers {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private final SimLedger ledger;
  private final Map<Long, ObjectNode> users = new LinkedHashMap<>();
  private long nextId = 2001;
  private int pageSize = 10;

  SimSubUsers(SimLedger ledger) {
    this.ledger = ledger;
  }

  void pageSize(int size) {
    this.pageSize = size;
  }

  SimReply list(String pageToken) {
    return SimPaging.page(new ArrayList<>(users.values()), pageToken, pageSize, "sub_users",
        ObjectNode::deepCopy);
  }

  SimReply create(JsonNode body) {
    ObjectNode details = details(body, null);
    long id = nextId++;
    ObjectNode user = SimReply.object();
    user.put("user_id", id);
    user.setAll(details);
    users.put(id, user);
    ledger.open(id);
    ObjectNode answer = user.deepCopy();
    answer.put("user_id", Long.toString(id));
    return SimReply.ok(answer);
  }

  SimReply update(long id, JsonNode body) {
    ObjectNode user = users.get(id);
    if (user == null) {
      return SimReply.error(SimReply.GENERAL_ERROR, "Data not found");
    }
    user.setAll(details(body, id));
    return SimReply.ok(user.deepCopy());
  }

  private ObjectNode details(JsonNode body, Long self) {
    String email = SimInput.text(body, "email");
    String name = SimInput.text(body, "name");
    String phone = SimInput.text(body, "phone_number");
    if (!EMAIL.matcher(email).matches()) {
      throw SimReply.fail(SimReply.INPUT_VALIDATION_ERROR, "The email must be a valid email address.");
    }
    for (Map.Entry<Long, ObjectNode> other : users.entrySet()) {
      if (!other.getKey().equals(self) && other.getValue().get("phone_number").asText().equals(phone)) {
        throw SimReply.fail(SimReply.GENERAL_ERROR, "Phone number registered");
      }
    }
    ObjectNode details = SimReply.object();
    details.put("name", name);
    details.put("phone_number", phone);
    details.put("email", email);
    return details;
  }
}
