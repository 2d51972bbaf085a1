package io.github.paysdk.testing.odero;

/** A request the simulator refuses; becomes the platform's {@code {"errors": ...}} envelope. */
final class SimFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int status;
  final String code;
  final String group;

  SimFailure(int status, String code, String message) {
    this(status, code, message, null);
  }

  SimFailure(int status, String code, String message, String group) {
    super(message);
    this.status = status;
    this.code = code;
    this.group = group;
  }

  static SimFailure invalid(String message) {
    return new SimFailure(400, OderoSimulator.VALIDATION_ERROR, message);
  }

  static SimFailure notFound(String message) {
    return new SimFailure(404, OderoSimulator.NOT_FOUND_ERROR, message);
  }

  static SimFailure state(String message) {
    return new SimFailure(400, OderoSimulator.STATE_ERROR, message);
  }
}
