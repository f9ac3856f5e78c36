package io.flowpod.app.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.catalog.CatalogClient.Response;
import io.flowpod.app.ordering.ShopFixture;
import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.consent.ConsentLinks;
import io.flowpod.domain.consent.ConsentPurpose;
import io.flowpod.domain.consent.Consents;
import io.flowpod.domain.customers.ChatIdentities;
import io.flowpod.domain.customers.ChatIdentity;
import io.flowpod.domain.customers.UnknownChatSender;
import io.flowpod.domain.identity.SignedLinks;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.MessageDraft;
import io.flowpod.domain.messaging.MessageSource;
import io.flowpod.domain.messaging.Recipient;
import io.flowpod.domain.operations.InstanceFilter;
import io.flowpod.domain.operations.InstanceSummary;
import io.flowpod.domain.operations.ProcessHistory;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.registration.Registrations;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration end to end on the real stack: the public API and pages, the consent ledger in
 * PostgreSQL, the flow in the engine. The links are read from the drafts the flow's notify step
 * sends (the channels' delivery itself is tested with the channels).
 */
@FlowPodIntegrationTest
class RegistrationJourneyTest {

  @LocalServerPort
  int port;
  @Autowired
  List<MessageSource> messageSources;
  @Autowired
  TransactionTemplate transactions;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  Consents consents;
  @Autowired
  ConsentLinks consentLinks;
  @Autowired
  SignedLinks signedLinks;
  @Autowired
  Registrations registrations;
  @Autowired
  ChatIdentities chats;
  @Autowired
  ApplicationEventPublisher events;
  @Autowired
  ProcessHistory history;

  ShopFixture shop;
  String base;
  final HttpClient browser = HttpClient.newHttpClient();

  @BeforeEach
  void setUp() {
    shop = ShopFixture.signup(new CatalogClient(port));
    base = "/api/v1/public/" + shop.slug;
  }

  @Test
  void aStorefrontVisitorRegistersWithGranularConsentsAndConfirmsEmailMarketing() throws Exception {
    String email = ShopFixture.email();
    Response accepted = shop.api.post(base + "/registration-links", null, Map.of("email", email))
        .expect(202);
    UUID registrationId = registrationFor(email);
    // the flow started for it and is at the notify step that sends the link
    InstanceSummary flow = flowOf(registrationId);
    assertThat(flow.processId()).isEqualTo("customer-registration");

    MessageDraft link = draft("registration.link", registrationId);
    assertThat(link.recipient()).isEqualTo(new Recipient.Address(Channel.EMAIL, email, "en"));
    String token = tokenIn(link.params().get("link"), "/c/" + shop.slug + "/register?t=");
    // an unknown address gets exactly the same answer (no account enumeration)
    assertThat(shop.api.post(base + "/registration-links", null,
        Map.of("email", ShopFixture.email())).expect(202).text()).isEqualTo(accepted.text());

    // the form page shows the exact consent texts, naming the workspace
    HttpResponse<String> page = get("/c/" + shop.slug + "/register?t=" + token);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("may use my name and contact details to handle my orders")
        .contains("marketing-EMAIL").contains("marketing-SMS").doesNotContain("marketing-WHATSAPP");

    Map<String, Object> form = registration(token, email, List.of("EMAIL"));
    JsonNode created = shop.api.post(base + "/registrations", null, form).expect(201).json();
    UUID customerId = UUID.fromString(created.path("customerId").asText());
    assertThat(created.path("emailConfirmationSent").asBoolean()).isTrue();

    // single use
    assertThat(shop.api.post(base + "/registrations", null, form).expect(410).text())
        .contains("link-expired");

    String staff = shop.member("STAFF");
    JsonNode ledger = shop.api.get("/api/v1/customers/" + customerId + "/consents", staff)
        .expect(200).json();
    Map<String, String> current = states(ledger.path("current"));
    assertThat(current).containsEntry("ORDER_PROCESSING", "GRANTED")
        .containsEntry("MARKETING/EMAIL", "PENDING_CONFIRMATION")
        .containsEntry("MARKETING/SMS", "DECLINED").containsEntry("AI_ASSISTANT", "DECLINED");
    JsonNode granted = ledger.path("history").get(0);
    assertThat(granted.path("policyVersion").asText()).isEqualTo("2026-11-1");
    assertThat(granted.path("textShown").asText()).startsWith(shopName() + " may use my name");
    assertThat(granted.path("ipAddress").asText()).isEqualTo("127.0.0.1");
    assertThat(granted.path("source").asText()).isEqualTo("STOREFRONT");
    assertThat(granted.path("occurredAt").asText()).isNotBlank();

    // double opt-in: the neutral mail's link, then one click on the landing page
    MessageDraft confirmation = Eventually.await("the flow to reach the confirmation mail",
        Duration.ofSeconds(20), () -> draft("registration.confirm-email", registrationId),
        d -> d != null);
    String confirmToken = tokenIn(confirmation.params().get("link"), "/c/" + shop.slug + "/confirm?t=");
    assertThat(get("/c/" + shop.slug + "/confirm?t=" + confirmToken).body()).contains("id=\"confirm\"");
    assertThat(inTransaction(() -> consents.allows(customerId, ConsentPurpose.MARKETING, Channel.EMAIL))).isFalse();
    HttpResponse<String> confirmed = post("/c/" + shop.slug + "/confirm?t=" + confirmToken, Map.of());
    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(confirmed.body()).contains("id=\"confirmed\"");
    assertThat(inTransaction(() -> consents.allows(customerId, ConsentPurpose.MARKETING, Channel.EMAIL))).isTrue();
    JsonNode afterConfirm = shop.api.get("/api/v1/customers/" + customerId + "/consents", staff)
        .expect(200).json();
    JsonNode proof = afterConfirm.path("history").get(afterConfirm.path("history").size() - 1);
    assertThat(proof.path("state").asText()).isEqualTo("GRANTED");
    assertThat(proof.path("proof").asText()).startsWith("confirmation link clicked at ");
    assertThat(proof.path("ipAddress").asText()).isEqualTo("127.0.0.1");
    assertThat(proof.path("source").asText()).isEqualTo("EMAIL_LINK");

    // withdrawal: the link of every marketing message, one button
    String withdrawal = as(() -> consentLinks.withdrawalPath(shop.slug, customerId, Channel.EMAIL));
    assertThat(get(withdrawal).body()).contains("id=\"withdraw\"");
    HttpResponse<String> withdrawn = post(withdrawal, Map.of());
    assertThat(withdrawn.statusCode()).isEqualTo(200);
    assertThat(withdrawn.body()).contains("id=\"withdrawn\"");
    assertThat(inTransaction(() -> consents.allows(customerId, ConsentPurpose.MARKETING, Channel.EMAIL))).isFalse();
    assertThat(states(shop.api.get("/api/v1/customers/" + customerId + "/consents", staff)
        .expect(200).json().path("current"))).containsEntry("MARKETING/EMAIL", "WITHDRAWN");
  }

  @Test
  void badFormsAreRefusedPerFieldAndExpiredOrForeignLinksAreNot200() {
    String email = ShopFixture.email();
    shop.api.post(base + "/registration-links", null, Map.of("email", email)).expect(202);
    UUID registrationId = registrationFor(email);
    String token = tokenIn(draft("registration.link", registrationId).params().get("link"),
        "/c/" + shop.slug + "/register?t=");

    Map<String, Object> bad = registration(token, email, List.of("EMAIL"));
    bad.put("name", " ");
    bad.put("language", "de");
    bad.put("consents", Map.of("orderProcessing", false, "marketing", List.of("SMS")));
    assertThat(shop.api.post(base + "/registrations", null, bad).expect(400).errorFields())
        .containsExactlyInAnyOrder("name", "language", "phone", "consents.orderProcessing");
    // nothing was written: the same link still works
    shop.api.post(base + "/registrations", null, registration(token, email, List.of()))
        .expect(201);

    // a signed link past its expiry answers 410; a forged one 400
    String expired = as(() -> signedLinks.sign("registration", registrationId,
        Instant.now().minusSeconds(60)));
    assertThat(shop.api.post(base + "/registrations", null,
        registration(expired, email, List.of())).expect(410).text()).contains("link-expired");
    shop.api.post(base + "/registrations", null, registration(token + "x", email, List.of()))
        .expect(400);
    assertThat(get("/c/" + shop.slug + "/register?t=" + expired).statusCode()).isEqualTo(410);
    // another workspace does not accept this workspace's link
    ShopFixture other = ShopFixture.signup(shop.api);
    shop.api.post("/api/v1/public/" + other.slug + "/registrations", null,
        registration(token, email, List.of())).expect(400);
  }

  @Test
  void theSixthLinkForAnAddressWithin24HoursIsRefused() {
    String email = ShopFixture.email();
    for (int i = 0; i < 5; i++) {
      shop.api.post(base + "/registration-links", null, Map.of("email", email)).expect(202);
    }
    // (a plain client: the shared one waits out a Retry-After by itself)
    HttpResponse<String> refused = send(HttpRequest.newBuilder(uri(base + "/registration-links"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email.toUpperCase() + "\"}"))
        .build());
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.body()).contains("rate-limited");
    assertThat(refused.headers().firstValueAsLong("Retry-After").orElseThrow()).isPositive();
    shop.api.post(base + "/registration-links", null, Map.of("email", "not-an-address"))
        .expect(400);
    shop.api.post(base + "/registration-links", null, Map.of("email", ShopFixture.email()))
        .expect(202);
  }

  @Test
  void aStorefrontVisitorAsksForALinkOnThePage() {
    HttpResponse<String> page = get("/c/" + shop.slug + "/register");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"request-link\"");
    String email = ShopFixture.email();
    HttpResponse<String> sent = post("/c/" + shop.slug + "/register-link", Map.of("email", email));
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains("id=\"sent\"");
    assertThat(registrationFor(email)).isNotNull();
    HttpResponse<String> bad = post("/c/" + shop.slug + "/register-link", Map.of("email", "nope"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("id=\"email-error\"");
    assertThat(get("/c/no-such-shop-" + UUID.randomUUID() + "/register").statusCode()).isEqualTo(404);
  }

  @Test
  void anUnknownChatSenderIsOfferedARegistrationLinkOnTheirChannel() {
    ChatIdentity sender = inTransaction(() -> chats.seen(Channel.TELEGRAM,
        "tg-" + UUID.randomUUID(), "it", Instant.now()));
    inTransaction(() -> {
      events.publishEvent(new UnknownChatSender(shop.tenantId, sender.id(), UUID.randomUUID()));
      return null;
    });
    UUID registrationId = Eventually.await("a registration for the chat sender",
        Duration.ofSeconds(20), () -> inTransaction(() -> jdbc.sql(
            "select id from registrations where chat_identity_id = ?").param(sender.id())
            .query(UUID.class).optional().orElse(null)), id -> id != null);
    assertThat(flowOf(registrationId).processId()).isEqualTo("customer-registration");
    MessageDraft link = draft("registration.link", registrationId);
    assertThat(link.recipient()).isEqualTo(
        new Recipient.Address(Channel.TELEGRAM, sender.address(), "it"));

    // another message from the same sender while the link is open sends no second link
    inTransaction(() -> {
      events.publishEvent(new UnknownChatSender(shop.tenantId, sender.id(), UUID.randomUUID()));
      return null;
    });
    String token = tokenIn(link.params().get("link"), "/c/" + shop.slug + "/register?t=");
    // the page is in the sender's language; e-mail is optional for chat users
    HttpResponse<String> page = get("/c/" + shop.slug + "/register?t=" + token);
    assertThat(page.body()).contains("lang=\"it\"").contains("marketing-TELEGRAM");
    Map<String, String> form = new HashMap<>(Map.of("name", "Ada", "language", "it",
        "orderProcessing", "on", "marketing", "TELEGRAM", "aiAssistant", "on"));
    HttpResponse<String> done = post("/c/" + shop.slug + "/register?t=" + token, form);
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).contains("id=\"registered\"");
    ChatIdentity linked = inTransaction(() -> chats.find(sender.id()).orElseThrow());
    assertThat(linked.customerId()).isNotNull();
    assertThat(inTransaction(() -> consents.allows(linked.customerId(), ConsentPurpose.MARKETING,
        Channel.TELEGRAM))).isTrue();
    assertThat(inTransaction(() -> consents.allows(linked.customerId(), ConsentPurpose.AI_ASSISTANT, null)))
        .isTrue();
    assertThat(inTransaction(() -> jdbc.sql("select count(*) from registrations where chat_identity_id = ?")
        .param(sender.id()).query(Integer.class).single())).isEqualTo(1);
  }

  @Test
  void anUnconfirmedStorefrontSignUpIsDeletedAfterTheConfirmationWindow() {
    String email = ShopFixture.email();
    shop.api.post(base + "/registration-links", null, Map.of("email", email)).expect(202);
    UUID registrationId = registrationFor(email);
    String token = tokenIn(draft("registration.link", registrationId).params().get("link"),
        "/c/" + shop.slug + "/register?t=");
    // a different address than the link proved: the customer stays PENDING until confirmed
    String other = ShopFixture.email();
    UUID customerId = UUID.fromString(shop.api.post(base + "/registrations", null,
        registration(token, other, List.of("EMAIL"))).expect(201).json().path("customerId").asText());
    assertThat(status(customerId)).isEqualTo("PENDING");

    // the flow's discard step (what the 7-day timer runs), twice: at-least-once delivery
    as(() -> {
      registrations.discardUnconfirmed(registrationId);
      registrations.discardUnconfirmed(registrationId);
      return null;
    });
    assertThat(status(customerId)).isNull();
    assertThat(inTransaction(() -> jdbc.sql("select count(*) from consent_records where customer_id = ?")
        .param(customerId).query(Integer.class).single())).isZero();
    assertThat(inTransaction(() -> jdbc.sql("select email from registrations where id = ?")
        .param(registrationId).query(String.class).optional().orElse(null))).isNull();
  }

  @Test
  void consentsApiNeedsStaffToReadManagerToRecordAndHidesOtherWorkspaces() {
    String email = ShopFixture.email();
    shop.api.post(base + "/registration-links", null, Map.of("email", email)).expect(202);
    UUID registrationId = registrationFor(email);
    String token = tokenIn(draft("registration.link", registrationId).params().get("link"),
        "/c/" + shop.slug + "/register?t=");
    UUID customerId = UUID.fromString(shop.api.post(base + "/registrations", null,
        registration(token, email, List.of())).expect(201).json().path("customerId").asText());
    String path = "/api/v1/customers/" + customerId + "/consents";
    String staff = shop.member("STAFF");
    String manager = shop.member("MANAGER");
    Map<String, Object> byPhone = Map.of("purpose", "MARKETING", "channel", "SMS",
        "state", "GRANTED", "means", "PHONE");

    shop.api.get(path, null).expect(401);
    shop.api.get(path, staff).expect(200);
    shop.api.post(path, staff, byPhone).expect(403);
    JsonNode recorded = shop.api.post(path, manager, byPhone).expect(201).json();
    assertThat(recorded.path("source").asText()).isEqualTo("STAFF");
    assertThat(recorded.path("proof").asText()).contains("(phone)");
    assertThat(recorded.path("textShown").asText()).contains("by SMS");
    assertThat(shop.api.post(path, manager, Map.of("purpose", "MARKETING", "state", "GRANTED",
        "means", "PHONE")).expect(400).errorFields()).containsExactly("channel");
    assertThat(shop.api.post(path, manager, Map.of()).expect(400).errorFields())
        .containsExactly("purpose", "state", "means");

    ShopFixture other = ShopFixture.signup(shop.api);
    other.api.get(path, other.owner).expect(404);
    other.api.post(path, other.owner, byPhone).expect(404);
    shop.api.get("/api/v1/customers/" + UUID.randomUUID() + "/consents", staff).expect(404);
  }

  // --- helpers ---

  private Map<String, Object> registration(String token, String email, List<String> marketing) {
    Map<String, Object> form = new HashMap<>();
    form.put("token", token);
    form.put("name", "Ada Lovelace");
    form.put("email", email);
    form.put("language", "en");
    form.put("consents", Map.of("orderProcessing", true, "marketing", marketing,
        "aiAssistant", false));
    return form;
  }

  private UUID registrationFor(String email) {
    return inTransaction(() -> jdbc.sql(
            "select id from registrations where email = ? order by created_at desc limit 1")
        .param(email).query(UUID.class).single());
  }

  private String status(UUID customerId) {
    return inTransaction(() -> jdbc.sql("select status from customers where id = ?")
        .param(customerId).query(String.class).optional().orElse(null));
  }

  private String shopName() {
    return inTransaction(() -> jdbc.sql("select name from tenants where id = ?")
        .param(shop.tenantId).query(String.class).single());
  }

  private InstanceSummary flowOf(UUID registrationId) {
    return Eventually.await("the registration flow", Duration.ofSeconds(20),
        () -> history.instances(shop.tenantId, new InstanceFilter("customer-registration", null,
            "registration", registrationId.toString(), 5)),
        found -> !found.isEmpty()).getFirst();
  }

  /** The draft the flow's notify step would send; null while the template's data is not there yet. */
  private MessageDraft draft(String template, UUID registrationId) {
    MessageSource source = messageSources.stream().filter(s -> s.templates().contains(template))
        .findFirst().orElseThrow();
    try {
      return as(() -> source.draft(template, Map.of("tenantId", shop.tenantId.toString(),
          "registrationId", registrationId.toString())));
    } catch (IllegalArgumentException notYet) {
      return null;
    }
  }

  private static String tokenIn(String url, String pathPrefix) {
    assertThat(url).contains(pathPrefix);
    return url.substring(url.indexOf(pathPrefix) + pathPrefix.length());
  }

  private static Map<String, String> states(JsonNode records) {
    Map<String, String> states = new HashMap<>();
    for (JsonNode record : records) {
      String key = record.path("purpose").asText()
          + (record.path("channel").isNull() ? "" : "/" + record.path("channel").asText());
      states.put(key, record.path("state").asText());
    }
    return states;
  }

  private <T> T as(Callable<T> work) {
    return TenantContext.callAs(shop.tenantId, work);
  }

  private <T> T inTransaction(Callable<T> work) {
    return as(() -> transactions.execute(status -> {
      try {
        return work.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }));
  }

  private HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
  }

  private HttpResponse<String> post(String pathAndQuery, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(uri(pathAndQuery))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
