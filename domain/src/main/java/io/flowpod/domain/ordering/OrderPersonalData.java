package io.flowpod.domain.ordering;

import io.flowpod.domain.customers.PersonalDataHolder;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer's orders and the notices sent about them. Orders are financial records the law
 * requires to be kept (bookkeeping retention), so erasure keeps every order, line and amount and
 * only clears the free text that may describe the person: the order note, the cancellation reason (kept as "(erased)", so a cancelled order still
 * says it had one),
 * the carrier and tracking number (which lead to a delivery address), and notice failure texts
 * (a mail server's refusal often quotes the address).
 */
@Component
class OrderPersonalData implements PersonalDataHolder {

  private final JdbcClient jdbc;

  OrderPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "orders";
  }

  @Override
  public Map<String, Object> export(UUID customerId) {
    List<Map<String, Object>> orders = jdbc.sql("""
            select id, number, status, channel, currency, subtotal_minor, tax_minor, total_minor,
              note, cancel_reason, carrier, tracking_number, placed_at
            from orders where customer_id = ? order by placed_at""")
        .param(customerId)
        .query((rs, n) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          UUID id = rs.getObject("id", UUID.class);
          row.put("number", rs.getLong("number"));
          row.put("status", rs.getString("status"));
          row.put("channel", rs.getString("channel"));
          row.put("currency", rs.getString("currency"));
          row.put("subtotalMinor", rs.getLong("subtotal_minor"));
          row.put("taxMinor", rs.getLong("tax_minor"));
          row.put("totalMinor", rs.getLong("total_minor"));
          row.put("note", rs.getString("note"));
          row.put("cancelReason", rs.getString("cancel_reason"));
          row.put("carrier", rs.getString("carrier"));
          row.put("trackingNumber", rs.getString("tracking_number"));
          row.put("placedAt", text(rs.getTimestamp("placed_at")));
          row.put("lines", lines(id));
          return (Map<String, Object>) row;
        })
        .list();
    List<Map<String, Object>> notices = jdbc.sql("""
            select template, channel, status, subject_ref, created_at, sent_at
            from customer_notices where customer_id = ? order by created_at""")
        .param(customerId)
        .query((rs, n) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("template", rs.getString("template"));
          row.put("channel", rs.getString("channel"));
          row.put("status", rs.getString("status"));
          row.put("about", rs.getString("subject_ref"));
          row.put("createdAt", text(rs.getTimestamp("created_at")));
          row.put("sentAt", text(rs.getTimestamp("sent_at")));
          return (Map<String, Object>) row;
        })
        .list();
    return Map.of("orders", orders, "notices", notices);
  }

  private List<Map<String, Object>> lines(UUID orderId) {
    return jdbc.sql("""
            select sku, name, quantity, unit_price_minor, total_minor from order_lines
            where order_id = ? order by line_no""")
        .param(orderId)
        .query((rs, n) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("sku", rs.getString("sku"));
          row.put("name", rs.getString("name"));
          row.put("quantity", rs.getLong("quantity"));
          row.put("unitPriceMinor", rs.getLong("unit_price_minor"));
          row.put("totalMinor", rs.getLong("total_minor"));
          return (Map<String, Object>) row;
        })
        .list();
  }

  @Override
  public void erase(UUID customerId) {
    jdbc.sql("""
            update orders set note = null,
              cancel_reason = case when cancel_reason is null then null else '(erased)' end,
              carrier = null,
              tracking_number = null, version = version + 1
            where customer_id = ? and (note is not null or cancel_reason <> '(erased)'
              or carrier is not null or tracking_number is not null)""")
        .param(customerId).update();
    jdbc.sql("update customer_notices set failure = null where customer_id = ? and failure is not null")
        .param(customerId).update();
  }

  private static String text(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant().toString();
  }
}
