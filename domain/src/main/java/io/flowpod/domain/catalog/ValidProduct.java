package io.flowpod.domain.catalog;

import java.util.List;
import java.util.Map;

/** A draft that passed {@link ProductRules}, with its defaults applied and values normalised. */
record ValidProduct(String sku, String name, String description, String category, ProductKind kind,
    long priceMinor, String currency, Long costMinor, int taxRateBasisPoints,
    List<String> imageUrls, boolean active, Map<String, Object> customFields) {}
