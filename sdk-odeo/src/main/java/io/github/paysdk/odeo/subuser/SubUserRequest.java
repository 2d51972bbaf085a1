package io.github.paysdk.odeo.subuser;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeo.internal.OdeoApi;

/**
 * A sub user's details, for creating or updating one. All three are required.
 *
 * @param email the email address
 * @param name the full name
 * @param phoneNumber the phone number; it receives the OTP SMS when the user is created
 */
public record SubUserRequest(String email, String name, String phoneNumber) {

  /** Requires every field to be non-blank. */
  public SubUserRequest {
    Validate.notBlank(email, "email");
    Validate.notBlank(name, "name");
    Validate.notBlank(phoneNumber, "phoneNumber");
  }

  /** @return the wire body: email, name, phone_number */
  ObjectNode toJson() {
    ObjectNode body = OdeoApi.object();
    body.put("email", email);
    body.put("name", name);
    body.put("phone_number", phoneNumber);
    return body;
  }
}
