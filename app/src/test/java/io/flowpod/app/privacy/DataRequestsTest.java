package io.flowpod.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.catalog.CatalogClient.Response;
import io.flowpod.app.embedded.EmbeddedRuntime;
import io.flowpod.app.ordering.ShopFixture;
import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.consent.ConsentEntry;
import io.flowpod.domain.consent.ConsentPurpose;
import io.flowpod.domain.consent.ConsentState;
import io.flowpod.domain.consent.Consents;
import io.flowpod.domain.customers.ChatIdentities;
import io.flowpod.domain.customers.ChatIdentity;
import io.flowpod.domain.identity.SignedLinks;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.MessageSource;
import io.flowpod.domain.payments.Payments;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.privacy.DataRequest;
import io.flowpod.domain.privacy.DataRequestProcess;
import io.flowpod.domain.privacy.DataRequestStatus;
import io.flowpod.domain.privacy.DataRequests;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Data-subject requests through HTTP, the engine and PostgreSQL: erasure leaves no trace of the
 * customer in any table while the books still balance; access delivers every holder's data behind a
 * signed, expiring link; the clock's extension rule; rectification; isolation between workspaces.
 */
@FlowPodIntegrationTest
class DataRequestsTest {

  private static final Duration FLOW = Duration.ofSeconds(60);

  @LocalServerPort int port;
  @Autowired CamundaClient engine;
  @Autowired EmbeddedRuntime runtime;
  @Autowired DataRequests requests;
  @Autowired Consents consents;
  @Autowired ChatIdentities chats;
  @Autowired Payments payments;
  @Autowired SignedLinks links;
  @Autowired List<MessageSource> messageSources;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

  CatalogClient http;
  ShopFixture shop;
  String tea;

  @BeforeEach
  void openShop() {
    http = new CatalogClient(port);
    shop = ShopFixture.signup(http);
    tea = shop.product("TEA-1", 1250, 500L, 1000);
  }

  @Test
  void anErasureLeavesNoPersonalDataInAnyTableWhileOrdersAndPaymentsStillBalance()
      throws SQLException {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String name = "Zelda Quixotic-" + tag;
    String email = "zelda." + tag + "@erase.example";
    String phone = "+3906" + Math.abs(tag.hashCode() % 10_000_000L);
    String paid = place(name, email, phone, "Ring twice, ask for Zelda " + tag);
    String unpaid = placeWithKey(name, email, phone);
    http.post(payUrl(paid) + "/pay", null, null);
    awaitOrderStatus(paid, "CONFIRMED");
    UUID customerId = UUID.fromString(order(paid).path("customer").path("id").asText());
    String waNumber = phone.substring(1);
    TenantContext.runAs(shop.tenantId, () -> transactions.executeWithoutResult(tx -> {
      consents.record(new ConsentEntry(customerId, ConsentPurpose.MARKETING, Channel.EMAIL,
          ConsentState.GRANTED, "v1", "Send me offers", "REGISTRATION", "203.0.113.77",
          "confirmed via " + email));
      ChatIdentity chat = chats.seen(Channel.WHATSAPP, waNumber, "it", Instant.now());
      chats.link(chat.id(), customerId);
    }));
    Books before = books();
    assertThat(scan(List.of(email, phone))).as("the scan finds the data before the erasure")
        .containsKeys("customers.email", "customers.phone", "idempotency_keys.response_body");

    UUID requestId = record(customerId, "ERASURE", "Customer " + name + " called from " + phone);
    awaitTemplate(DataRequestProcess.VERIFY_IDENTITY_TEMPLATE);
    http.post("/api/v1/data-requests/" + requestId + "/identity-verification", shop.owner, null)
        .expect(200);
    DataRequest done = awaitStatus(requestId, DataRequestStatus.COMPLETED);

    // the customer heard of it before their contact details went
    assertThat(sentTemplates()).filteredOn(template -> template.startsWith("data-request."))
        .containsExactly(DataRequestProcess.VERIFY_IDENTITY_TEMPLATE,
        DataRequestProcess.ERASURE_CONFIRMED_TEMPLATE);
    assertThat(done.outcome()).contains("customer", "orders", "consents", "chatIdentities")
        .doesNotContain(name, email, phone);

    // not a trace in any text column of any table
    Map<String, List<String>> found = scan(List.of(name, email, phone, waNumber));
    assertThat(found).as("tables still holding the customer's data").isEmpty();

    // the books are unchanged
    assertThat(books()).isEqualTo(before);
    JsonNode customer = order(unpaid).path("customer");
    assertThat(customer.path("name").asText()).isEqualTo("Erased customer");
    assertThat(customer.path("email").isNull() || customer.path("email").isMissingNode()).isTrue();
    try (Connection su = runtime.superuserDataSource().getConnection()) {
      assertThat(single(su, "select status || ' ' || (erased_at is not null) from customers where id = ?",
          customerId)).isEqualTo("ERASED true");
      // what is deliberately kept: the consent ledger's entries (without IP and proof)
      assertThat(single(su, "select count(*)::text from consent_records where customer_id = ? "
          + "and ip_address is null and proof is null", customerId)).isEqualTo("1");
      assertThat(single(su, "select detail from audit_events where action = 'data-request.completed'"
          + " and target_id = ?", requestId.toString())).startsWith("erasure of C-");
    }

    // a second erasure of the same customer is refused
    http.post("/api/v1/customers/" + customerId + "/data-requests", shop.owner,
        Map.of("kind", "ERASURE", "receivedVia", "EMAIL")).expect(409);
  }

  @Test
  void anAccessRequestDeliversEveryHoldersDataBehindASignedExpiringLink() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String email = "ines." + tag + "@access.example";
    String orderId = place("Ines " + tag, email, "+34911" + tag.hashCode() % 1000, "Leave at door");
    UUID customerId = UUID.fromString(order(orderId).path("customer").path("id").asText());
    TenantContext.runAs(shop.tenantId, () -> transactions.executeWithoutResult(tx -> {
      consents.record(new ConsentEntry(customerId, ConsentPurpose.ORDER_PROCESSING, null,
          ConsentState.GRANTED, "v1", "Process my orders", "STOREFRONT", "198.51.100.7", null));
      chats.link(chats.seen(Channel.TELEGRAM, "tg-" + tag, "es", Instant.now()).id(), customerId);
    }));
    UUID requestId = record(customerId, "ACCESS", null);
    awaitTemplate(DataRequestProcess.VERIFY_IDENTITY_TEMPLATE);

    // the customer follows the verification link they were sent
    String verifyLink = linkOf(DataRequestProcess.VERIFY_IDENTITY_TEMPLATE, requestId);
    String verifyPath = verifyLink.substring(verifyLink.indexOf("/api/v1/public/"));
    Response page = http.get(verifyPath, null).expect(200);
    assertThat(page.text()).contains("<form method=\"post\"");
    assertThat(requests(requestId).status()).as("opening the page verifies nothing")
        .isEqualTo(DataRequestStatus.AWAITING_VERIFICATION);
    http.post(verifyPath, null, null).expect(200);
    http.post(verifyPath, null, null).expect(200);
    http.post(verifyPath.replace("t=", "t=x"), null, null).expect(404);

    DataRequest completed = awaitStatus(requestId, DataRequestStatus.COMPLETED);
    assertThat(completed.verificationMethod()).hasToString("LINK");
    String exportLink = linkOf(DataRequestProcess.EXPORT_READY_TEMPLATE, requestId);
    String exportPath = exportLink.substring(exportLink.indexOf("/api/v1/public/"));
    JsonNode export = http.get(exportPath, null).expect(200).json();

    assertThat(export.path("format").asText()).isEqualTo("flowpod-personal-data-export/1");
    JsonNode sections = export.path("sections");
    assertThat(sections.path("customer").path("email").asText()).isEqualTo(email);
    assertThat(sections.path("orders").path("orders").get(0).path("note").asText())
        .isEqualTo("Leave at door");
    assertThat(sections.path("orders").path("orders").get(0).path("lines")).hasSize(1);
    assertThat(sections.path("consents").path("entries").get(0).path("ipAddress").asText())
        .isEqualTo("198.51.100.7");
    assertThat(sections.path("chatIdentities").path("identities").get(0).path("address").asText())
        .isEqualTo("tg-" + tag);
    assertThat(sections.path("dataRequests").path("requests").get(0).path("kind").asText())
        .isEqualTo("ACCESS");
    List<String> names = new ArrayList<>();
    sections.fieldNames().forEachRemaining(names::add);
    assertThat(names).contains("customer", "orders", "consents", "chatIdentities", "dataRequests");

    // tampered, expired, or another workspace's: nothing
    String token = exportPath.substring(exportPath.indexOf("t=") + 2);
    http.get(exportPath.replace("t=", "t=A"), null).expect(404);
    String expired = TenantContext.callAs(shop.tenantId, () -> links.sign(
        DataRequestProcess.EXPORT_LINK_PURPOSE, requestId, Instant.now().minusSeconds(5)));
    http.get(exportPath.replace(token, expired), null).expect(404);
    ShopFixture other = ShopFixture.signup(http);
    http.get(exportPath.replace("/public/" + shop.slug + "/", "/public/" + other.slug + "/"), null)
        .expect(404);
  }

  @Test
  void anExtensionIsGrantedOnceBeforeDayThirtyAndRefusedAfter() throws SQLException {
    UUID customerId = customer("ext");
    UUID requestId = record(customerId, "ACCESS", "Wants everything");
    JsonNode original = http.get("/api/v1/data-requests/" + requestId, shop.owner).expect(200).json();

    assertThat(http.post("/api/v1/data-requests/" + requestId + "/extension", shop.owner,
        Map.of("months", 3)).expect(400).errorFields()).contains("reason", "months");
    String staff = shop.member("STAFF");
    http.post("/api/v1/data-requests/" + requestId + "/extension", staff,
        Map.of("reason", "Many systems")).expect(403);

    JsonNode extended = http.post("/api/v1/data-requests/" + requestId + "/extension", shop.owner,
        Map.of("reason", "Many systems to search", "months", 2)).expect(200).json();
    assertThat(Instant.parse(extended.path("dueAt").asText())).isEqualTo(
        Instant.parse(original.path("dueAt").asText()).atZone(java.time.ZoneOffset.UTC)
            .plusMonths(2).toInstant());
    assertThat(extended.path("log").findValuesAsText("kind")).contains("EXTENDED");
    awaitTemplate(DataRequestProcess.EXTENSION_NOTICE_TEMPLATE);
    http.post("/api/v1/data-requests/" + requestId + "/extension", shop.owner,
        Map.of("reason", "Again")).expect(409);

    // a request received 31 days ago can no longer be extended
    UUID late = record(customerId, "RECTIFICATION", null);
    try (Connection su = runtime.superuserDataSource().getConnection();
        PreparedStatement back = su.prepareStatement("""
            update data_requests set received_at = received_at - interval '31 days',
              original_due_at = original_due_at - interval '31 days',
              due_at = due_at - interval '31 days' where id = ?""")) {
      back.setObject(1, late);
      back.executeUpdate();
    }
    Response refused = http.post("/api/v1/data-requests/" + late + "/extension", shop.owner,
        Map.of("reason", "Too late")).expect(409);
    assertThat(refused.headers().getContentType()).hasToString("application/problem+json");
    assertThat(refused.json().path("detail").asText()).contains("day 30");
    assertThat(http.get("/api/v1/data-requests?overdue=true", shop.owner).expect(200).json()
        .path("items").findValuesAsText("id")).containsExactly(late.toString());
    assertThat(http.get("/api/v1/data-requests?open=true", shop.owner).expect(200).json()
        .path("totalItems").asLong()).isEqualTo(2);
  }

  @Test
  void rectificationAppliesTheCorrectionsAfterVerificationAndLogsOnlyFieldNames()
      throws SQLException {
    UUID customerId = customer("rect");
    UUID requestId = record(customerId, "RECTIFICATION", "New surname after marriage");
    String path = "/api/v1/data-requests/" + requestId + "/rectification";
    http.post(path, shop.owner, Map.of("name", "Maria Rossi")).expect(409);

    http.post("/api/v1/data-requests/" + requestId + "/identity-verification", shop.owner, null)
        .expect(200);
    http.post("/api/v1/data-requests/" + requestId + "/identity-verification", shop.owner, null)
        .expect(409);
    Eventually.await("the rectification task", FLOW, () -> {
      return TenantContext.callAs(shop.tenantId, () -> requests.log(requestId)).size();
    }, size -> size >= 2);
    Response invalid = Eventually.await("the flow to wait for corrections", FLOW, () -> {
      pause();
      return http.post(path, shop.owner, Map.of("email", "not-an-address", "locale", "xx-yy"));
    }, reply -> reply.status() != 409);
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.errorFields()).contains("email", "locale");

    JsonNode done = http.post(path, shop.owner,
        Map.of("name", "Maria Rossi", "phone", "+39 06 7654321")).expect(200).json();
    assertThat(done.path("log").findValuesAsText("detail")).contains("fields: name, phone");
    awaitStatus(requestId, DataRequestStatus.COMPLETED);
    try (Connection su = runtime.superuserDataSource().getConnection()) {
      assertThat(single(su, "select name || ' ' || phone from customers where id = ?", customerId))
          .isEqualTo("Maria Rossi +39 06 7654321");
      assertThat(single(su, "select string_agg(coalesce(detail, ''), '|') from audit_events "
          + "where target_id = ?", requestId.toString())).doesNotContain("Maria", "7654321");
    }
  }

  @Test
  void anotherWorkspacesRequestsAndCustomersAreNotFound() {
    UUID customerId = customer("iso");
    UUID requestId = record(customerId, "ACCESS", null);
    ShopFixture other = ShopFixture.signup(http);
    String base = "/api/v1/data-requests/" + requestId;

    http.get(base, other.owner).expect(404);
    http.post(base + "/extension", other.owner, Map.of("reason", "x")).expect(404);
    http.post(base + "/identity-verification", other.owner, null).expect(404);
    http.post(base + "/rectification", other.owner, Map.of("name", "X")).expect(404);
    http.post("/api/v1/customers/" + customerId + "/data-requests", other.owner,
        Map.of("kind", "ACCESS", "receivedVia", "EMAIL")).expect(404);
    assertThat(http.get("/api/v1/data-requests", other.owner).expect(200).json()
        .path("totalItems").asLong()).isZero();
    assertThat(http.post("/api/v1/customers/" + customerId + "/data-requests", shop.owner,
        Map.of("kind", "FORGET", "note", "x".repeat(2001))).expect(400).errorFields())
        .contains("kind", "receivedVia");
  }

  // --- helpers

  private record Books(long ordersTotal, Map<String, Long> linesPerOrder, long paymentsTotal) {}

  private Books books() throws SQLException {
    try (Connection su = runtime.superuserDataSource().getConnection()) {
      long orders = Long.parseLong(single(su,
          "select coalesce(sum(total_minor), 0)::text from orders where tenant_id = ?", shop.tenantId));
      Map<String, Long> lines = new LinkedHashMap<>();
      try (PreparedStatement s = su.prepareStatement("""
          select o.id::text, o.total_minor - sum(l.total_minor) from orders o
          join order_lines l on l.order_id = o.id where o.tenant_id = ? group by o.id order by o.id""")) {
        s.setObject(1, shop.tenantId);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            lines.put(rs.getString(1), rs.getLong(2));
          }
        }
      }
      long paid = Long.parseLong(single(su, "select coalesce(sum(amount_minor), 0)::text "
          + "from payment_requests where tenant_id = ? and state = 'PAID'", shop.tenantId));
      assertThat(lines.values()).as("each order equals the sum of its lines").containsOnly(0L);
      return new Books(orders, lines, paid);
    }
  }

  /** Every text, varchar, char and json column of every public table, searched for each needle. */
  private Map<String, List<String>> scan(List<String> needles) throws SQLException {
    Map<String, List<String>> hits = new LinkedHashMap<>();
    try (Connection su = runtime.superuserDataSource().getConnection()) {
      List<String[]> columns = new ArrayList<>();
      try (PreparedStatement s = su.prepareStatement("""
          select c.table_name, c.column_name, c.data_type from information_schema.columns c
          join information_schema.tables t on t.table_schema = c.table_schema
            and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
          where c.table_schema = 'public'
            and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')""");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
      }
      assertThat(columns.size()).as("columns scanned").isGreaterThan(50);
      for (String[] column : columns) {
        for (String needle : needles) {
          String table = "public.\"" + column[0] + "\"";
          String value = "\"" + column[1] + "\"";
          String sql = column[2].equals("bytea")
              ? "select count(*) from " + table + " where position(convert_to(?, 'UTF8') in "
                  + value + ") > 0"
              : "select count(*) from " + table + " where position(lower(?) in lower("
                  + value + "::text)) > 0";
          if (Long.parseLong(single(su, sql.replace("select count(*)", "select count(*)::text"),
              needle)) > 0) {
            hits.computeIfAbsent(column[0] + "." + column[1], k -> new ArrayList<>()).add(needle);
          }
        }
      }
    }
    return hits;
  }

  private String place(String name, String email, String phone, String note) {
    Map<String, Object> customer = new HashMap<>(Map.of("name", name, "email", email));
    customer.put("phone", phone);
    Map<String, Object> body = new HashMap<>();
    body.put("customer", customer);
    body.put("lines", List.of(Map.of("productId", tea, "quantity", 2)));
    if (note != null) {
      body.put("note", note);
    }
    return http.post("/api/v1/orders", shop.owner, body).expect(201).json().path("id").asText();
  }

  /** Placed with an Idempotency-Key, so the API keeps the response (naming the customer) for replays. */
  private String placeWithKey(String name, String email, String phone) {
    Map<String, Object> customer = Map.of("name", name, "email", email, "phone", phone);
    Map<String, Object> body = Map.of("customer", customer,
        "lines", List.of(Map.of("productId", tea, "quantity", 1)));
    return http.send(org.springframework.http.HttpMethod.POST, "/api/v1/orders", shop.owner, body,
        Map.of("Idempotency-Key", "erase-" + UUID.randomUUID())).expect(201).json().path("id")
        .asText();
  }

  private UUID customer(String prefix) {
    String orderId = place("Cliente " + prefix, prefix + "-" + UUID.randomUUID().toString()
        .substring(0, 8) + "@customer.example", null, null);
    return UUID.fromString(order(orderId).path("customer").path("id").asText());
  }

  private JsonNode order(String id) {
    return http.get("/api/v1/orders/" + id, shop.owner).expect(200).json();
  }

  private void awaitOrderStatus(String id, String status) {
    Eventually.await("order status " + status, FLOW, () -> {
      pause();
      return order(id);
    }, o -> o.path("status").asText().equals(status));
  }

  private String payUrl(String orderId) {
    return Eventually.await("the payment request", FLOW, () -> TenantContext.callAs(shop.tenantId,
        () -> payments.find(UUID.fromString(orderId))), Optional::isPresent).orElseThrow().payUrl();
  }

  private UUID record(UUID customerId, String kind, String note) {
    Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "receivedVia", "EMAIL"));
    if (note != null) {
      body.put("note", note);
    }
    JsonNode created = http.post("/api/v1/customers/" + customerId + "/data-requests", shop.owner,
        body).expect(201).json();
    assertThat(created.path("status").asText()).isEqualTo("AWAITING_VERIFICATION");
    assertThat(created.path("reference").asText()).startsWith("DR-");
    return UUID.fromString(created.path("id").asText());
  }

  private DataRequest requests(UUID id) {
    return TenantContext.callAs(shop.tenantId, () -> requests.find(id).orElseThrow());
  }

  private DataRequest awaitStatus(UUID id, DataRequestStatus status) {
    return Eventually.await("request " + status, FLOW, () -> {
      return requests(id);
    }, r -> r.status() == status);
  }

  /** Waits until the notify step sent this message to the workspace's customer. */
  private void awaitTemplate(String template) {
    Eventually.await("the " + template + " message", FLOW, this::sentTemplates,
        sent -> sent.contains(template));
  }

  /** The messages the notify step sent in this workspace, oldest first (from the outbox). */
  private List<String> sentTemplates() {
    try (Connection su = runtime.superuserDataSource().getConnection();
        var query = su.prepareStatement("select template from outbound_messages where tenant_id = ?"
            + " and status = 'SENT' order by sent_at")) {
      query.setObject(1, shop.tenantId);
      List<String> templates = new ArrayList<>();
      try (var rows = query.executeQuery()) {
        while (rows.next()) {
          templates.add(rows.getString(1));
        }
      }
      return templates;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String linkOf(String template, UUID requestId) {
    MessageSource source = messageSources.stream().filter(s -> s.templates().contains(template))
        .findFirst().orElseThrow();
    return TenantContext.callAs(shop.tenantId, () -> source.draft(template,
        Map.of("dataRequestId", requestId.toString(), "tenantId", shop.tenantId.toString())))
        .params().get("link");
  }

  private static String single(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(700);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
