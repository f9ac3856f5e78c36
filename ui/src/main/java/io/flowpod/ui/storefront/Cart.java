package io.flowpod.ui.storefront;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a visitor means to buy: product ids and quantities only. Prices never travel in the cart; they
 * are read from the catalog whenever the cart is shown or ordered. The cookie form is
 * {@code <uuid>:<qty>|<uuid>:<qty>}; anything unreadable in it is dropped, never trusted.
 */
record Cart(Map<UUID, Integer> quantities) {

  static final int MAX_LINES = 30;
  static final int MAX_QUANTITY = 99;

  Cart {
    quantities = Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
  }

  static Cart empty() {
    return new Cart(Map.of());
  }

  static Cart parse(String value) {
    Map<UUID, Integer> quantities = new LinkedHashMap<>();
    if (value == null || value.isBlank()) {
      return empty();
    }
    for (String part : value.split("\\|")) {
      String[] pair = part.split(":");
      if (pair.length != 2 || quantities.size() >= MAX_LINES) {
        continue;
      }
      try {
        UUID id = UUID.fromString(pair[0]);
        int quantity = Integer.parseInt(pair[1]);
        if (quantity > 0) {
          quantities.put(id, Math.min(quantity, MAX_QUANTITY));
        }
      } catch (IllegalArgumentException e) {
        // A tampered or outdated entry: leave it out.
      }
    }
    return new Cart(quantities);
  }

  String format() {
    StringBuilder value = new StringBuilder();
    quantities.forEach((id, quantity) -> {
      if (!value.isEmpty()) {
        value.append('|');
      }
      value.append(id).append(':').append(quantity);
    });
    return value.toString();
  }

  boolean isEmpty() {
    return quantities.isEmpty();
  }

  int itemCount() {
    return quantities.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Adds to the product's quantity (capped); a full cart ignores new products. */
  Cart add(UUID productId, int quantity) {
    Map<UUID, Integer> changed = new LinkedHashMap<>(quantities);
    if (!changed.containsKey(productId) && changed.size() >= MAX_LINES) {
      return this;
    }
    changed.merge(productId, clamp(quantity), (a, b) -> Math.min(a + b, MAX_QUANTITY));
    return new Cart(changed);
  }

  /** Sets the product's quantity; zero or less removes it. */
  Cart set(UUID productId, int quantity) {
    Map<UUID, Integer> changed = new LinkedHashMap<>(quantities);
    if (quantity <= 0) {
      changed.remove(productId);
    } else if (changed.containsKey(productId)) {
      changed.put(productId, clamp(quantity));
    }
    return new Cart(changed);
  }

  Cart remove(UUID productId) {
    return set(productId, 0);
  }

  private static int clamp(int quantity) {
    return Math.max(1, Math.min(quantity, MAX_QUANTITY));
  }
}
