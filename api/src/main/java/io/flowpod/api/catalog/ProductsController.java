package io.flowpod.api.catalog;

import io.flowpod.api.catalog.ProductDtos.ImportResponse;
import io.flowpod.api.catalog.ProductDtos.ProductRequest;
import io.flowpod.api.catalog.ProductDtos.ProductResponse;
import io.flowpod.api.concurrency.ETags;
import io.flowpod.api.concurrency.IfMatch;
import io.flowpod.api.idempotency.Idempotent;
import io.flowpod.api.paging.Page;
import io.flowpod.api.paging.PageRequest;
import io.flowpod.api.paging.SortOrder;
import io.flowpod.api.paging.Sortable;
import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.catalog.Product;
import io.flowpod.domain.catalog.ProductQuery;
import io.flowpod.domain.catalog.ProductSort;
import io.flowpod.domain.catalog.Products;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The workspace's products and services. Another workspace's product ids answer 404; changes need
 * {@code If-Match}; DELETE archives (active = false) so orders keep their product.
 */
@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products")
class ProductsController {

  static final String TEXT_CSV = "text/csv";
  static final long MAX_IMPORT_BYTES = 1024 * 1024;
  private static final SortOrder BY_NAME = new SortOrder("name", SortOrder.Direction.ASC);

  private final Products products;

  ProductsController(Products products) {
    this.products = products;
  }

  @GetMapping
  @Operation(summary = "The workspace's products",
      description = "Roles: any signed-in role. Filters: q (part of name or SKU), category, active. "
          + "Paged; sort by name (default), sku, createdAt or price.")
  Page<ProductResponse> list(@RequestParam(required = false) String q,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) Boolean active,
      @Sortable(fields = {"name", "sku", "createdAt", "price"}, byDefault = "name,asc")
      PageRequest page) {
    SortOrder order = page.primarySort(BY_NAME);
    ProductSort sort = switch (order.field()) {
      case "sku" -> ProductSort.SKU;
      case "createdAt" -> ProductSort.CREATED_AT;
      case "price" -> ProductSort.PRICE;
      default -> ProductSort.NAME;
    };
    return Page.from(products.list(new ProductQuery(q, category, active), sort, order.ascending(),
        page.page(), page.size())).map(ProductResponse::of);
  }

  @PostMapping
  @Idempotent
  @Operation(summary = "Create a product or service",
      description = "Roles: OWNER, ADMIN, MANAGER. Honours Idempotency-Key. Price in minor units of "
          + "the workspace's currency. 409 when the SKU is taken.")
  ResponseEntity<ProductResponse> create(@RequestBody ProductRequest request, CurrentUser caller) {
    Product product = products.create(request.draft(), caller.userId());
    return ResponseEntity.created(URI.create("/api/v1/products/" + product.id()))
        .eTag(ETags.of(product.version()))
        .body(ProductResponse.of(product));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One product", description = "Roles: any signed-in role. Answers an ETag.")
  ResponseEntity<ProductResponse> get(@PathVariable UUID id) {
    Product product = existing(id);
    return ResponseEntity.ok().eTag(ETags.of(product.version())).body(ProductResponse.of(product));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Replace a product's content",
      description = "Roles: OWNER, ADMIN, MANAGER. If-Match required (428 without, 412 when stale, "
          + "409 when a concurrent change won).")
  ResponseEntity<ProductResponse> update(@PathVariable UUID id, IfMatch ifMatch,
      @RequestBody ProductRequest request, CurrentUser caller) {
    Product current = existing(id);
    ifMatch.verify(current.version());
    Product product = products.update(id, current.version(), request.draft(), caller.userId());
    return ResponseEntity.ok().eTag(ETags.of(product.version())).body(ProductResponse.of(product));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Archive a product",
      description = "Roles: OWNER, ADMIN, MANAGER. Sets active = false (the product stays for "
          + "orders and reports); repeating it changes nothing. 204.")
  ResponseEntity<Void> archive(@PathVariable UUID id, CurrentUser caller) {
    products.archive(id, caller.userId());
    return ResponseEntity.noContent().build();
  }

  @GetMapping(value = "/export.csv", produces = TEXT_CSV)
  @Operation(summary = "Export every product as CSV",
      description = "Roles: OWNER, ADMIN, MANAGER. RFC 4180, UTF-8, custom fields as cf:<key> "
          + "columns; cells starting with = + - @ are prefixed with '.")
  ResponseEntity<byte[]> export() {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(TEXT_CSV + ";charset=UTF-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("products.csv").build().toString())
        .body(products.exportCsv().getBytes(StandardCharsets.UTF_8));
  }

  @PostMapping(value = "/import", consumes = TEXT_CSV)
  @Operation(summary = "Import products from CSV (body)",
      description = "Roles: OWNER, ADMIN. Upserts by SKU, all or nothing: any bad row imports "
          + "nothing and the 400 lists every problem as row N.<column>. At most 1 MB, UTF-8.")
  ImportResponse importCsv(@RequestBody byte[] body, CurrentUser caller) {
    return importBytes(body, caller);
  }

  @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Import products from an uploaded CSV file (part \"file\")",
      description = "Roles: OWNER, ADMIN. Same rules as the CSV body.")
  ImportResponse importFile(@RequestParam("file") MultipartFile file, CurrentUser caller)
      throws IOException {
    if (file.getSize() > MAX_IMPORT_BYTES) {
      throw ApiProblem.of(ProblemType.PAYLOAD_TOO_LARGE, "The file is larger than 1 MB.");
    }
    return importBytes(file.getBytes(), caller);
  }

  private ImportResponse importBytes(byte[] body, CurrentUser caller) {
    if (body.length > MAX_IMPORT_BYTES) {
      throw ApiProblem.of(ProblemType.PAYLOAD_TOO_LARGE, "The file is larger than 1 MB.");
    }
    return ImportResponse.of(
        products.importCsv(new String(body, StandardCharsets.UTF_8), caller.userId()));
  }

  private Product existing(UUID id) {
    return products.find(id)
        .orElseThrow(() -> ApiProblem.of(ProblemType.NOT_FOUND, "No such product."));
  }
}
