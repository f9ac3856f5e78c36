package io.flowpod.app.catalog;

import static io.flowpod.app.catalog.CatalogClient.product;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.catalog.CatalogClient.Response;
import io.flowpod.app.support.FlowPodIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** Products over HTTP: CRUD, SKU uniqueness, tenant isolation, locking, idempotency and roles. */
@FlowPodIntegrationTest
class ProductsApiTest {

  @LocalServerPort
  int port;

  CatalogClient api;
  String owner;

  @BeforeEach
  void setUp() {
    api = new CatalogClient(port);
    owner = api.newWorkspaceOwner();
  }

  @Test
  void createReadUpdateListAndArchive() {
    Map<String, Object> body = product("TEA-1", "Green tea", 450);
    body.put("category", "Drinks");
    body.put("taxRateBasisPoints", 1000);
    body.put("imageUrls", List.of("https://cdn.example/tea.png"));
    Response created = api.post("/api/v1/products", owner, body).expect(201);
    JsonNode product = created.json();
    String path = "/api/v1/products/" + product.path("id").asText();
    assertThat(created.headers().getLocation()).hasToString(path);
    assertThat(created.headers().getETag()).isEqualTo("W/\"0\"");
    assertThat(product.path("currency").asText()).isEqualTo("EUR");
    assertThat(product.path("kind").asText()).isEqualTo("PRODUCT");
    assertThat(product.path("active").asBoolean()).isTrue();

    Response read = api.get(path, owner).expect(200);
    assertThat(read.headers().getETag()).isEqualTo("W/\"0\"");
    assertThat(read.json().path("imageUrls").get(0).asText()).isEqualTo("https://cdn.example/tea.png");

    body.put("name", "Sencha");
    body.put("priceMinor", 500);
    api.put(path, owner, body, null).expect(428);
    Response updated = api.put(path, owner, body, "W/\"0\"").expect(200);
    assertThat(updated.headers().getETag()).isEqualTo("W/\"1\"");
    assertThat(updated.json().path("priceMinor").asLong()).isEqualTo(500);
    api.put(path, owner, body, "W/\"0\"").expect(412);

    JsonNode page = api.get("/api/v1/products?q=senc&category=Drinks&sort=price,desc", owner)
        .expect(200).json();
    assertThat(page.path("totalItems").asLong()).isEqualTo(1);
    assertThat(page.path("items").get(0).path("name").asText()).isEqualTo("Sencha");
    api.get("/api/v1/products?sort=cost,asc", owner).expect(400);

    api.delete(path, owner).expect(204);
    assertThat(api.get(path, owner).expect(200).json().path("active").asBoolean()).isFalse();
    assertThat(api.get("/api/v1/products?active=true", owner).json().path("totalItems").asLong())
        .isZero();
    api.delete(path, owner).expect(204);

    JsonNode audit = api.get("/api/v1/audit-events?size=100", owner).expect(200).json();
    List<String> actions = audit.path("items").findValuesAsText("action");
    assertThat(actions).contains("product.created", "product.updated", "product.archived");
  }

  @Test
  void invalidContentIsA400ListingEveryField() {
    Map<String, Object> body = product("bad sku", "", -1);
    body.put("currency", "USD");
    body.put("imageUrls", List.of("javascript:alert(1)"));
    Response refused = api.post("/api/v1/products", owner, body).expect(400);
    assertThat(refused.errorFields())
        .containsExactlyInAnyOrder("sku", "name", "priceMinor", "currency", "imageUrls[0]");
    body.put("tenantId", UUID.randomUUID().toString());
    assertThat(api.post("/api/v1/products", owner, body).expect(400).errorFields())
        .contains("tenantId");
  }

  @Test
  void skusAreUniquePerWorkspaceIgnoringCase() {
    api.post("/api/v1/products", owner, product("MUG-1", "Mug", 900)).expect(201);
    Response taken = api.post("/api/v1/products", owner, product("mug-1", "Other mug", 900))
        .expect(409);
    assertThat(taken.errorFields()).containsExactly("sku");

    String other = api.newWorkspaceOwner();
    api.post("/api/v1/products", other, product("MUG-1", "Mug", 900)).expect(201);
  }

  @Test
  void anotherWorkspacesProductIsNotFound() {
    String path = "/api/v1/products/"
        + api.post("/api/v1/products", owner, product("CUP-1", "Cup", 300)).expect(201).json()
            .path("id").asText();
    String intruder = api.newWorkspaceOwner();

    api.get(path, intruder).expect(404);
    api.put(path, intruder, product("CUP-1", "Stolen", 1), "*").expect(404);
    api.delete(path, intruder).expect(404);
    JsonNode untouched = api.get(path, owner).expect(200).json();
    assertThat(untouched.path("name").asText()).isEqualTo("Cup");
    assertThat(untouched.path("active").asBoolean()).isTrue();
  }

  @Test
  void aRepeatedIdempotencyKeyCreatesOneProduct() {
    Map<String, String> key = Map.of("Idempotency-Key", "create-" + UUID.randomUUID());
    Response first = api.send(HttpMethod.POST, "/api/v1/products", owner,
        product("BAG-1", "Bag", 1500), key).expect(201);
    Response again = api.send(HttpMethod.POST, "/api/v1/products", owner,
        product("BAG-1", "Bag", 1500), key).expect(201);

    assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.json().path("id")).isEqualTo(first.json().path("id"));
    assertThat(again.headers().getETag()).isEqualTo(first.headers().getETag());
    assertThat(api.get("/api/v1/products?q=BAG-1", owner).json().path("totalItems").asLong())
        .isEqualTo(1);
  }

  @Test
  void customFieldsAreValidatedAndReturned() {
    api.post("/api/v1/products/custom-fields", owner, Map.of("key", "color", "label", "Colour",
        "type", "DROPDOWN", "required", true, "options", List.of("red", "blue"))).expect(201);
    api.post("/api/v1/products/custom-fields", owner, Map.of("key", "weight", "label", "Weight",
        "type", "NUMBER")).expect(201);
    api.post("/api/v1/products/custom-fields", owner, Map.of("key", "color", "label", "Again",
        "type", "TEXT")).expect(409);
    assertThat(api.get("/api/v1/products/custom-fields", owner).expect(200).json()
        .findValuesAsText("key")).containsExactly("color", "weight");

    Map<String, Object> body = product("HAT-1", "Hat", 2000);
    assertThat(api.post("/api/v1/products", owner, body).expect(400).errorFields())
        .containsExactly("customFields.color");
    body.put("customFields", Map.of("color", "green", "weight", "heavy", "size", "XL"));
    assertThat(api.post("/api/v1/products", owner, body).expect(400).errorFields())
        .containsExactlyInAnyOrder("customFields.color", "customFields.weight", "customFields.size");

    body.put("customFields", Map.of("color", "red", "weight", 120));
    JsonNode created = api.post("/api/v1/products", owner, body).expect(201).json();
    assertThat(created.path("customFields").path("color").asText()).isEqualTo("red");
    assertThat(created.path("customFields").path("weight").asLong()).isEqualTo(120);
  }

  @Test
  void staffReadButCannotChangeTheCatalog() {
    String staff = api.login("staff@demo.flowpod.local", "demo-password-1");
    api.get("/api/v1/products", staff).expect(200);
    api.post("/api/v1/products", staff, product("STAFF-1", "Nope", 1)).expect(403);
    api.post("/api/v1/products/import", staff, "sku,name,price\r\nS,N,1\r\n").expect(403);
    api.get("/api/v1/products/custom-fields", staff).expect(403);
    api.get("/api/v1/products/export.csv", staff).expect(403);
  }
}
