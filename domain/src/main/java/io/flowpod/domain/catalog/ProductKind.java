package io.flowpod.domain.catalog;

/** Whether a catalog entry is a physical product (stock applies) or a service. */
public enum ProductKind { PRODUCT, SERVICE }
