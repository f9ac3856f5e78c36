package io.flowpod.app.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.catalog.CatalogClient.Response;
import io.flowpod.app.support.FlowPodIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** The storefront without sign-in: products, placing an order, and the signed status link. */
@FlowPodIntegrationTest
class PublicShopApiTest {

  @LocalServerPort
  int port;

  ShopFixture shop;
  String tea;
  String shopPath;

  @BeforeEach
  void setUp() {
    shop = ShopFixture.signup(new CatalogClient(port));
    tea = shop.product("TEA-1", 450, 100L, 1000);
    shopPath = "/api/v1/public/" + shop.slug;
  }

  private Map<String, Object> storefrontOrder(String email) {
    Map<String, Object> body = ShopFixture.order(email, Map.of(tea, 2L));
    body.put("termsAccepted", true);
    return body;
  }

  @Test
  void shoppersSeeOnlyActiveProductsWithoutCosts() {
    String archived = shop.product("OLD-1", 100, null, 0);
    shop.api.send(HttpMethod.DELETE, "/api/v1/products/" + archived, shop.owner, null, Map.of())
        .expect(204);
    JsonNode page = shop.api.get(shopPath + "/products", null).expect(200).json();
    assertThat(page.path("totalItems").asLong()).isEqualTo(1);
    JsonNode product = page.path("items").get(0);
    assertThat(product.path("sku").asText()).isEqualTo("TEA-1");
    assertThat(product.path("priceMinor").asLong()).isEqualTo(450);
    assertThat(product.has("costMinor")).isFalse();
    assertThat(shop.api.get(shopPath + "/products?q=nothing-like-this", null).json()
        .path("totalItems").asLong()).isZero();
    shop.api.get("/api/v1/public/no-such-shop-" + UUID.randomUUID() + "/products", null)
        .expect(404);
  }

  @Test
  void aShopperOrdersAndFollowsTheSignedStatusLink() {
    Map<String, Object> withoutTerms = ShopFixture.order(ShopFixture.email(), Map.of(tea, 2L));
    assertThat(shop.api.post(shopPath + "/orders", null, withoutTerms).expect(400).errorFields())
        .containsExactly("termsAccepted");

    String email = ShopFixture.email();
    Response created = shop.api.post(shopPath + "/orders", null, storefrontOrder(email))
        .expect(201);
    long number = created.json().path("orderNumber").asLong();
    String statusUrl = created.json().path("statusUrl").asText();
    assertThat(number).isEqualTo(1001);
    assertThat(statusUrl).startsWith("/shop/" + shop.slug + "/orders/1001?t=");
    String token = statusUrl.substring(statusUrl.indexOf("?t=") + 3);

    Response status = shop.api.get(shopPath + "/orders/1001?t=" + token, null).expect(200);
    assertThat(status.json().path("status").asText()).isEqualTo("PENDING_PAYMENT");
    assertThat(status.json().path("totalMinor").asLong()).isEqualTo(990);
    assertThat(status.json().path("lines").get(0).path("quantity").asLong()).isEqualTo(2);
    assertThat(status.json().path("timeline").findValuesAsText("kind")).contains("PLACED");
    assertThat(status.text()).doesNotContain(email).doesNotContain("Ada").doesNotContain("cost");

    shop.api.get(shopPath + "/orders/1001", null).expect(404);
    shop.api.get(shopPath + "/orders/1001?t=" + token.substring(1) + "A", null).expect(404);
    shop.api.get(shopPath + "/orders/1002?t=" + token, null).expect(404);
    ShopFixture other = ShopFixture.signup(shop.api);
    Map<String, Object> theirs = ShopFixture.order(ShopFixture.email(),
        Map.of(other.product("TEA-1", 450, null, 0), 1L));
    theirs.put("termsAccepted", true);
    assertThat(shop.api.post("/api/v1/public/" + other.slug + "/orders", null, theirs).expect(201)
        .json().path("orderNumber").asLong()).isEqualTo(1001);
    shop.api.get("/api/v1/public/" + other.slug + "/orders/1001?t=" + token, null)
        .expect(404);
    shop.api.post("/api/v1/public/" + other.slug + "/orders", null, storefrontOrder(email))
        .expect(400);

    JsonNode staffView = shop.api.get("/api/v1/orders?channel=STOREFRONT", shop.owner).expect(200)
        .json();
    assertThat(staffView.path("totalItems").asLong()).isEqualTo(1);
  }

  @Test
  void aRepeatedStorefrontSubmissionPlacesOneOrder() {
    Map<String, String> key = Map.of("Idempotency-Key", "checkout-" + UUID.randomUUID());
    Map<String, Object> body = storefrontOrder(ShopFixture.email());
    Response first = shop.api.send(HttpMethod.POST, shopPath + "/orders", null, body, key)
        .expect(201);
    Response again = shop.api.send(HttpMethod.POST, shopPath + "/orders", null, body, key)
        .expect(201);
    assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.json().path("orderNumber")).isEqualTo(first.json().path("orderNumber"));
    assertThat(shop.api.get("/api/v1/orders", shop.owner).json().path("totalItems").asLong())
        .isEqualTo(1);
  }
}
