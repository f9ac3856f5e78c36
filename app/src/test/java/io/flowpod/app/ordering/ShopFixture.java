package io.flowpod.app.ordering;


import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.SignupRequests;
import java.time.Duration;
import java.util.LinkedHashMap;

import java.util.Map;
import java.util.UUID;

/**
 * A fresh EUR workspace with stocked products, and order bodies for it. Products are stocked so that,
 * once the order flow runs, it reserves instead of cancelling for lack of stock.
 */
public final class ShopFixture {

  public static final String PASSWORD = "correct-horse-battery";

  public final CatalogClient api;
  public final String slug;
  public final UUID tenantId;
  public final String owner;

  private ShopFixture(CatalogClient api, String slug, UUID tenantId, String owner) {
    this.api = api;
    this.slug = slug;
    this.tenantId = tenantId;
    this.owner = owner;
  }

  public static ShopFixture signup(CatalogClient api) {
    String slug = "ord-" + UUID.randomUUID().toString().substring(0, 8);
    JsonNode created = api.post("/api/v1/auth/signup", null,
        SignupRequests.body(slug, slug + "@owner.example", PASSWORD)).expect(201).json();
    return new ShopFixture(api, slug, UUID.fromString(created.path("tenantId").asText()),
        created.path("accessToken").asText());
  }

  /** A product with price, cost and tax rate, and 100 in stock; answers its id. */
  public String product(String sku, long priceMinor, Long costMinor, int taxRateBasisPoints) {
    Map<String, Object> body = CatalogClient.product(sku, "Product " + sku, priceMinor);
    body.put("taxRateBasisPoints", taxRateBasisPoints);
    if (costMinor != null) {
      body.put("costMinor", costMinor);
    }
    String id = api.post("/api/v1/products", owner, body).expect(201).json().path("id").asText();
    api.post("/api/v1/stock/adjustments", owner, Map.of("productId", id, "quantityDelta", 100,
        "kind", "RECEIPT", "reason", "Opening stock")).expect(201);
    return id;
  }

  public static Map<String, Object> order(String email, Map<String, Long> quantities) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("customer", Map.of("name", "Ada Lovelace", "email", email));
    body.put("lines", quantities.entrySet().stream()
        .map(line -> Map.of("productId", line.getKey(), "quantity", line.getValue())).toList());
    return body;
  }

  public static String email() {
    return "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
  }

  /** Invites a member with {@code role} and answers their access token. */
  public String member(String role) {
    String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8)
        + "@team.example";
    api.post("/api/v1/users/invitations", owner, Map.of("email", email, "role", role)).expect(201);
    JsonNode mail = Eventually.await("the invitation to " + email, Duration.ofSeconds(20),
        () -> {
          for (JsonNode item : api.get("/api/v1/dev/mailbox", owner).expect(200).json()
              .path("items")) {
            if (email.equals(item.path("to").asText())) {
              return item;
            }
          }
          return null;
        }, found -> found != null);
    java.util.regex.Matcher token = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)")
        .matcher(mail.path("text").asText());
    if (!token.find()) {
      throw new AssertionError("no link in the invitation");
    }
    return api.post("/api/v1/auth/invitations/accept", null, Map.of("token", token.group(1),
        "displayName", "Member", "password", PASSWORD)).expect(201).json()
        .path("accessToken").asText();
  }
}
