package io.github.paysdk.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.paysdk.core.logging.Redactor;

/**
 * Stands in for a parser's exception as the cause of a paysdk exception. Jackson's messages quote the
 * content they choke on ({@code Unrecognized token 'sk_live_..'}, {@code from String "4111..."}), and a
 * response or callback may hold tokens and card numbers; this keeps only the failure's type, where it
 * happened (line, column, field path) and its stack trace.
 */
public final class JsonFailure extends Exception {
  private static final long serialVersionUID = 1L;
  private static final int MAX_PATH = 200;

  private JsonFailure(String message, StackTraceElement[] stackTrace) {
    super(message, null, false, true);
    setStackTrace(stackTrace);
  }

  /**
   * @param failure what the parser threw (a Jackson exception, or an {@link IllegalArgumentException}
   *     wrapping one)
   * @return an exception saying what failed and where, without quoting any content
   */
  public static JsonFailure of(Throwable failure) {
    Throwable jackson = failure;
    if (!(jackson instanceof JsonProcessingException) && failure.getCause() instanceof JsonProcessingException) {
      jackson = failure.getCause();
    }
    StringBuilder message = new StringBuilder(jackson.getClass().getSimpleName());
    if (jackson instanceof JsonProcessingException processing) {
      JsonLocation location = processing.getLocation();
      if (location != null && location.getLineNr() > 0) {
        message.append(" at line ").append(location.getLineNr())
            .append(", column ").append(location.getColumnNr());
      }
    }
    if (jackson instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (JsonMappingException.Reference reference : mapping.getPath()) {
        if (reference.getFieldName() != null) {
          path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
        } else if (reference.getIndex() >= 0) {
          path.append('[').append(reference.getIndex()).append(']');
        }
      }
      String shown = Redactor.cardNumbers(path.toString());
      message.append(", field ").append(shown.length() > MAX_PATH ? shown.substring(0, MAX_PATH) + "..." : shown);
    }
    return new JsonFailure(message.toString(), failure.getStackTrace());
  }
}
