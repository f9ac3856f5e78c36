package io.flowpod.domain.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A catalog request that cannot be carried out, with the {@link Reason} the web layer turns into a
 * status. Messages and violation texts never echo the rejected value.
 */
public class CatalogException extends RuntimeException {

  /** Why the request failed. */
  public enum Reason {
    /** Field-level problems, listed in {@link #violations()}. */
    INVALID,
    /** No such product in the current workspace. */
    NOT_FOUND,
    /** Another product of the workspace has the SKU, or a custom field the key. */
    DUPLICATE
  }

  private final Reason reason;
  private final Map<String, String> violations;

  CatalogException(Reason reason, String message, Map<String, String> violations) {
    super(message);
    this.reason = reason;
    this.violations = Collections.unmodifiableMap(new LinkedHashMap<>(violations));
  }

  static CatalogException invalid(Map<String, String> violations) {
    return new CatalogException(Reason.INVALID, "The request has invalid fields.", violations);
  }

  static CatalogException notFound() {
    return new CatalogException(Reason.NOT_FOUND, "No such product.", Map.of());
  }

  static CatalogException duplicate(String field, String message) {
    return new CatalogException(Reason.DUPLICATE, message, Map.of(field, "is already taken"));
  }

  public Reason reason() {
    return reason;
  }

  /** Field name to message, in the order found. */
  public Map<String, String> violations() {
    return violations;
  }
}
