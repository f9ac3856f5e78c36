package io.flowpod.app.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.embedded.EmbeddedRuntime;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.app.support.TestTenants;
import io.flowpod.domain.consent.ConsentEntry;
import io.flowpod.domain.consent.ConsentPurpose;
import io.flowpod.domain.consent.ConsentState;
import io.flowpod.domain.consent.Consents;
import io.flowpod.domain.customers.ChatIdentities;
import io.flowpod.domain.customers.PersonalDataHolder;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.ChannelRuleException;
import io.flowpod.domain.messaging.ChannelSettings;
import io.flowpod.domain.messaging.CustomerRef;
import io.flowpod.domain.messaging.DirectMessages;
import io.flowpod.domain.notifications.DeliveryFailedException;
import io.flowpod.domain.notifications.Notifications;
import io.flowpod.domain.notifications.OutboundMessage.Status;
import io.flowpod.domain.notifications.Outbox;
import io.flowpod.domain.notifications.QuietHours;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notify step's domain service on the real application: channel choice by preference, consent
 * and WhatsApp's window, rendering in the customer's language, fallback, failure, replay, quiet hours
 * and direct messages. Providers are the local fakes; e-mail is the embedded GreenMail.
 */
@FlowPodIntegrationTest
class ChannelDeliveryTest {

  @Autowired
  Notifications notifications;
  @Autowired
  DirectMessages direct;
  @Autowired
  Outbox outbox;
  @Autowired
  List<PersonalDataHolder> holders;
  @Autowired
  QuietHours quietHours;
  @Autowired
  ChannelSettings settings;
  @Autowired
  ChatIdentities chats;
  @Autowired
  Consents consents;
  @Autowired
  Tenants tenants;
  @Autowired
  EmbeddedRuntime runtime;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlatformTransactionManager transactionManager;

  private Tenant tenant;

  @BeforeEach
  void workspace() {
    tenant = TestTenants.create(tenants, "Teashop");
    inTenant(() -> {
      settings.save(Channel.WHATSAPP, true, Map.of("phoneNumberId", "10" + System.nanoTime()),
          Map.of("accessToken", "EAA-test-token-1234"));
      settings.save(Channel.TELEGRAM, true, Map.of(), Map.of("botToken", "123:test-bot-token"));
      return null;
    });
  }

  @Test
  void anItalianCustomerGetsTheNoticeInItalianByMailWithTheShopsBranding() throws Exception {
    String email = email();
    UUID customer = customer("it", email, null, null);

    UUID id = prepareAndDeliver(NOTICE, customer, "T-17");

    MimeMessage mail = awaitMail(email);
    assertThat(mail.getSubject()).isEqualTo("Il ticket T-17 è pronto");
    String body = body(mail);
    assertThat(body).contains("Ciao Ada").contains("Teashop");
    assertThat(detail(id).message().status()).isEqualTo(Status.SENT);
    assertThat(detail(id).attempts()).extracting(a -> a.channel() + ":" + a.outcome())
        .containsExactly("EMAIL:SENT");
  }

  @Test
  void anArabicCustomerGetsRightToLeftMailAndArabicWhatsAppText() throws Exception {
    String email = email();
    UUID mailOnly = customer("ar", email, null, null);
    prepareAndDeliver(NOTICE, mailOnly, "T-20");
    MimeMessage mail = awaitMail(email);
    assertThat(mail.getSubject()).isEqualTo("التذكرة T-20 جاهزة");
    assertThat(body(mail)).contains("dir=\"rtl\"").contains("lang=\"ar\"");

    String waId = waId();
    UUID onWhatsApp = customer("ar", null, null, "WHATSAPP");
    chat(Channel.WHATSAPP, waId, onWhatsApp, Instant.now().minus(Duration.ofHours(2)));
    prepareAndDeliver(NOTICE, onWhatsApp, "T-21");
    assertThat(FakeChannelsContext.whatsApp().messagesTo(waId)).singleElement().satisfies(m -> {
      assertThat(m.path("type").asText()).isEqualTo("text");
      assertThat(m.path("text").path("body").asText()).contains("تذكرتك T-21 جاهزة");
    });
  }

  @Test
  void outsideTheWindowWhatsAppSendsTheApprovedTemplate() {
    String waId = waId();
    UUID customer = customer("en", null, null, "WHATSAPP");
    chat(Channel.WHATSAPP, waId, customer, Instant.now().minus(Duration.ofDays(2)));

    UUID id = prepareAndDeliver(NOTICE, customer, "T-30");

    JsonNode sent = FakeChannelsContext.whatsApp().messagesTo(waId).getFirst();
    assertThat(sent.path("type").asText()).isEqualTo("template");
    assertThat(sent.path("template").path("name").asText()).isEqualTo("flowpod_update");
    assertThat(detail(id).attempts().getFirst().detail()).contains("template");
  }

  @Test
  void whenWhatsAppFailsTheMessageFallsBackToEmail() throws Exception {
    String waId = waId();
    String email = email();
    UUID customer = customer("en", email, null, "WHATSAPP");
    chat(Channel.WHATSAPP, waId, customer, Instant.now());
    FakeChannelsContext.whatsApp().refuse(waId);

    UUID id = prepareAndDeliver(NOTICE, customer, "T-40");

    assertThat(awaitMail(email).getSubject()).isEqualTo("Ticket T-40 is ready");
    assertThat(detail(id).attempts()).extracting(a -> a.channel() + ":" + a.outcome())
        .containsExactly("WHATSAPP:FAILED", "EMAIL:SENT");
    assertThat(detail(id).attempts().getFirst().detail()).contains("131026");
    assertThat(detail(id).message().sentChannel()).isEqualTo(Channel.EMAIL);
  }

  @Test
  void whenEveryChannelFailsTheFailureNamesTheCustomerTemplateAndSubject() {
    String waId = waId();
    String chatId = String.valueOf(System.nanoTime());
    UUID customer = customer("en", null, null, null);
    chat(Channel.WHATSAPP, waId, customer, Instant.now());
    chat(Channel.TELEGRAM, chatId, customer, Instant.now());
    FakeChannelsContext.whatsApp().refuse(waId);
    FakeChannelsContext.telegram().refuse(chatId);

    UUID id = inTenant(() -> notifications.prepare(NOTICE, refs(customer, "T-50"))).messageId();
    assertThatThrownBy(() -> inTenantNoTx(() -> {
      notifications.deliver(id);
      return null;
    })).isInstanceOf(DeliveryFailedException.class)
        .hasMessageContaining(CustomerRef.of(customer)).hasMessageContaining(NOTICE)
        .hasMessageContaining("Ticket T-50").hasMessageContaining("WHATSAPP")
        .hasMessageContaining("TELEGRAM").hasMessageContaining("retry the job");
    assertThat(detail(id).message().status()).isEqualTo(Status.FAILED);
    assertThat(detail(id).attempts()).hasSize(2);
  }

  @Test
  void aReplayedStepSendsNothingTwice() {
    String chatId = String.valueOf(System.nanoTime());
    UUID customer = customer("en", null, null, "TELEGRAM");
    chat(Channel.TELEGRAM, chatId, customer, Instant.now());

    UUID first = prepareAndDeliver(NOTICE, customer, "T-60");
    UUID again = prepareAndDeliver(NOTICE, customer, "T-60");
    var replayed = inTenant(() -> notifications.prepare(NOTICE, refs(customer, "T-60")));

    assertThat(again).isEqualTo(first);
    assertThat(replayed.deliveryNeeded()).isFalse();
    assertThat(FakeChannelsContext.telegram().messagesTo(chatId)).hasSize(1);
  }

  @Test
  void marketingGoesOnlyWhereTheCustomerConsentedAndCarriesTheWithdrawalLink() throws Exception {
    String email = email();
    String waId = waId();
    UUID consenting = customer("en", email, null, "WHATSAPP");
    chat(Channel.WHATSAPP, waId, consenting, Instant.now());
    inTenant(() -> consents.record(new ConsentEntry(consenting, ConsentPurpose.MARKETING,
        Channel.EMAIL, ConsentState.GRANTED, "v1", "Send me offers by e-mail", "test", null, null)));

    prepareAndDeliver(PROMO, consenting, "P-1");

    String body = body(awaitMail(email));
    assertThat(body).contains("spring sale")
        .contains("/c/" + tenant.slug() + "/consent/withdraw?t=").contains("channel=EMAIL");
    assertThat(FakeChannelsContext.whatsApp().messagesTo(waId)).as("no WhatsApp consent").isEmpty();

    UUID silent = customer("en", email(), null, null);
    var prepared = inTenant(() -> notifications.prepare(PROMO, refs(silent, "P-2")));
    assertThat(prepared.deliveryNeeded()).isFalse();
    assertThat(detail(prepared.messageId()).message().status()).isEqualTo(Status.SUPPRESSED);
  }

  @Test
  void marketingWaitsOutTheWorkspacesQuietHoursButServiceDoesNot() {
    UUID customer = customer("en", email(), null, null);
    inTenant(() -> consents.record(new ConsentEntry(customer, ConsentPurpose.MARKETING,
        Channel.EMAIL, ConsentState.GRANTED, "v1", "Offers by e-mail", "test", null, null)));
    ZonedDateTime now = ZonedDateTime.now(ZoneId.of(tenant.timeZone()));
    LocalTime end = now.toLocalTime().plusHours(2).withSecond(0).withNano(0);
    inTenant(() -> {
      quietHours.set(new QuietHours.Window(now.toLocalTime().minusHours(1), end));
      return null;
    });

    var promo = inTenant(() -> notifications.prepare(PROMO, refs(customer, "P-3")));
    var notice = inTenant(() -> notifications.prepare(NOTICE, refs(customer, "T-70")));

    assertThat(promo.deliveryNeeded()).isTrue();
    assertThat(promo.sendAt()).isNotNull();
    assertThat(promo.sendAt().atZone(ZoneId.of(tenant.timeZone())).toLocalTime()).isEqualTo(end);
    assertThat(detail(promo.messageId()).message().status()).isEqualTo(Status.SCHEDULED);
    assertThat(notice.sendAt()).isNull();
  }

  @Test
  void staffRepliesFollowTheChannelRules() {
    String waId = waId();
    UUID customer = customer("en", null, null, null);
    chat(Channel.WHATSAPP, waId, customer, Instant.now().minus(Duration.ofDays(3)));

    assertThatThrownBy(() -> inTenantNoTx(() -> direct.sendToCustomer(customer, Channel.WHATSAPP,
        "Your parcel left today", "Conversation 1")))
        .isInstanceOf(ChannelRuleException.class).hasMessageContaining("24 hours");

    chat(Channel.WHATSAPP, waId, customer, Instant.now());
    UUID id = inTenantNoTx(() -> direct.sendToCustomer(customer, Channel.WHATSAPP,
        "Your parcel left today", "Conversation 1"));
    assertThat(FakeChannelsContext.whatsApp().messagesTo(waId)).singleElement()
        .satisfies(m -> assertThat(m.path("text").path("body").asText())
            .isEqualTo("Your parcel left today"));
    assertThat(detail(id).message().status()).isEqualTo(Status.SENT);
    assertThatThrownBy(() -> inTenantNoTx(() -> direct.sendToCustomer(customer, Channel.SMS,
        "Hi", "Conversation 1"))).isInstanceOf(ChannelRuleException.class);
  }

  @Test
  void erasureRemovesAddressesAndTextsButKeepsWhatWasSentWhen() {
    String email = email();
    UUID customer = customer("en", email, null, null);
    UUID id = prepareAndDeliver(NOTICE, customer, "T-80");
    awaitMail(email);
    PersonalDataHolder outboundMessages = holders.stream()
        .filter(h -> h.section().equals("outboundMessages")).findFirst().orElseThrow();

    assertThat(inTenant(() -> outboundMessages.export(customer)).toString())
        .contains("Ticket T-80 is ready").contains("EMAIL");
    inTenant(() -> {
      outboundMessages.erase(customer);
      return null;
    });

    Outbox.Detail erased = detail(id);
    assertThat(erased.message().status()).isEqualTo(Status.SENT);
    assertThat(erased.message().subject()).isNull();
    assertThat(erased.message().bodyText()).isNull();
    assertThat(inTenant(() -> jdbc.queryForObject(
        "select count(*) from outbound_attempts where address = ?", Long.class, email))).isZero();
  }

  // --- helpers ---

  private static final String NOTICE = TestMessages.NOTICE;
  private static final String PROMO = TestMessages.PROMO;

  private UUID prepareAndDeliver(String template, UUID customer, String ticket) {
    var prepared = inTenantNoTx(() -> notifications.prepare(template, refs(customer, ticket)));
    if (prepared.deliveryNeeded()) {
      inTenantNoTx(() -> {
        notifications.deliver(prepared.messageId());
        return null;
      });
    }
    return prepared.messageId();
  }

  private static Map<String, String> refs(UUID customer, String ticket) {
    return Map.of("customerId", customer.toString(), "orderId", ticket);
  }

  private Outbox.Detail detail(UUID id) {
    return inTenant(() -> outbox.find(id)).orElseThrow();
  }

  private UUID customer(String locale, String email, String phone, String preferred) {
    UUID id = UUID.randomUUID();
    inTenant(() -> jdbc.update("""
            insert into customers (id, tenant_id, name, email, phone, locale, preferred_channel,
              created_at, updated_at)
            values (?, ?, 'Ada', ?, ?, ?, ?, now(), now())""",
        id, tenant.id(), email, phone, locale, preferred));
    return id;
  }

  private void chat(Channel channel, String address, UUID customer, Instant lastInbound) {
    inTenant(() -> {
      var identity = chats.seen(channel, address, null, lastInbound);
      chats.link(identity.id(), customer);
      jdbc.update("update chat_identities set last_inbound_at = ? where id = ?",
          Timestamp.from(lastInbound), identity.id());
      return null;
    });
  }

  private <T> T inTenant(Supplier<T> work) {
    return TenantContext.callAs(tenant.id(),
        () -> new TransactionTemplate(transactionManager).execute(tx -> work.get()));
  }

  private <T> T inTenantNoTx(Supplier<T> work) {
    return TenantContext.callAs(tenant.id(), work::get);
  }

  private static String email() {
    return "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
  }

  private static String waId() {
    return "39" + (long) (Math.random() * 1e10);
  }

  private MimeMessage awaitMail(String to) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      List<MimeMessage> found = Arrays.stream(runtime.mail().getReceivedMessages())
          .filter(m -> sentTo(m, to)).toList();
      if (!found.isEmpty()) {
        return found.getFirst();
      }
      runtime.mail().waitForIncomingEmail(500, 1);
    }
    throw new AssertionError("No mail to " + to);
  }

  private static boolean sentTo(MimeMessage mail, String to) {
    try {
      return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equals(to));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every text part (plain and HTML), decoded. */
  static String body(jakarta.mail.Part part) throws Exception {
    Object content = part.getContent();
    if (content instanceof jakarta.mail.Multipart multipart) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        all.append(body(multipart.getBodyPart(i))).append('\n');
      }
      return all.toString();
    }
    return String.valueOf(content);
  }
}
