package io.flowpod.api.catalog;

import io.flowpod.domain.catalog.CustomFieldDefinition;
import io.flowpod.domain.catalog.CustomFieldType;
import io.flowpod.domain.catalog.ImportResult;
import io.flowpod.domain.catalog.Product;
import io.flowpod.domain.catalog.ProductDraft;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of the catalog API. */
final class ProductDtos {

  private ProductDtos() {}

  /** A product to create, or the full new content of one (PUT replaces every field). */
  record ProductRequest(String sku, String name, String description, String category, String kind,
      Long priceMinor, String currency, Long costMinor, Integer taxRateBasisPoints,
      List<String> imageUrls, Boolean active, Map<String, Object> customFields) {

    ProductDraft draft() {
      return new ProductDraft(sku, name, description, category, kind, priceMinor, currency,
          costMinor, taxRateBasisPoints, imageUrls, active, customFields);
    }
  }

  record ProductResponse(UUID id, String sku, String name, String description, String category,
      String kind, long priceMinor, String currency, Long costMinor, int taxRateBasisPoints,
      List<String> imageUrls, boolean active, Map<String, Object> customFields, long version,
      Instant createdAt, Instant updatedAt) {

    static ProductResponse of(Product p) {
      return new ProductResponse(p.id(), p.sku(), p.name(), p.description(), p.category(),
          p.kind().name(), p.priceMinor(), p.currency(), p.costMinor(), p.taxRateBasisPoints(),
          p.imageUrls(), p.active(), p.customFields(), p.version(), p.createdAt(), p.updatedAt());
    }
  }

  record CustomFieldRequest(String key, String label, CustomFieldType type, Boolean required,
      List<String> options) {

    CustomFieldDefinition definition() {
      return new CustomFieldDefinition(key, label, type, Boolean.TRUE.equals(required), options);
    }
  }

  record CustomFieldResponse(String key, String label, String type, boolean required,
      List<String> options) {

    static CustomFieldResponse of(CustomFieldDefinition d) {
      return new CustomFieldResponse(d.key(), d.label(), d.type().name(), d.required(), d.options());
    }
  }

  record ImportResponse(int created, int updated) {

    static ImportResponse of(ImportResult result) {
      return new ImportResponse(result.created(), result.updated());
    }
  }
}
