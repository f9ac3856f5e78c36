package io.flowpod.app.catalog;

import static io.flowpod.app.catalog.CatalogClient.product;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.catalog.CatalogClient.Response;
import io.flowpod.app.support.FlowPodIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** CSV export and import of products: all-or-nothing imports and a lossless round trip. */
@FlowPodIntegrationTest
class ProductCsvApiTest {

  private static final Map<String, Object> COLOR = Map.of("key", "color", "label", "Colour",
      "type", "DROPDOWN", "options", List.of("red", "blue"));

  @LocalServerPort
  int port;

  CatalogClient api;
  String owner;

  @BeforeEach
  void setUp() {
    api = new CatalogClient(port);
    owner = api.newWorkspaceOwner();
    api.post("/api/v1/products/custom-fields", owner, COLOR).expect(201);
  }

  @Test
  void anImportWithBadRowsImportsNothingAndListsEveryBadRow() {
    String csv = """
        sku,name,price,cf:color\r
        GOOD-1,Good,1.00,red\r
        BAD-1,Bad price,1.005,red\r
        GOOD-2,Good too,2.00,\r
        ,No sku,3.00,blue\r
        BAD-3,Bad colour,4.00,green\r
        """;
    Response refused = api.post("/api/v1/products/import", owner, csv).expect(400);
    assertThat(refused.json().path("type").asText()).endsWith("/validation");
    assertThat(refused.errorFields())
        .containsExactlyInAnyOrder("row 3.price", "row 5.sku", "row 6.cf:color");
    assertThat(api.get("/api/v1/products", owner).json().path("totalItems").asLong()).isZero();
  }

  @Test
  void exportThenImportRoundTripsIntoAnotherWorkspaceAndUpdatesBySku() {
    Map<String, Object> formula = product("F-1", "=1+2", 1250);
    formula.put("description", "line one\nline two, with \"quotes\"");
    formula.put("customFields", Map.of("color", "blue"));
    formula.put("imageUrls", List.of("https://cdn.example/a.png", "https://cdn.example/b.png"));
    api.post("/api/v1/products", owner, formula).expect(201);
    Map<String, Object> service = product("S-1", "Consulting", 9000);
    service.put("kind", "SERVICE");
    service.put("costMinor", 4000);
    service.put("taxRateBasisPoints", 2000);
    api.post("/api/v1/products", owner, service).expect(201);

    Response export = api.get("/api/v1/products/export.csv", owner).expect(200);
    assertThat(export.headers().getContentType().toString()).startsWith("text/csv");
    assertThat(export.text()).startsWith("sku,name,kind,category,description,price,cost,currency,"
        + "taxRateBasisPoints,imageUrls,active,cf:color\r\n");
    assertThat(export.text()).contains("F-1,'=1+2,PRODUCT,,");

    String other = api.newWorkspaceOwner();
    api.post("/api/v1/products/custom-fields", other, COLOR).expect(201);
    JsonNode result = api.post("/api/v1/products/import", other, export.text()).expect(200).json();
    assertThat(result.path("created").asInt()).isEqualTo(2);
    assertThat(result.path("updated").asInt()).isZero();

    assertThat(comparable(api.get("/api/v1/products?sort=sku,asc", other).json()))
        .isEqualTo(comparable(api.get("/api/v1/products?sort=sku,asc", owner).json()));

    JsonNode again = api.post("/api/v1/products/import", owner, export.text()).expect(200).json();
    assertThat(again.path("created").asInt()).isZero();
    assertThat(again.path("updated").asInt()).isEqualTo(2);
  }

  @Test
  void anUploadedFileImportsAndAnOversizedBodyIsRefused() {
    JsonNode result = api.upload("/api/v1/products/import", owner,
        "sku,name,price,cf:color\r\nUP-1,Uploaded,3.50,red\r\n").expect(200).json();
    assertThat(result.path("created").asInt()).isEqualTo(1);
    assertThat(api.get("/api/v1/products?q=UP-1", owner).json().path("items").get(0)
        .path("priceMinor").asLong()).isEqualTo(350);

    String huge = "sku,name,price\r\n" + "X,".repeat(600_000);
    api.post("/api/v1/products/import", owner, huge).expect(413);
  }

  /** The items without what differs between workspaces (ids, versions, timestamps). */
  private static List<String> comparable(JsonNode page) {
    return page.path("items").valueStream().map(item -> {
      JsonNode copy = item.deepCopy();
      ((com.fasterxml.jackson.databind.node.ObjectNode) copy)
          .remove(List.of("id", "version", "createdAt", "updatedAt"));
      return copy.toString();
    }).toList();
  }
}
