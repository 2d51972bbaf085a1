package io.github.paysdk.testing.odeo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One answer of the Odeo simulator: an HTTP status and a JSON body.
 *
 * @param status the HTTP status
 * @param body the JSON body
 */
record SimReply(int status, String body) {
  static final String GENERAL_ERROR = "10000";
  static final String INPUT_VALIDATION_ERROR = "10001";
  static final String RESOURCE_NOT_FOUND = "20002";
  static final String INVALID_BANK = "40002";
  static final String INSUFFICIENT_BALANCE = "40011";

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static SimReply ok(ObjectNode body) {
    return new SimReply(200, body.toString());
  }

  /** Odeo's error envelope, with HTTP 400 as most endpoints send it. */
  static SimReply error(String code, String message) {
    return error(400, code, message);
  }

  /** Odeo's error envelope with a given HTTP status (some endpoints send it with 200). */
  static SimReply error(int httpStatus, String code, String message) {
    ObjectNode body = object();
    body.put("message", message);
    body.put("status_code", 400);
    body.put("error_code", Integer.parseInt(code));
    return new SimReply(httpStatus, body.toString());
  }

  /** A body without {@code error_code}, e.g. for authentication failures. */
  static SimReply plain(int httpStatus, String message) {
    ObjectNode body = object();
    body.put("message", message);
    return new SimReply(httpStatus, body.toString());
  }

  /** Signals a rule failure from deep inside a handler. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SimReply reply;

    Failure(SimReply reply) {
      super(reply.body(), null, false, false);
      this.reply = reply;
    }

    SimReply reply() {
      return reply;
    }
  }

  static Failure fail(String code, String message) {
    return new Failure(error(code, message));
  }
}
