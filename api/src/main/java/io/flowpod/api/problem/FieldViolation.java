package io.flowpod.api.problem;

import java.util.List;
import java.util.Map;

/**
 * One entry of a problem's {@code errors} list.
 *
 * @param field   where the problem is: a JSON-path-like name for body fields
 *                ({@code items[0].quantity}),
 *                the parameter or header name otherwise; {@code $} for the body as a whole
 * @param message what is wrong, never echoing the rejected value
 */
public record FieldViolation(String field, String message) {

  /** One violation per entry of a domain's field-to-message map, in its order. */
  public static List<FieldViolation> of(Map<String, String> violations) {
    return violations.entrySet().stream()
        .map(violation -> new FieldViolation(violation.getKey(), violation.getValue()))
        .toList();
  }
}
