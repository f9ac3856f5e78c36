package io.flowpod.domain.catalog;

import io.flowpod.domain.audit.AuditActions;
import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current workspace's products and services. Every change is validated as a whole (all field
 * problems at once), audited, and guarded by the product's version. Deleting archives: the product
 * stays (orders keep referring to it) with {@code active = false}.
 */
@Service
public class Products {

  private final ProductStore store;
  private final Tenants tenants;
  private final AuditLog audit;
  private final Clock clock;

  Products(ProductStore store, Tenants tenants, AuditLog audit, Clock clock) {
    this.store = store;
    this.tenants = tenants;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Optional<Product> find(UUID id) {
    return store.find(id);
  }

  /** One page of matching products in the given order (ties broken by id). */
  @Transactional(readOnly = true)
  public Page<Product> list(ProductQuery query, ProductSort sort, boolean ascending, int page,
      int size) {
    Map.Entry<List<Product>, Long> result =
        store.search(query, sort, ascending, (long) page * size, size);
    return new PageImpl<>(result.getKey(), PageRequest.of(page, size), result.getValue());
  }

  /**
   * @throws CatalogException INVALID with every field problem, DUPLICATE when the SKU is taken
   */
  @Transactional
  public Product create(ProductDraft draft, UUID actorUserId) {
    ValidProduct product = validate(draft);
    UUID id = UUID.randomUUID();
    requireFreeSku(product.sku(), id);
    insert(id, product);
    audit.record(AuditActions.PRODUCT_CREATED, actorUserId, "product", id);
    return store.find(id).orElseThrow();
  }

  /**
   * Replaces the product's content if it is still at {@code expectedVersion}.
   *
   * @throws CatalogException NOT_FOUND, INVALID or DUPLICATE (SKU)
   * @throws org.springframework.dao.OptimisticLockingFailureException when the version moved on
   */
  @Transactional
  public Product update(UUID id, long expectedVersion, ProductDraft draft, UUID actorUserId) {
    store.find(id).orElseThrow(CatalogException::notFound);
    ValidProduct product = validate(draft);
    requireFreeSku(product.sku(), id);
    store.update(id, expectedVersion, product, Instant.now(clock));
    audit.record(AuditActions.PRODUCT_UPDATED, actorUserId, "product", id);
    return store.find(id).orElseThrow();
  }

  /** Archives the product (active = false); archiving an archived product changes nothing. */
  @Transactional
  public void archive(UUID id, UUID actorUserId) {
    Product product = store.find(id).orElseThrow(CatalogException::notFound);
    if (product.active()) {
      store.archive(id, Instant.now(clock));
      audit.record(AuditActions.PRODUCT_ARCHIVED, actorUserId, "product", id);
    }
  }

  /** The workspace's custom field definitions, oldest first. */
  @Transactional(readOnly = true)
  public List<CustomFieldDefinition> customFields() {
    return store.definitions();
  }

  /**
   * Adds a custom field definition. Existing products are not revalidated: a new required field is
   * enforced from their next change on.
   *
   * @throws CatalogException INVALID, or DUPLICATE when the key exists
   */
  @Transactional
  public CustomFieldDefinition defineCustomField(CustomFieldDefinition definition,
      UUID actorUserId) {
    Map<String, String> violations = CustomFieldRules.definitionViolations(definition);
    if (!violations.isEmpty()) {
      throw CatalogException.invalid(violations);
    }
    if (store.definitions().size() >= CustomFieldRules.MAX_DEFINITIONS) {
      throw CatalogException.invalid(Map.of("key", "a workspace has at most "
          + CustomFieldRules.MAX_DEFINITIONS + " custom fields"));
    }
    if (!store.defineIfAbsent(definition, Instant.now(clock))) {
      throw CatalogException.duplicate("key", "A custom field with this key exists.");
    }
    audit.record(AuditActions.CUSTOM_FIELD_DEFINED, actorUserId, "product-custom-field",
        definition.key());
    return definition;
  }

  /** Every product as CSV (see {@link ProductCsv}), ordered by SKU. */
  @Transactional(readOnly = true)
  public String exportCsv() {
    return ProductCsv.export(store.all(), store.definitions());
  }

  /**
   * Creates or replaces products from CSV, matched by SKU (case-insensitive). All or nothing: when any
   * row is bad nothing is written and every problem is reported as {@code row N.<column>}.
   *
   * @throws CatalogException INVALID listing every bad row
   */
  @Transactional
  public ImportResult importCsv(String csv, UUID actorUserId) {
    String currency = workspaceCurrency();
    Map<String, CustomFieldDefinition> definitions = definitionsByKey();
    Map<String, String> violations = new LinkedHashMap<>();
    List<ProductCsv.Row> rows = ProductCsv.parse(csv, currency, definitions, violations);
    Map<String, ValidProduct> bySku = new LinkedHashMap<>();
    for (ProductCsv.Row row : rows) {
      Map<String, String> rowViolations = new LinkedHashMap<>();
      ValidProduct product = ProductRules.check(row.draft(), currency, definitions,
          "row " + row.number() + ".", rowViolations);
      rowViolations.forEach((field, message) ->
          violations.putIfAbsent(ProductCsv.column(field), message));
      if (product != null && bySku.putIfAbsent(product.sku().toLowerCase(), product) != null) {
        violations.put("row " + row.number() + ".sku", "appears in an earlier row");
      }
    }
    if (!violations.isEmpty()) {
      throw CatalogException.invalid(violations);
    }
    int created = 0;
    int updated = 0;
    for (ValidProduct product : bySku.values()) {
      Optional<Product> existing = store.findBySku(product.sku());
      if (existing.isPresent()) {
        store.update(existing.get().id(), existing.get().version(), product, Instant.now(clock));
        updated++;
      } else {
        insert(UUID.randomUUID(), product);
        created++;
      }
    }
    audit.record(AuditActions.PRODUCTS_IMPORTED, actorUserId, "product", null);
    return new ImportResult(created, updated);
  }

  private ValidProduct validate(ProductDraft draft) {
    Map<String, String> violations = new LinkedHashMap<>();
    ValidProduct product =
        ProductRules.check(draft, workspaceCurrency(), definitionsByKey(), "", violations);
    if (product == null) {
      throw CatalogException.invalid(violations);
    }
    return product;
  }

  private void insert(UUID id, ValidProduct product) {
    try {
      store.insert(id, product, Instant.now(clock));
    } catch (DuplicateKeyException e) {
      throw CatalogException.duplicate("sku", "Another product has this SKU.");
    }
  }

  private void requireFreeSku(String sku, UUID id) {
    if (store.skuTaken(sku, id)) {
      throw CatalogException.duplicate("sku", "Another product has this SKU.");
    }
  }

  private Map<String, CustomFieldDefinition> definitionsByKey() {
    Map<String, CustomFieldDefinition> byKey = new LinkedHashMap<>();
    store.definitions().forEach(definition -> byKey.put(definition.key(), definition));
    return byKey;
  }

  private String workspaceCurrency() {
    return tenants.find(TenantContext.require()).map(Tenant::currency)
        .orElseThrow(() -> new IllegalStateException("The current workspace does not exist"));
  }
}
