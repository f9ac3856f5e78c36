package io.flowpod.domain.inventory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A stock request that cannot be carried out, with the {@link Reason} the web layer turns into a
 * status. Nothing was written when it is thrown.
 */
public class StockException extends RuntimeException {

  /** Why the request failed. */
  public enum Reason {
    /** Field-level problems, listed in {@link #violations()}. */
    INVALID,
    /** No such product or location in the current workspace. */
    NOT_FOUND,
    /** The product is archived. */
    ARCHIVED,
    /** On hand would go below zero (or below what is reserved); see {@link #available()}. */
    INSUFFICIENT
  }

  private final Reason reason;
  private final Map<String, String> violations;
  private final UUID productId;
  private final long available;

  private StockException(Reason reason, String message, Map<String, String> violations,
      UUID productId, long available) {
    super(message);
    this.reason = reason;
    this.violations = Collections.unmodifiableMap(new LinkedHashMap<>(violations));
    this.productId = productId;
    this.available = available;
  }

  static StockException invalid(Map<String, String> violations) {
    return new StockException(Reason.INVALID, "The request has invalid fields.", violations, null,
        0);
  }

  static StockException notFound(String what) {
    return new StockException(Reason.NOT_FOUND, "No such " + what + ".", Map.of(), null, 0);
  }

  /** The product exists but has no reorder rule (a 404 for the rule resource). */
  public static StockException noRule(UUID productId) {
    return new StockException(Reason.NOT_FOUND, "Product " + productId + " has no reorder rule.",
        Map.of(), null, 0);
  }

  static StockException archived(UUID productId) {
    return new StockException(Reason.ARCHIVED, "Product " + productId + " is archived.", Map.of(),
        productId, 0);
  }

  static StockException insufficient(UUID productId, long available) {
    return new StockException(Reason.INSUFFICIENT, "Product " + productId + " has only "
        + available + " available.", Map.of("quantityDelta", "exceeds the available stock"),
        productId, available);
  }

  public Reason reason() {
    return reason;
  }

  /** Field name to message, in the order found. */
  public Map<String, String> violations() {
    return violations;
  }

  /** The product concerned (ARCHIVED, INSUFFICIENT), otherwise null. */
  public UUID productId() {
    return productId;
  }

  /** The available quantity when INSUFFICIENT. */
  public long available() {
    return available;
  }
}
