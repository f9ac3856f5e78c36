package io.flowpod.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductCsvTest {

  private static final List<CustomFieldDefinition> DEFINITIONS = List.of(
      new CustomFieldDefinition("color", "Colour", CustomFieldType.DROPDOWN, false,
          List.of("red", "blue")),
      new CustomFieldDefinition("weight", "Weight", CustomFieldType.NUMBER, false, null));

  private static Map<String, CustomFieldDefinition> byKey() {
    Map<String, CustomFieldDefinition> byKey = new LinkedHashMap<>();
    DEFINITIONS.forEach(d -> byKey.put(d.key(), d));
    return byKey;
  }

  @Test
  void exportDefusesFormulasAndImportRestoresThem() {
    Product product = new Product(UUID.randomUUID(), "SKU-1", "=HYPERLINK(\"x\")", "a, \"quoted\"",
        "@cat", ProductKind.SERVICE, 1250, "EUR", 300L, 2000,
        List.of("https://cdn.example/a.png", "https://cdn.example/b.png"), true,
        Map.of("color", "red", "weight", 250L), 0, Instant.EPOCH, Instant.EPOCH);
    String csv = ProductCsv.export(List.of(product), DEFINITIONS);

    assertThat(csv).startsWith(ProductCsv.COLUMNS_TEXT + ",cf:color,cf:weight\r\n");
    assertThat(csv).contains("SKU-1,\"'=HYPERLINK(\"\"x\"\")\",SERVICE,'@cat,\"a, \"\"quoted\"\"\",12.50,3.00,EUR,2000,");

    Map<String, String> violations = new LinkedHashMap<>();
    List<ProductCsv.Row> rows = ProductCsv.parse(csv, "EUR", byKey(), violations);
    assertThat(violations).isEmpty();
    ProductDraft draft = rows.getFirst().draft();
    assertThat(rows.getFirst().number()).isEqualTo(2);
    assertThat(draft.name()).isEqualTo(product.name());
    assertThat(draft.category()).isEqualTo("@cat");
    assertThat(draft.priceMinor()).isEqualTo(1250);
    assertThat(draft.costMinor()).isEqualTo(300);
    assertThat(draft.imageUrls()).isEqualTo(product.imageUrls());
    assertThat(draft.customFields()).containsEntry("color", "red").containsEntry("weight", 250L);
  }

  @Test
  void reportsUnknownAndMissingColumns() {
    Map<String, String> violations = new LinkedHashMap<>();
    ProductCsv.parse("sku,name,colour\r\nA,B,red\r\n", "EUR", byKey(), violations);
    assertThat(violations).containsOnlyKeys("row 1.colour", "row 1.price");
  }

  @Test
  void reportsBadCellsByRowAndColumn() {
    Map<String, String> violations = new LinkedHashMap<>();
    ProductCsv.parse("sku,name,price,active\nA,B,1.234,maybe\nC,D\n", "EUR", byKey(), violations);
    assertThat(violations).containsOnlyKeys("row 2.price", "row 2.active", "row 3");
  }

  @Test
  void mapsDraftFieldNamesToColumns() {
    assertThat(ProductCsv.column("row 5.priceMinor")).isEqualTo("row 5.price");
    assertThat(ProductCsv.column("row 5.customFields.color")).isEqualTo("row 5.cf:color");
  }
}
