package io.flowpod.api.problem;

/**
 * One entry of a problem's {@code errors} list.
 *
 * @param field   where the problem is: a JSON-path-like name for body fields
 *                ({@code items[0].quantity}),
 *                the parameter or header name otherwise; {@code $} for the body as a whole
 * @param message what is wrong, never echoing the rejected value
 */
public record FieldViolation(String field, String message) {}
