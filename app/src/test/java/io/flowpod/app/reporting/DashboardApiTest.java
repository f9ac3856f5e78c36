package io.flowpod.app.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.catalog.Product;
import io.flowpod.domain.catalog.ProductDraft;
import io.flowpod.domain.catalog.Products;
import io.flowpod.domain.inventory.ReorderRuleDraft;
import io.flowpod.domain.inventory.ReorderRules;
import io.flowpod.domain.inventory.Stock;
import io.flowpod.domain.inventory.StockAdjustment;
import io.flowpod.domain.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * GET /api/v1/dashboard over orders written straight into a fresh workspace's tables: only paid,
 * uncancelled orders count as revenue, profit is net minus cost, days are the workspace's, low stock
 * lists what is at or below the threshold, and staff may not read it.
 */
@FlowPodIntegrationTest
class DashboardApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired Products products;
  @Autowired Stock stock;
  @Autowired ReorderRules reorderRules;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void figures_count_paid_orders_of_the_workspace_only() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> signup = http.postForEntity("/api/v1/auth/signup", Map.of(
        "workspaceName", "Dash " + suffix, "workspaceSlug", "dash-" + suffix,
        "timeZone", "Europe/Rome", "currency", "EUR", "locale", "en", "ownerName", "Dana",
        "email", "dana-" + suffix + "@example.test", "password", "correct-horse-battery"), Map.class);
    assertThat(signup.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    UUID tenant = UUID.fromString((String) signup.getBody().get("tenantId"));
    String token = (String) signup.getBody().get("accessToken");

    Product mug = TenantContext.callAs(tenant, () -> products.create(new ProductDraft("MUG",
        "Mug", null, "Cups", "PRODUCT", 1000L, null, 400L, 1000, List.of(), true, Map.of()), null));
    Product tea = TenantContext.callAs(tenant, () -> products.create(new ProductDraft("TEA",
        "Tea", null, "Tea", "PRODUCT", 500L, null, 100L, 0, List.of(), true, Map.of()), null));
    Product cup = TenantContext.callAs(tenant, () -> products.create(new ProductDraft("CUP",
        "Cup", null, "Cups", "PRODUCT", 700L, null, 300L, 1000, List.of(), true, Map.of()), null));
    TenantContext.runAs(tenant, () -> {
      stock.adjust(new StockAdjustment(tea.id(), null, 50, "RECEIPT", "opening"), null);
      stock.adjust(new StockAdjustment(cup.id(), null, 8, "RECEIPT", "opening"), null);
      // 8 cups are plenty by default (5), but not by the cup's own rule (10).
      reorderRules.put(cup.id(), new ReorderRuleDraft(10L, 20L, 3), null);
    });

    Instant now = Instant.now();
    UUID customer = UUID.randomUUID();
    TenantContext.runAs(tenant, () -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
      jdbc.sql("""
              insert into customers (id, tenant_id, name, email, locale, created_at, updated_at)
              values (?, ?, 'Clara', ?, 'en', now(), now())""")
          .params(customer, tenant, "clara-" + suffix + "@example.test").update();
      // Paid: 2 mugs (net 2000, tax 200, cost 800) and 1 tea (net 500, cost 100).
      order(tenant, customer, 1, "CONFIRMED", now, List.of(line(mug, 2, 10), line(tea, 1, 0)));
      order(tenant, customer, 2, "SHIPPED", now, List.of(line(mug, 1, 10)));
      // Not revenue: unpaid, cancelled, refunded.
      order(tenant, customer, 3, "PENDING_PAYMENT", now, List.of(line(mug, 5, 10)));
      order(tenant, customer, 4, "CANCELLED", now, List.of(line(tea, 9, 0)));
      order(tenant, customer, 5, "REFUNDED", now, List.of(line(tea, 9, 0)));
    }));

    JsonNode view = get("/api/v1/dashboard", token);
    assertThat(view.path("currency").asText()).isEqualTo("EUR");
    assertThat(view.path("ordersToday").asLong()).isEqualTo(5);
    // Revenue: (2000+200+500) + (1000+100) = 3800; profit: (2500-900) + (1000-400) = 2200.
    assertThat(view.path("monthRevenueMinor").asLong()).isEqualTo(3800);
    assertThat(view.path("monthProfitMinor").asLong()).isEqualTo(2200);
    assertThat(view.path("monthOrders").asLong()).isEqualTo(2);
    assertThat(view.path("revenueTodayMinor").asLong()).isEqualTo(3800);
    assertThat(view.path("topProducts").get(0).path("name").asText()).isEqualTo("Mug");
    assertThat(view.path("topProducts").get(0).path("quantity").asLong()).isEqualTo(3);
    assertThat(view.path("topProducts").get(1).path("quantity").asLong()).isEqualTo(1);
    JsonNode days = view.path("revenueLast30Days");
    assertThat(days).hasSize(30);
    String today = LocalDate.now(ZoneId.of("Europe/Rome")).toString();
    assertThat(days.get(29).path("day").asText()).isEqualTo(today);
    assertThat(days.get(29).path("revenueMinor").asLong()).isEqualTo(3800);
    // The mug has no stock at all, 8 cups are at most their rule's 10, the tea's 50 are plenty.
    assertThat(view.path("lowStock")).extracting(node -> node.path("sku").asText())
        .containsExactly("MUG", "CUP");
    assertThat(view.path("lowStock").get(1).path("threshold").asLong()).isEqualTo(10);
    assertThat(view.path("lowStockThreshold").asLong()).isEqualTo(5);

    // The demo workspace sees none of this; its staff may not read the dashboard at all.
    String staff = login("staff@demo.flowpod.local");
    assertThat(exchange("/api/v1/dashboard", staff).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode demo = get("/api/v1/dashboard", login("owner@demo.flowpod.local"));
    assertThat(demo.path("topProducts")).extracting(node -> node.path("sku").asText())
        .doesNotContain("MUG", "TEA");
  }

  private record Line(Product product, long quantity, int taxPercent) {}

  private static Line line(Product product, long quantity, int taxPercent) {
    return new Line(product, quantity, taxPercent);
  }

  private void order(UUID tenant, UUID customer, long number, String status, Instant placed,
      List<Line> lines) {
    UUID id = UUID.randomUUID();
    long net = lines.stream().mapToLong(l -> l.product().priceMinor() * l.quantity()).sum();
    long tax = lines.stream().mapToLong(l -> l.product().priceMinor() * l.quantity() * l.taxPercent() / 100).sum();
    long cost = lines.stream().mapToLong(l -> l.product().costMinor() * l.quantity()).sum();
    Timestamp at = Timestamp.from(placed.truncatedTo(ChronoUnit.SECONDS));
    jdbc.sql("""
            insert into orders (id, tenant_id, number, status, channel, customer_id, currency,
              subtotal_minor, tax_minor, total_minor, cost_minor, placed_at, updated_at, version)
            values (?, ?, ?, ?, 'STOREFRONT', ?, 'EUR', ?, ?, ?, ?, ?, ?, 0)""")
        .params(id, tenant, number, status, customer, net, tax, net + tax, cost, at, at).update();
    int lineNo = 1;
    for (Line l : lines) {
      long lineNet = l.product().priceMinor() * l.quantity();
      long lineTax = lineNet * l.taxPercent() / 100;
      jdbc.sql("""
              insert into order_lines (tenant_id, order_id, line_no, product_id, sku, name, quantity,
                unit_price_minor, unit_cost_minor, tax_rate_bp, net_minor, tax_minor, total_minor)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(tenant, id, lineNo++, l.product().id(), l.product().sku(), l.product().name(),
              l.quantity(), l.product().priceMinor(), l.product().costMinor(), l.taxPercent() * 100,
              lineNet, lineTax, lineNet + lineTax)
          .update();
    }
  }

  private String login(String email) {
    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> answer = http.postForEntity("/api/v1/auth/login",
        Map.of("email", email, "password", "demo-password-1"), Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (String) answer.getBody().get("accessToken");
  }

  private ResponseEntity<String> exchange(String path, String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private JsonNode get(String path, String token) throws Exception {
    ResponseEntity<String> answer = exchange(path, token);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(answer.getBody());
  }
}
