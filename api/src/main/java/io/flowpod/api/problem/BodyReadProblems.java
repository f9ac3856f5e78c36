package io.flowpod.api.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Turns an unreadable request body into a problem that names the field, never the value: unknown or
 * forbidden fields (mass assignment), wrong types, malformed JSON, a missing or oversized body.
 */
final class BodyReadProblems {

  private BodyReadProblems() {}

  /** The problem for this failure, or {@code null} if it is a server-side defect (answer 500). */
  static ApiProblem classify(HttpMessageNotReadableException ex) {
    PayloadTooLargeException tooLarge = find(ex, PayloadTooLargeException.class);
    if (tooLarge != null) {
      return ApiProblem.of(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large.");
    }
    if (find(ex, InvalidDefinitionException.class) != null) {
      return null;
    }
    PropertyBindingException unknown = find(ex, PropertyBindingException.class);
    if (unknown != null) {
      String field = path(unknown);
      return ApiProblem.of(ProblemType.UNKNOWN_FIELD,
          "The field '" + field + "' is not accepted by this endpoint.",
          List.of(new FieldViolation(field, "is not accepted by this endpoint")));
    }
    ValueInstantiationException invalid = find(ex, ValueInstantiationException.class);
    if (invalid != null) {
      return malformed(path(invalid), "is not valid");
    }
    MismatchedInputException mismatch = find(ex, MismatchedInputException.class);
    if (mismatch != null) {
      return malformed(path(mismatch), "must be " + describe(mismatch.getTargetType()));
    }
    StreamReadException syntax = find(ex, StreamReadException.class);
    if (syntax != null) {
      JsonLocation at = syntax.getLocation();
      String where = at == null ? ""
          : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      return malformed("$", "is not valid JSON" + where);
    }
    if (ex.getCause() == null) {
      return malformed("$", "a request body is required");
    }
    return malformed("$", "could not be read");
  }

  /** A human description of a Java type for "must be ..." messages. */
  static String describe(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == UUID.class) {
      return "a UUID";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 date or time";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    return "of another type";
  }

  private static ApiProblem malformed(String field, String message) {
    return ApiProblem.of(ProblemType.MALFORMED_REQUEST,
        "$".equals(field)
            ? "The request body " + message + "."
            : "The field '" + field + "' " + message + ".",
        List.of(new FieldViolation(field, message)));
  }

  /** JSON-path-like: {@code items[0].quantity}; {@code $} for the body itself. */
  static String path(JsonMappingException ex) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : ex.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    if (ex instanceof PropertyBindingException binding && binding.getPropertyName() != null
        && !path.toString().endsWith(binding.getPropertyName())) {
      path.append(path.isEmpty() ? "" : ".").append(binding.getPropertyName());
    }
    return path.isEmpty() ? "$" : path.toString();
  }

  private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
