package io.flowpod.domain.catalog;

/** What a successful CSV import did: products created and updated (matched by SKU). */
public record ImportResult(int created, int updated) {}
