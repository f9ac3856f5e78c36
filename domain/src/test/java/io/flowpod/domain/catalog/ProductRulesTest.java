package io.flowpod.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductRulesTest {

  private static ProductDraft draft(String sku, String currency, Long price, Integer taxRate,
      List<String> images) {
    return new ProductDraft(sku, "Tea", null, "Drinks", null, price, currency, null, taxRate,
        images, null, Map.of("color", "red"));
  }

  @Test
  void appliesDefaults() {
    Map<String, String> violations = new LinkedHashMap<>();
    ValidProduct product = ProductRules.check(draft(" TEA-1 ", null, 450L, null, null), "EUR",
        CustomFieldRulesTest.DEFINITIONS, "", violations);
    assertThat(violations).isEmpty();
    assertThat(product.sku()).isEqualTo("TEA-1");
    assertThat(product.kind()).isEqualTo(ProductKind.PRODUCT);
    assertThat(product.currency()).isEqualTo("EUR");
    assertThat(product.taxRateBasisPoints()).isZero();
    assertThat(product.active()).isTrue();
  }

  @Test
  void reportsEveryProblemAtOnce() {
    Map<String, String> violations = new LinkedHashMap<>();
    List<String> images = List.of("https://cdn.example/a.png", "javascript:alert(1)", "ftp://x/y");
    ValidProduct product = ProductRules.check(
        new ProductDraft("bad sku", " ", null, null, "GADGET", -1L, "USD", -5L, 10_001, images,
            null, Map.of()), "EUR", CustomFieldRulesTest.DEFINITIONS, "", violations);
    assertThat(product).isNull();
    assertThat(violations).containsOnlyKeys("sku", "name", "kind", "currency", "priceMinor",
        "costMinor", "taxRateBasisPoints", "imageUrls[1]", "imageUrls[2]", "customFields.color");
  }

  @Test
  void requiresAPriceAndAtMostTenImages() {
    Map<String, String> violations = new LinkedHashMap<>();
    ProductRules.check(draft("A", "EUR", null, 2000, Collections.nCopies(11, "https://x.example/i")),
        "EUR", CustomFieldRulesTest.DEFINITIONS, "row 4.", violations);
    assertThat(violations).containsOnlyKeys("row 4.priceMinor", "row 4.imageUrls");
  }
}
