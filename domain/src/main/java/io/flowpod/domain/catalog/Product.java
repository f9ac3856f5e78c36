package io.flowpod.domain.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A product or service of the current workspace. Prices are minor units of {@code currency} (the
 * workspace's); {@code customFields} maps definition keys to validated values (String, Long, Boolean;
 * decimals as strings, dates as ISO {@code yyyy-MM-dd}).
 */
public record Product(UUID id, String sku, String name, String description, String category,
    ProductKind kind, long priceMinor, String currency, Long costMinor, int taxRateBasisPoints,
    List<String> imageUrls, boolean active, Map<String, Object> customFields, long version,
    Instant createdAt, Instant updatedAt) {

  public Product {
    imageUrls = List.copyOf(imageUrls);
    customFields = Map.copyOf(customFields);
  }
}
