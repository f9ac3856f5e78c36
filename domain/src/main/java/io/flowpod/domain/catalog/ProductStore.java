package io.flowpod.domain.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.domain.platform.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for products and custom field definitions; every statement runs under the tenant's RLS. */
@Repository
class ProductStore {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS = """
      id, sku, name, description, category, kind, price_minor, currency, cost_minor, tax_rate_bp,
      image_urls, active, custom_fields, version, created_at, updated_at""";

  private final JdbcClient jdbc;

  ProductStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Product> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from products where id = ?").param(id)
        .query(ProductStore::product).optional();
  }

  Optional<Product> findBySku(String sku) {
    return jdbc.sql("select " + COLUMNS + " from products where lower(sku) = lower(?)").param(sku)
        .query(ProductStore::product).optional();
  }

  boolean skuTaken(String sku, UUID exceptId) {
    return jdbc.sql("select count(*) from products where lower(sku) = lower(?) and id <> ?")
        .params(sku, exceptId).query(Long.class).single() > 0;
  }

  /** The matching products and how many match in all. */
  Map.Entry<List<Product>, Long> search(ProductQuery query, ProductSort sort, boolean ascending,
      long offset, int limit) {
    StringBuilder where = new StringBuilder(" where true");
    List<Object> params = new ArrayList<>();
    if (query.text() != null && !query.text().isBlank()) {
      String pattern = "%" + query.text().strip().toLowerCase()
          .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      where.append(" and (lower(name) like ? or lower(sku) like ?)");
      params.add(pattern);
      params.add(pattern);
    }
    if (query.category() != null && !query.category().isBlank()) {
      where.append(" and category = ?");
      params.add(query.category().strip());
    }
    if (query.active() != null) {
      where.append(" and active = ?");
      params.add(query.active());
    }
    long total = jdbc.sql("select count(*) from products" + where).params(params)
        .query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(limit);
    pageParams.add(offset);
    String direction = ascending ? " asc" : " desc";
    List<Product> items = jdbc.sql("select " + COLUMNS + " from products" + where + " order by "
            + sort.column() + direction + ", id" + direction + " limit ? offset ?")
        .params(pageParams).query(ProductStore::product).list();
    return Map.entry(items, total);
  }

  List<Product> all() {
    return jdbc.sql("select " + COLUMNS + " from products order by lower(sku)")
        .query(ProductStore::product).list();
  }

  void insert(UUID id, ValidProduct product, Instant now) {
    jdbc.sql("""
            insert into products (id, tenant_id, sku, name, description, category, kind, price_minor,
              currency, cost_minor, tax_rate_bp, image_urls, active, custom_fields, version,
              created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, 0, ?, ?)""")
        .params(id, TenantContext.require(), product.sku(), product.name(), product.description(),
            product.category(), product.kind().name(), product.priceMinor(), product.currency(),
            product.costMinor(), product.taxRateBasisPoints(), json(product.imageUrls()),
            product.active(), json(product.customFields()), Timestamp.from(now),
            Timestamp.from(now))
        .update();
  }

  /** Replaces the product's content if it still has {@code version}; otherwise a lost race. */
  void update(UUID id, long version, ValidProduct product, Instant now) {
    int updated = jdbc.sql("""
            update products set sku = ?, name = ?, description = ?, category = ?, kind = ?,
              price_minor = ?, currency = ?, cost_minor = ?, tax_rate_bp = ?, image_urls = ?::jsonb,
              active = ?, custom_fields = ?::jsonb, version = version + 1, updated_at = ?
            where id = ? and version = ?""")
        .params(product.sku(), product.name(), product.description(), product.category(),
            product.kind().name(), product.priceMinor(), product.currency(), product.costMinor(),
            product.taxRateBasisPoints(), json(product.imageUrls()), product.active(),
            json(product.customFields()), Timestamp.from(now), id, version)
        .update();
    if (updated == 0) {
      throw new OptimisticLockingFailureException("Product " + id + " changed concurrently");
    }
  }

  void archive(UUID id, Instant now) {
    jdbc.sql("""
            update products set active = false, version = version + 1, updated_at = ?
            where id = ? and active""")
        .params(Timestamp.from(now), id).update();
  }

  List<CustomFieldDefinition> definitions() {
    return jdbc.sql("""
            select field_key, label, field_type, required, options from product_custom_fields
            order by created_at, field_key""")
        .query((rs, n) -> new CustomFieldDefinition(rs.getString(1), rs.getString(2),
            CustomFieldType.valueOf(rs.getString(3)), rs.getBoolean(4),
            read(rs.getString(5), new TypeReference<List<String>>() { })))
        .list();
  }

  boolean defineIfAbsent(CustomFieldDefinition definition, Instant now) {
    return jdbc.sql("""
            insert into product_custom_fields
              (tenant_id, field_key, label, field_type, required, options, created_at)
            values (?, ?, ?, ?, ?, ?::jsonb, ?) on conflict do nothing""")
        .params(TenantContext.require(), definition.key(), definition.label().strip(),
            definition.type().name(), definition.required(), json(definition.options()),
            Timestamp.from(now))
        .update() == 1;
  }

  private static Product product(ResultSet rs, int row) throws SQLException {
    Long cost = rs.getObject("cost_minor", Long.class);
    return new Product(rs.getObject("id", UUID.class), rs.getString("sku"), rs.getString("name"),
        rs.getString("description"), rs.getString("category"),
        ProductKind.valueOf(rs.getString("kind")), rs.getLong("price_minor"),
        rs.getString("currency"), cost, rs.getInt("tax_rate_bp"),
        read(rs.getString("image_urls"), new TypeReference<List<String>>() { }),
        rs.getBoolean("active"),
        read(rs.getString("custom_fields"), new TypeReference<Map<String, Object>>() { }),
        rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write catalog JSON", e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read catalog JSON", e);
    }
  }
}
