package io.flowpod.domain.catalog;

/**
 * Filters of a product listing; null means "any".
 *
 * @param text     part of the name or SKU, case-insensitive
 * @param category exact category
 * @param active   only active (true) or only archived (false) products
 */
public record ProductQuery(String text, String category, Boolean active) {}
