package io.flowpod.domain.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpod.domain.catalog.Product;
import io.flowpod.domain.catalog.ProductKind;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderRulesTest {

  static final CustomerDetails ADA = new CustomerDetails("Ada", "Ada@Example.org", null, null);

  static Product product(long price, Long cost, int taxBp, String currency, boolean active) {
    return new Product(UUID.randomUUID(), "TEA-1", "Green tea", null, null, ProductKind.PRODUCT,
        price, currency, cost, taxBp, List.of(), active, Map.of(), 0, Instant.EPOCH, Instant.EPOCH);
  }

  @Test
  void taxIsRoundedHalfUpPerLine() {
    assertThat(OrderRules.tax(1250, 1000)).isEqualTo(125);
    assertThat(OrderRules.tax(5, 1000)).isEqualTo(1); // 0.5 rounds up
    assertThat(OrderRules.tax(4, 1000)).isZero(); // 0.4 rounds down
    assertThat(OrderRules.tax(333, 2000)).isEqualTo(67); // 66.6
    assertThat(OrderRules.tax(999, 0)).isZero();
    assertThat(OrderRules.tax(999, 10_000)).isEqualTo(999);
  }

  @Test
  void aLineCapturesPriceCostAndTaxFromTheCatalog() {
    OrderLine line = OrderRules.price(2, product(450, null, 1000, "EUR", true), 3);
    assertThat(line.lineNo()).isEqualTo(2);
    assertThat(line.unitPriceMinor()).isEqualTo(450);
    assertThat(line.unitCostMinor()).isZero();
    assertThat(line.netMinor()).isEqualTo(1350);
    assertThat(line.taxMinor()).isEqualTo(135);
    assertThat(line.totalMinor()).isEqualTo(1485);
    assertThat(line.reservationReference(UUID.fromString("00000000-0000-0000-0000-000000000042")))
        .isEqualTo("order:00000000-0000-0000-0000-000000000042:2");
  }

  @Test
  void totalsSumTheLines() {
    OrderLine tea = OrderRules.price(1, product(450, 200L, 1000, "EUR", true), 3);
    OrderLine mug = OrderRules.price(2, product(999, 400L, 2000, "EUR", true), 1);
    OrderRules.Totals totals = OrderRules.totals(List.of(tea, mug));
    assertThat(totals.subtotalMinor()).isEqualTo(1350 + 999);
    assertThat(totals.taxMinor()).isEqualTo(135 + 200);
    assertThat(totals.totalMinor()).isEqualTo(1350 + 999 + 135 + 200);
    assertThat(totals.costMinor()).isEqualTo(600 + 400);
  }

  @Test
  void hugeAmountsOverflowLoudlyInsteadOfWrapping() {
    assertThatThrownBy(() -> OrderRules.price(1, product(Long.MAX_VALUE / 2, null, 0, "EUR", true),
        10)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void reportsEveryCommandProblemAtOnce() {
    List<PlaceOrder.Line> lines = List.of(new PlaceOrder.Line(UUID.randomUUID(), 1),
        new PlaceOrder.Line(null, 0), new PlaceOrder.Line(UUID.randomUUID(), 10_001));
    Map<String, String> violations = new LinkedHashMap<>();
    OrderRules.checkCommand(new PlaceOrder(SalesChannel.STOREFRONT,
        new CustomerDetails(" ", "not-an-address", "call me", "??"), lines, false,
        "x".repeat(1001)), violations);
    assertThat(violations).containsOnlyKeys("customer.name", "customer.email", "customer.phone",
        "customer.locale", "lines[1].productId", "lines[1].quantity", "lines[2].quantity",
        "termsAccepted", "note");
  }

  @Test
  void termsAreRequiredOnlyInTheStorefront() {
    List<PlaceOrder.Line> lines = List.of(new PlaceOrder.Line(UUID.randomUUID(), 1));
    Map<String, String> violations = new LinkedHashMap<>();
    OrderRules.checkCommand(new PlaceOrder(SalesChannel.API, ADA, lines, false, null), violations);
    assertThat(violations).isEmpty();
    OrderRules.checkCommand(new PlaceOrder(SalesChannel.STOREFRONT, ADA, lines, true, null),
        violations);
    assertThat(violations).isEmpty();
  }

  @Test
  void anOrderHasOneToAHundredLines() {
    Map<String, String> violations = new LinkedHashMap<>();
    OrderRules.checkCommand(new PlaceOrder(SalesChannel.API, ADA, List.of(), false, null),
        violations);
    assertThat(violations).containsOnlyKeys("lines");
    violations.clear();
    OrderRules.checkCommand(new PlaceOrder(SalesChannel.API, null,
        Collections.nCopies(101, new PlaceOrder.Line(UUID.randomUUID(), 1)), false, null),
        violations);
    assertThat(violations).containsOnlyKeys("customer", "lines");
    violations.clear();
    OrderRules.checkCommand(new PlaceOrder(null, ADA,
        Collections.nCopies(100, new PlaceOrder.Line(UUID.randomUUID(), 1)), false, null),
        violations);
    assertThat(violations).containsOnlyKeys("channel");
  }

  @Test
  void productsMustBeActiveAndInTheWorkspaceCurrency() {
    Map<String, String> violations = new LinkedHashMap<>();
    OrderRules.checkProduct(0, product(100, null, 0, "EUR", true), "EUR", violations);
    assertThat(violations).isEmpty();
    OrderRules.checkProduct(0, null, "EUR", violations);
    OrderRules.checkProduct(1, product(100, null, 0, "EUR", false), "EUR", violations);
    OrderRules.checkProduct(2, product(100, null, 0, "USD", true), "EUR", violations);
    assertThat(violations).containsOnlyKeys("lines[0].productId", "lines[1].productId",
        "lines[2].productId");
    assertThat(violations.get("lines[2].productId")).contains("USD").contains("EUR");
  }

  @Test
  void emailsAreMatchedIgnoringCase() {
    assertThat(OrderRules.normalizeEmail("  Ada@Example.ORG ")).isEqualTo("ada@example.org");
  }

  @Test
  void shipmentsNeedCarrierAndTracking() {
    Map<String, String> violations = new LinkedHashMap<>();
    OrderRules.checkShipment(" ", "x".repeat(101), violations);
    assertThat(violations).containsOnlyKeys("carrier", "trackingNumber");
  }
}
