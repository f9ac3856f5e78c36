package io.flowpod.app.demo;

import io.flowpod.domain.catalog.Product;
import io.flowpod.domain.catalog.ProductDraft;
import io.flowpod.domain.catalog.ProductQuery;
import io.flowpod.domain.catalog.ProductSort;
import io.flowpod.domain.catalog.Products;
import io.flowpod.domain.identity.Role;
import io.flowpod.domain.identity.SignupCommand;
import io.flowpod.domain.identity.Signups;
import io.flowpod.domain.identity.Users;
import io.flowpod.domain.inventory.Stock;
import io.flowpod.domain.inventory.StockAdjustment;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Embedded mode only: makes sure the demo workspace "Demo Shop" (slug {@value #SLUG}) with an owner,
 * an admin and a staff member, and the platform's super-admin, exist, and gives the shop a small
 * catalog with stock (only while it has no products at all, so deleted or edited demo products stay as
 * the user left them). Idempotent at every start: what exists is left alone (including passwords
 * changed since). The demo password is public
 * (docs/getting-started.md); never enable this with real data.
 */
@Component
@Order(100)
@ConditionalOnExpression("'${flowpod.mode:embedded}' == 'embedded' and ${flowpod.demo.enabled:true}")
class DemoData implements ApplicationRunner {

  static final String SLUG = "demo";
  static final String PASSWORD = "demo-password-1";
  static final String OWNER = "owner@demo.flowpod.local";
  static final String ADMIN = "admin@demo.flowpod.local";
  static final String STAFF = "staff@demo.flowpod.local";
  static final String SUPER_ADMIN = "superadmin@flowpod.local";

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  /** The demo catalog: prices and costs in euro cents, tax in basis points, opening stock. */
  record DemoProduct(String sku, String name, String category, long priceMinor, long costMinor,
      int taxRateBasisPoints, int stock, String description) {}

  static final List<DemoProduct> CATALOG = List.of(
      new DemoProduct("COF-ESP-250", "Espresso beans 250 g", "Coffee", 890, 410, 700, 40,
          "Dark roast, chocolate and hazelnut notes."),
      new DemoProduct("COF-FIL-500", "Filter coffee 500 g", "Coffee", 1450, 690, 700, 30,
          "Bright Ethiopian single origin for pour-over and batch brew."),
      new DemoProduct("COF-DEC-250", "Decaf beans 250 g", "Coffee", 950, 470, 700, 4,
          "Swiss-water decaffeinated, smooth and sweet."),
      new DemoProduct("TEA-GRN-100", "Sencha green tea 100 g", "Tea", 790, 320, 700, 25,
          "Fresh, grassy Japanese green tea."),
      new DemoProduct("TEA-CHA-150", "Masala chai 150 g", "Tea", 690, 280, 700, 3,
          "Black tea with cardamom, ginger and cinnamon."),
      new DemoProduct("ACC-MUG-01", "Stoneware mug", "Accessories", 1800, 700, 1900, 20,
          "Hand-glazed, 300 ml, dishwasher safe."),
      new DemoProduct("ACC-GRN-01", "Hand grinder", "Accessories", 4900, 2300, 1900, 12,
          "Steel burrs, adjustable from espresso to French press."),
      new DemoProduct("ACC-FLT-100", "Paper filters (100)", "Accessories", 450, 150, 1900, 60,
          "Unbleached size 02 filters."));

  private final Tenants tenants;
  private final Signups signups;
  private final Users users;
  private final Products products;
  private final Stock stock;

  DemoData(Tenants tenants, Signups signups, Users users, Products products, Stock stock) {
    this.tenants = tenants;
    this.signups = signups;
    this.users = users;
    this.products = products;
    this.stock = stock;
  }

  @Override
  public void run(ApplicationArguments args) {
    UUID demo = tenants.findBySlug(SLUG).map(Tenant::id).orElseGet(() -> signups.createWorkspace(
        new SignupCommand("Demo Shop", SLUG, "Europe/Berlin", "EUR", "en", "Demo Owner", OWNER,
            PASSWORD)).tenantId());
    users.provision(demo, ADMIN, "Demo Admin", Role.ADMIN, PASSWORD);
    users.provision(demo, STAFF, "Demo Staff", Role.STAFF, PASSWORD);
    TenantContext.runAs(demo, this::stockTheShop);
    users.provision(Tenants.PLATFORM_TENANT_ID, SUPER_ADMIN, "Platform Admin", Role.SUPER_ADMIN,
        PASSWORD);
    log.info("Demo logins (password {}): {} (owner), {} (admin), {} (staff) in workspace '{}'; "
        + "{} (super-admin)", PASSWORD, OWNER, ADMIN, STAFF, SLUG, SUPER_ADMIN);
  }

  /** Creates the demo catalog with opening stock, unless the shop has any product already. */
  private void stockTheShop() {
    if (products.list(new ProductQuery(null, null, null), ProductSort.NAME, true, 0, 1)
        .getTotalElements() > 0) {
      return;
    }
    for (DemoProduct demo : CATALOG) {
      Product product = products.create(new ProductDraft(demo.sku(), demo.name(),
          demo.description(), demo.category(), "PRODUCT", demo.priceMinor(), "EUR",
          demo.costMinor(), demo.taxRateBasisPoints(), List.of(), true, Map.of()), null);
      stock.adjust(new StockAdjustment(product.id(), null, demo.stock(), "RECEIPT",
          "Opening stock (demo data)"), null);
    }
    log.info("Demo shop stocked with {} products: /shop/{}", CATALOG.size(), SLUG);
  }
}
