package io.flowpod.domain.catalog;

import java.util.List;
import java.util.Map;

/**
 * What a caller wants a product to be, before validation: the content of a create, a full
 * replacement or one CSV row. Null means "not given"; {@link ProductRules} applies the defaults
 * (kind PRODUCT, the workspace's currency, tax rate 0, active).
 */
public record ProductDraft(String sku, String name, String description, String category,
    String kind, Long priceMinor, String currency, Long costMinor, Integer taxRateBasisPoints,
    List<String> imageUrls, Boolean active, Map<String, Object> customFields) {}
