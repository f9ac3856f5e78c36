package io.flowpod.domain.policies;

/** The FEEL type of a decision table column, as DMN's {@code typeRef} names it. */
public enum ColumnType {
  NUMBER("number"), STRING("string"), BOOLEAN("boolean");

  private final String typeRef;

  ColumnType(String typeRef) {
    this.typeRef = typeRef;
  }

  public String typeRef() {
    return typeRef;
  }
}
