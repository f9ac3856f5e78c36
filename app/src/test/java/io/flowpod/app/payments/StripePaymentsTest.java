package io.flowpod.app.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.embedded.EmbeddedRuntime;
import io.flowpod.app.payments.PaymentsHttp.Reply;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.app.support.TestTenants;
import io.flowpod.connectors.stripe.FakeStripeApi;
import io.flowpod.connectors.stripe.StripeEvents;
import io.flowpod.domain.payments.Payable;
import io.flowpod.domain.payments.PaymentProvider;
import io.flowpod.domain.payments.PaymentMessage.Outcome;
import io.flowpod.domain.payments.PaymentRequest;
import io.flowpod.domain.payments.PaymentRequest.State;
import io.flowpod.domain.payments.PaymentSettings;
import io.flowpod.domain.payments.PaymentSettingsUpdate;
import io.flowpod.domain.payments.Payments;
import io.flowpod.domain.payments.RefundOutcome;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Stripe Checkout end to end against the local Stripe API fake: one session per payable however often
 * it is requested, webhooks verified on the raw body and applied once however often (and in whatever
 * order) Stripe delivers them, and refunds made once.
 */
@FlowPodIntegrationTest
class StripePaymentsTest {

  @Autowired Payments payments;
  @Autowired PaymentSettings settings;
  @Autowired Tenants tenants;
  @Autowired EmbeddedRuntime runtime;
  @LocalServerPort int port;

  final FakeStripeApi stripe = FakeStripeContext.api();
  final String secretKey = "sk_test_" + UUID.randomUUID().toString().replace("-", "");
  final String webhookSecret = "whsec_" + UUID.randomUUID().toString().replace("-", "");
  UUID tenant;
  PaymentsHttp http;
  OutboxProbe probe;

  @BeforeEach
  void stripeWorkspace() {
    http = new PaymentsHttp(port);
    probe = new OutboxProbe(runtime);
    tenant = TestTenants.create(tenants, "Stripe").id();
    TenantContext.set(tenant);
    settings.update(new PaymentSettingsUpdate(PaymentProvider.STRIPE, secretKey, webhookSecret, null),
        null);
  }

  @AfterEach
  void clear() {
    TenantContext.clear();
  }

  @Test
  void requestingAPayableRepeatedlyAndConcurrentlyCreatesOneCheckoutSession() throws Exception {
    Payable payable = payable(Instant.now().plus(Duration.ofHours(2)));

    List<PaymentRequest> answers = concurrently(4, () -> TenantContext.callAs(tenant,
        () -> payments.request(payable)));
    PaymentRequest again = payments.request(payable);

    assertThat(answers).allSatisfy(a -> assertThat(a).isEqualTo(again));
    assertThat(again.provider()).isEqualTo(PaymentProvider.STRIPE);
    assertThat(again.state()).isEqualTo(State.REQUESTED);
    assertThat(again.payUrl()).startsWith("https://checkout.stripe.test/");
    assertThat(stripe.sessionsCreatedFor(payable.id())).isEqualTo(1);
    Map<String, String> sent = stripe.sessionRequestFor(payable.id());
    assertThat(sent)
        .containsEntry("metadata[flowpod_tenant_id]", tenant.toString())
        .containsEntry("payment_intent_data[metadata][flowpod_tenant_id]", tenant.toString())
        .containsEntry("line_items[0][price_data][unit_amount]", "1250")
        .containsEntry("expires_at", String.valueOf(payable.expiresAt().getEpochSecond()));
    assertThat(sent.get("success_url")).matches("https?://.+/shop/orders/o-1042");
    assertThat(stripe.apiKeys()).contains(secretKey);
  }

  @Test
  void aCheckoutExpiryOutsideStripesWindowIsClampedIntoIt() {
    Instant soon = Instant.now().plus(Duration.ofMinutes(5));
    Payable payable = payable(soon);

    PaymentRequest request = payments.request(payable);

    long expiresAt = Long.parseLong(stripe.sessionRequestFor(payable.id()).get("expires_at"));
    assertThat(Instant.ofEpochSecond(expiresAt))
        .isAfter(Instant.now().plus(Duration.ofMinutes(30)))
        .isBefore(Instant.now().plus(Duration.ofMinutes(32)));
    assertThat(request.expiresAt().getEpochSecond()).isEqualTo(expiresAt);
  }

  @Test
  void oneWebhookDeliveredFiveTimesConcurrentlyChangesStateAndPublishesOnce() throws Exception {
    Payable payable = payable(Instant.now().plus(Duration.ofHours(2)));
    String session = sessionOf(payments.request(payable));
    stripe.pay(session);
    String payload = StripeEvents.sessionEvent("checkout.session.completed", stripe.session(session));
    String signature = StripeEvents.sign(payload, webhookSecret);

    List<Reply> replies = concurrently(5, () -> http.webhook(payload, signature));

    assertThat(replies).extracting(Reply::status).containsOnly(200);
    assertThat(replies).filteredOn(r -> !r.json().path("duplicate").asBoolean()).hasSize(1);
    assertThat(payments.find(payable.id())).get().extracting(PaymentRequest::state)
        .isEqualTo(State.PAID);
    assertThat(probe.published(Outcome.RECEIVED, payable.id())).isEqualTo(1);
    assertThat(probe.inboxRows(tenant)).isEqualTo(1);
  }

  @Test
  void eventsArrivingOutOfOrderNeverMoveAPaidPaymentBack() {
    Payable payable = payable(Instant.now().plus(Duration.ofHours(2)));
    String session = sessionOf(payments.request(payable));
    String paymentIntent = stripe.pay(session);

    deliver(StripeEvents.sessionEvent("checkout.session.completed", stripe.session(session)));
    deliver(StripeEvents.sessionEvent("checkout.session.expired", stripe.session(session)));
    deliver(StripeEvents.paymentIntentEvent("payment_intent.payment_failed", paymentIntent, tenant,
        payable.id()));
    deliver(StripeEvents.paymentIntentEvent("payment_intent.succeeded", paymentIntent, tenant,
        payable.id()));

    assertThat(payments.find(payable.id()).orElseThrow().state()).isEqualTo(State.PAID);
    assertThat(probe.published(Outcome.RECEIVED, payable.id())).isEqualTo(1);
    assertThat(probe.published(Outcome.FAILED, payable.id())).isZero();
    assertThat(probe.inboxRows(tenant)).isEqualTo(4);
  }

  @Test
  void anExpiredCheckoutFailsTheUnpaidPaymentOnce() {
    Payable payable = payable(Instant.now().plus(Duration.ofHours(2)));
    String session = sessionOf(payments.request(payable));
    String expired = StripeEvents.sessionEvent("checkout.session.expired", stripe.session(session));

    deliver(expired);
    deliver(expired);

    assertThat(payments.find(payable.id()).orElseThrow().state()).isEqualTo(State.EXPIRED);
    assertThat(probe.published(Outcome.FAILED, payable.id())).isEqualTo(1);
    assertThat(probe.published(Outcome.RECEIVED, payable.id())).isZero();
  }

  @Test
  void aWebhookThatCannotBeVerifiedIsRefusedAndNothingIsStored() {
    Payable payable = payable(Instant.now().plus(Duration.ofHours(2)));
    String session = sessionOf(payments.request(payable));
    stripe.pay(session);
    String payload = StripeEvents.sessionEvent("checkout.session.completed", stripe.session(session));
    String strangerPayload = StripeEvents.sessionEvent("checkout.session.completed",
        StripeEvents.session(session, UUID.randomUUID(), payable.id(), "paid", "pi_x"));

    List<Reply> refused = List.of(
        http.webhook(payload, StripeEvents.sign(payload, "whsec_not_the_workspace_secret")),
        http.webhook(payload, StripeEvents.sign(payload, webhookSecret,
            Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond())),
        http.webhook(payload, null),
        http.webhook(strangerPayload, StripeEvents.sign(strangerPayload, webhookSecret)),
        http.webhook("{not json", StripeEvents.sign("{not json", webhookSecret)));

    assertThat(refused).allSatisfy(reply -> {
      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.json().path("status").asInt()).isEqualTo(400);
      assertThat(reply.body()).doesNotContain(webhookSecret).doesNotContain("Exception");
    });
    assertThat(probe.inboxRows(tenant)).isZero();
    assertThat(payments.find(payable.id()).orElseThrow().state()).isEqualTo(State.REQUESTED);
    assertThat(probe.published(Outcome.RECEIVED, payable.id())).isZero();
  }

  @Test
  void aPaidPaymentIsRefundedOnceHoweverOftenItIsAsked() {
    Payable payable = payable(Instant.now().plus(Duration.ofHours(2)));
    assertThat(payments.refund(payable.id())).isEqualTo(new RefundOutcome(false, null));
    String session = sessionOf(payments.request(payable));
    String paymentIntent = stripe.pay(session);
    // Stripe's payment_intent.succeeded may come first and name only the payment intent.
    deliver(StripeEvents.paymentIntentEvent("payment_intent.succeeded", paymentIntent, tenant,
        payable.id()));

    RefundOutcome first = payments.refund(payable.id());
    RefundOutcome second = payments.refund(payable.id());

    assertThat(first.refunded()).isTrue();
    assertThat(first.reference()).startsWith("re_");
    assertThat(second).isEqualTo(first);
    assertThat(stripe.refundsCreatedFor(paymentIntent)).isEqualTo(1);
    assertThat(payments.find(payable.id()).orElseThrow().state()).isEqualTo(State.REFUNDED);
  }

  @Test
  void cancellingAnUnpaidPaymentExpiresItsCheckoutSession() {
    Payable payable = payable(Instant.now().plus(Duration.ofHours(2)));
    String session = sessionOf(payments.request(payable));

    assertThat(payments.refund(payable.id())).isEqualTo(new RefundOutcome(false, null));
    assertThat(payments.refund(payable.id())).isEqualTo(new RefundOutcome(false, null));

    assertThat(stripe.session(session).get("status")).isEqualTo("expired");
    assertThat(payments.find(payable.id()).orElseThrow().state()).isEqualTo(State.EXPIRED);
    assertThat(probe.published(Outcome.FAILED, payable.id())).isZero();
  }

  @Test
  void aCustomerWhoPaidJustBeforeTheCancellationIsRefunded() {
    Payable payable = payable(Instant.now().plus(Duration.ofHours(2)));
    String session = sessionOf(payments.request(payable));
    String paymentIntent = stripe.pay(session);

    RefundOutcome outcome = payments.refund(payable.id());

    assertThat(outcome.refunded()).isTrue();
    assertThat(stripe.refundsCreatedFor(paymentIntent)).isEqualTo(1);
    assertThat(payments.find(payable.id()).orElseThrow().state()).isEqualTo(State.REFUNDED);
  }

  @Test
  void aPaymentWhoseEventNamedOnlyTheSessionIsRefundedThroughTheSessionsPaymentIntent() {
    Payable payable = payable(Instant.now().plus(Duration.ofHours(2)));
    String session = sessionOf(payments.request(payable));
    String paymentIntent = stripe.pay(session);
    Map<String, Object> withoutIntent = new java.util.LinkedHashMap<>(stripe.session(session));
    withoutIntent.put("payment_intent", null);
    deliver(StripeEvents.sessionEvent("checkout.session.completed", withoutIntent));

    assertThat(payments.refund(payable.id()).refunded()).isTrue();
    assertThat(stripe.refundsCreatedFor(paymentIntent)).isEqualTo(1);
  }

  private void deliver(String payload) {
    Reply reply = http.webhook(payload, StripeEvents.sign(payload, webhookSecret));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  private static Payable payable(Instant expiresAt) {
    return new Payable(UUID.randomUUID(), "Order 1042", 12_50, "EUR", expiresAt, "/shop/orders/o-1042");
  }

  private static String sessionOf(PaymentRequest request) {
    return request.payUrl().substring(request.payUrl().lastIndexOf('/') + 1);
  }

  private static <T> List<T> concurrently(int n, Callable<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<T>> futures = IntStream.range(0, n).mapToObj(i -> pool.submit(work)).toList();
      List<T> results = new java.util.ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
