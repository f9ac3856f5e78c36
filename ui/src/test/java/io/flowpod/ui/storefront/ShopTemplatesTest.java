package io.flowpod.ui.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.domain.catalog.Product;
import io.flowpod.domain.catalog.ProductKind;
import io.flowpod.domain.ordering.Order;
import io.flowpod.domain.ordering.OrderLine;
import io.flowpod.domain.ordering.OrderStatus;
import io.flowpod.domain.ordering.SalesChannel;
import io.flowpod.domain.payments.PaymentProvider;
import io.flowpod.domain.payments.PaymentRequest;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.TenantStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** Renders every storefront template with realistic models: what a visitor would read is there. */
class ShopTemplatesTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");
  private static final Shop SHOP = new Shop(new Tenant(UUID.randomUUID(), "Demo Shop", "demo",
      "Europe/Berlin", "EUR", "en", null, null, TenantStatus.ACTIVE, null, NOW, 1));
  private static final Product MUG = new Product(UUID.randomUUID(), "ACC-MUG-01", "Stoneware mug",
      "Hand-glazed", "Accessories", ProductKind.PRODUCT, 1800, "EUR", 700L, 1900, List.of(), true,
      Map.of(), 1, NOW, NOW);

  private final SpringTemplateEngine engine = engine();

  @Test
  void catalog_lists_products_with_prices_in_the_workspace_currency() {
    String html = render("shop/catalog", Map.of("products", List.of(MUG), "total", 1L, "page", 0,
        "hasNext", false, "q", "", "category", "", "categories", List.of("Accessories", "Tea")));
    assertThat(html).contains("<html lang=\"en\"").contains("Stoneware mug").contains("€18.00")
        .contains("<option value=\"Tea\">Tea</option>").contains("1 product")
        .contains("href=\"/shop/demo/products/" + MUG.id() + "\"");
  }

  @Test
  void product_page_offers_add_to_cart() {
    String html = render("shop/product", Map.of("product", MUG, "taxRate", "19%"));
    assertThat(html).contains("<h1>Stoneware mug</h1>").contains("plus <span>19%</span> tax")
        .contains("action=\"/shop/demo/cart/add\"").contains("value=\"" + MUG.id() + "\"");
  }

  @Test
  void checkout_shows_each_problem_next_to_its_field() {
    PricedCart cart = new PricedCart(List.of(new PricedCart.Line(MUG.id(), "Stoneware mug",
        "ACC-MUG-01", 2, "€18.00", "€36.00")), "€36.00", "€6.84", "€42.84", 2);
    String html = render("shop/checkout", Map.of("cart", cart,
        "form", new CheckoutForm("Clara", "nope", "", false),
        "problems", Map.of("email", "Enter an e-mail address such as name@example.com."),
        "general", List.of()));
    assertThat(html).contains("aria-invalid=\"true\" aria-describedby=\"email-error\"")
        .contains("id=\"email-error\"").contains("value=\"Clara\"")
        .doesNotContain("id=\"name-error\"").contains("<title>Please check your details");
  }

  @Test
  void order_page_shows_status_pay_link_lines_and_totals() {
    OrderLine line = new OrderLine(1, MUG.id(), "ACC-MUG-01", "Stoneware mug", 2, 1800, 700, 1900,
        3600, 684, 4284);
    Order order = new Order(UUID.randomUUID(), 1042, OrderStatus.PENDING_PAYMENT,
        SalesChannel.STOREFRONT, UUID.randomUUID(), "EUR", 3600, 684, 4284, 1400, List.of(line),
        null, null, null, null, null, null, null, null, NOW, NOW, 1);
    PaymentRequest payment = new PaymentRequest(order.id(), PaymentProvider.TEST,
        PaymentRequest.State.REQUESTED, "/pay/test/abc", null, 4284, "EUR", NOW.plusSeconds(3600));
    Map<String, Object> model = new HashMap<>();
    model.put("order", order);
    model.put("statusLabel", "Awaiting payment");
    model.put("timeline", List.of(new TimelineEntry("22 Nov 2026, 11:15", NOW.toString(),
        "Placed", "")));
    model.put("payment", payment);
    model.put("payLink", "/pay/test/abc");
    model.put("awaitingPayment", true);
    String html = render("shop/order", model);
    assertThat(html).contains("Order <span>1042</span>").contains("data-status=\"PENDING_PAYMENT\"")
        .contains("href=\"/pay/test/abc\"").contains("€42.84").contains("Placed")
        .doesNotContain("http-equiv=\"refresh\"");
  }

  @Test
  void cart_shows_lines_and_totals() {
    PricedCart cart = new PricedCart(List.of(new PricedCart.Line(MUG.id(), "Stoneware mug",
        "ACC-MUG-01", 2, "€18.00", "€36.00")), "€36.00", "€6.84", "€42.84", 2);
    String html = render("shop/cart", Map.of("cart", cart));
    assertThat(html).contains("id=\"qty-" + MUG.id() + "\"").contains("€42.84")
        .contains("aria-label=\"Remove Stoneware mug\"");
  }

  private String render(String template, Map<String, Object> model) {
    MockServletContext servletContext = new MockServletContext();
    MockHttpServletRequest request = new MockHttpServletRequest(servletContext);
    var exchange = JakartaServletWebApplication.buildApplication(servletContext)
        .buildExchange(request, new MockHttpServletResponse());
    Map<String, Object> variables = new HashMap<>(model);
    variables.put("shop", SHOP);
    return engine.process(template, new WebContext(exchange, Locale.ENGLISH, variables));
  }

  private static SpringTemplateEngine engine() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setCharacterEncoding("UTF-8");
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
