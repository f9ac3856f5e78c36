package io.flowpod.domain.catalog;

/** The orders a product listing supports. */
public enum ProductSort {
  NAME("lower(name)"), SKU("lower(sku)"), CREATED_AT("created_at"), PRICE("price_minor");

  private final String column;

  ProductSort(String column) {
    this.column = column;
  }

  String column() {
    return column;
  }
}
